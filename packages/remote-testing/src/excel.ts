import { type ExportColumn, setExcelSaver } from '@shian/ui-kit';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect } from 'vitest';
import type { Call } from './index';
import { lastVariables } from './lists';

/** What each export handed to ui-kit's `exportToExcel` (no file is written), emptied after each test. */
export const saved: { rows: readonly unknown[]; columns: any[]; filename: string }[] = [];

/**
 * Catches the exports of the calling test file's tests in `saved` (ExportButton and ExportRowsButton save through
 * ui-kit's `exportToExcel`: the sheet is caught there, no file is written). Call it at the top of the file: it adds
 * that file's hooks, which set ui-kit's saver before each test and put the browser download back after it. A call,
 * not an import's side effect: the suites run their files in one module graph, where this module is evaluated once,
 * for the first file that imports it.
 */
export function catchExports() {
  beforeEach(() => {
    saved.length = 0;
    setExcelSaver(async (rows: readonly unknown[], columns: readonly ExportColumn<any>[], filename: string) => {
      saved.push({ rows, columns: [...columns], filename });
    });
  });
  afterEach(() => {
    setExcelSaver();
    saved.length = 0;
  });
}

/** The cells an export wrote, row by row under its headings (what `exportToExcel` was handed, as the file shows it). */
export function exportedCells(index = 0) {
  const { rows, columns } = saved[index]!;
  return rows.map((row) =>
    Object.fromEntries(
      columns.map((c: { title: string; value: string | ((row: any) => unknown) }) => [
        c.title,
        typeof c.value === 'function' ? c.value(row) : (row as any)[c.value],
      ]),
    ),
  );
}

/**
 * The workbook an export builds, as a cell reader: `cell(n, title)` is row `n`'s cell (2 is the first row after the
 * header) under the column titled `title`, as ui-kit's `buildWorkbook` writes it.
 */
export async function exportedSheet(index = 0) {
  const { rows, columns } = saved[index]!;
  const { buildWorkbook } = await import('@shian/ui-kit');
  const sheet = (await buildWorkbook(rows, columns)).worksheets[0]!;
  const header = sheet.getRow(1).values as string[];
  return (n: number, title: string) => sheet.getRow(n).getCell(header.indexOf(title)).value;
}

/** A list's file as the export names it: its name, then the day it was made (`抽检样品-2024-06-11`). */
const datedName = (name: string) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-\\d{4}-\\d{2}-\\d{2}$`);

/**
 * Clicks the list's 导出Excel and waits for its one file (the test file calls `catchExports()`): the list was read
 * again with `variables` (its filter) from its first row, a hundred at a time, and the file is `name` with the day.
 * Returns the cells written, row by row under their headings (`exportedCells()`). It lives here beside `saved`: from
 * a module of the package's main entry it read another copy of `saved` than the one the second test file of a suite
 * fills (found so; the suites share one module graph).
 */
export async function exportList(calls: Call[], operationName: string, variables: object, name: string) {
  await act(async () => fireEvent.click(screen.getByRole('button', { name: /导出Excel/ })));
  await waitFor(() => expect(saved).toHaveLength(1));
  expect(lastVariables(calls, operationName)).toEqual({ ...variables, first: 100, after: null });
  expect(saved[0]!.filename).toMatch(datedName(name));
  return exportedCells();
}
