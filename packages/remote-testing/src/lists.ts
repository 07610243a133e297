import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import { type Call, sentVariables } from './index';

/** The variables of the last call of `operationName` (the test fails if the page sent none). */
export function lastVariables(calls: Call[], operationName: string): Record<string, any> {
  const call = calls.filter((c) => c.operationName === operationName).at(-1);
  if (!call) throw new Error(`${operationName} was not sent`);
  return call.variables;
}

/**
 * Goes to a list's next page (下一页): the page shows `shows`, and the list asked for a page holding `expected` (the
 * first 20 after the first page's last row, '2', unless said).
 */
export async function expectNextPage(
  calls: Call[],
  operationName: string,
  shows: string | RegExp,
  expected: object = { first: 20, after: '2' },
) {
  await act(async () => fireEvent.click(screen.getByRole('button', { name: '下一页' })));
  expect(await screen.findByText(shows)).toBeTruthy();
  expect(lastVariables(calls, operationName)).toMatchObject(expected);
}

/**
 * Types `text` in the search box with this placeholder and presses Enter: the list asks again, from the first page,
 * for `expected` (the text as the filter's `search` unless said).
 */
export async function expectSearch(
  calls: Call[],
  operationName: string,
  placeholder: string,
  text: string,
  expected: object = { filter: { search: text }, after: null },
) {
  const search = screen.getByPlaceholderText(placeholder);
  fireEvent.change(search, { target: { value: text } });
  await act(async () => fireEvent.keyDown(search, { key: 'Enter', code: 'Enter', keyCode: 13 }));
  await waitFor(() => expect(lastVariables(calls, operationName)).toMatchObject(expected));
}

/**
 * A list's answer in two pages, for a test of its paging: rows 1 and 2 with a next page, then (asked after the
 * cursor '2') row 3. `page` is the list's `pageAnswer` (`(ids, hasNextPage) => answer`, 3 rows in all).
 */
export const twoPages = (page: (ids: string[], hasNextPage: boolean) => object) => (variables: Record<string, any>) =>
  variables.after ? page(['3'], false) : page(['1', '2'], true);

/**
 * Waits until the page has sent `operationName` (a form's mutation once it validates) and returns the variables of
 * its first call.
 */
export function waitForSent(calls: Call[], operationName: string): Promise<Record<string, any>> {
  return waitFor(() => sentVariables(calls, operationName));
}

/** Checks that the page has not sent `operationName` (a form refused before anything went to the server). */
export function expectNotSent(calls: Call[], operationName: string) {
  expect(calls.map((c) => c.operationName)).not.toContain(operationName);
}
