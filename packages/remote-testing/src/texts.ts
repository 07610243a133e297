import { screen, within } from '@testing-library/dom';
import { expect } from 'vitest';

/** A table's column titles, in order. */
export const columnTitles = (table: HTMLElement) =>
  within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent);

/** The table named `name` (inside `scope`), after checking its column titles are `columns`, in order. */
export function expectTable(name: string, columns: string[], scope: HTMLElement = document.body) {
  const table = within(scope).getByRole('table', { name });
  expect(columnTitles(table)).toEqual(columns);
  return table;
}

/** What `expectShown` checks a page (or a part of it) shows: each exactly once unless `counts` says otherwise. */
export interface Shown {
  /** The page's heading (role heading, by name). */
  heading?: string;
  texts?: string[];
  /** Buttons by their accessible name. */
  buttons?: (string | RegExp)[];
  placeholders?: string[];
  /** Fields by their label. */
  labels?: string[];
  /** Texts shown this many times. */
  counts?: Record<string, number>;
  /** Text that must appear nowhere (Chinese words left untranslated, for a page in English). */
  absent?: RegExp;
}

/**
 * Checks that `scope` (the whole page unless given) shows these texts: the assertions of a page's test in English,
 * its heading, toolbar and labels from the catalog.
 */
export function expectShown(
  { heading, texts = [], buttons = [], placeholders = [], labels = [], counts = {}, absent }: Shown,
  scope: HTMLElement = document.body,
) {
  const inside = scope === document.body ? screen : within(scope);
  if (heading !== undefined) expect(inside.getByRole('heading', { name: heading })).toBeTruthy();
  for (const text of texts) expect(inside.getByText(text)).toBeTruthy();
  for (const name of buttons) expect(inside.getByRole('button', { name })).toBeTruthy();
  for (const placeholder of placeholders) expect(inside.getByPlaceholderText(placeholder)).toBeTruthy();
  for (const label of labels) expect(inside.getByLabelText(label)).toBeTruthy();
  for (const [text, count] of Object.entries(counts)) expect(inside.getAllByText(text)).toHaveLength(count);
  if (absent) expect(scope.textContent).not.toMatch(absent);
}
