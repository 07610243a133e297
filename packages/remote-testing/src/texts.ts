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
  texts?: (string | RegExp)[];
  /** Buttons by their accessible name. */
  buttons?: (string | RegExp)[];
  placeholders?: string[];
  /** Fields by their label. */
  labels?: string[];
  /** Links by their name, with the address each opens. */
  links?: Record<string, string>;
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
  { heading, texts = [], buttons = [], placeholders = [], labels = [], links = {}, counts = {}, absent }: Shown,
  scope: HTMLElement = document.body,
) {
  const inside = scope === document.body ? screen : within(scope);
  if (heading !== undefined) expect(inside.getByRole('heading', { name: heading })).toBeTruthy();
  for (const text of texts) expect(inside.getByText(text)).toBeTruthy();
  for (const name of buttons) expect(inside.getByRole('button', { name })).toBeTruthy();
  for (const placeholder of placeholders) expect(inside.getByPlaceholderText(placeholder)).toBeTruthy();
  for (const label of labels) expect(inside.getByLabelText(label)).toBeTruthy();
  for (const [name, href] of Object.entries(links))
    expect(inside.getByRole('link', { name }).getAttribute('href')).toBe(href);
  for (const [text, count] of Object.entries(counts)) expect(inside.getAllByText(text)).toHaveLength(count);
  if (absent) expect(scope.textContent).not.toMatch(absent);
}

/** What `expectList` checks a list page shows. */
export interface ListShown extends Shown {
  /** Texts of the rows waited for, in order: the list (and what loads beside it) has its answer. */
  shows: string[];
  /** The table's name: the page's heading unless said. */
  table?: string;
  /** The table's column titles, in order. */
  columns: string[];
  /** What the table's rows show: enum values through the label maps, the records' own data as the server sent it. */
  rows: Shown;
}

/**
 * Checks a list page once its rows are there: the page's heading, toolbar and texts, then its table, named as the
 * heading, with these columns and rows (a page's test in English, or its first look in Chinese). Returns the table.
 */
export async function expectList({ shows, table, columns, rows, ...page }: ListShown) {
  for (const text of shows) expect(await screen.findByText(text)).toBeTruthy();
  expectShown(page);
  const name = table ?? page.heading;
  if (name === undefined) throw new Error('expectList: name the table, or the page by its heading');
  const shown = expectTable(name, columns);
  expectShown(rows, shown);
  return shown;
}
