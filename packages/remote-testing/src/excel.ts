import { afterEach, vi } from 'vitest';

/**
 * What each export handed to ui-kit's `exportToExcel` (no file is written), emptied after each test. Importing this
 * module catches the exports: import it before the pages under test.
 */
// Read by the mock only when an export runs, long after this module has set it up.
export const saved: { rows: readonly unknown[]; columns: any[]; filename: string }[] = [];

// ExportButton and ExportRowsButton save through ui-kit's excel module: the sheet is caught there.
vi.mock('../../ui-kit/src/excel', async (original) => ({
  ...(await original<typeof import('../../ui-kit/src/excel')>()),
  exportToExcel: async (rows: readonly unknown[], columns: any[], filename: string) => {
    saved.push({ rows, columns, filename });
  },
}));

afterEach(() => {
  saved.length = 0;
});

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
