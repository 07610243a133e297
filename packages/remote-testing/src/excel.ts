import { type ExportColumn, setExcelSaver } from '@shian/ui-kit';
import { afterEach, beforeEach } from 'vitest';

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
