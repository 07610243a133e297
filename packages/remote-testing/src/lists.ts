import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import type { Call } from './index';

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
