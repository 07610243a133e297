import type { Workbook } from 'exceljs';

export type CellValue = string | number | boolean | Date | null | undefined;

export interface ExportColumn<T> {
  title: string;
  /** A property of the row, or a function that gives the cell (use labels, not enum values). */
  value: (keyof T & string) | ((row: T) => CellValue);
  /** Column width in characters. */
  width?: number;
}

function cell<T>(row: T, column: ExportColumn<T>): CellValue {
  const value = typeof column.value === 'function' ? column.value(row) : (row as Record<string, unknown>)[column.value];
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && !(value instanceof Date)) return JSON.stringify(value);
  return value as CellValue;
}

/** Builds the workbook: one sheet, a bold frozen header row, one row per record. */
export async function buildWorkbook<T>(
  rows: readonly T[],
  columns: readonly ExportColumn<T>[],
  sheetName = '导出',
): Promise<Workbook> {
  // Loaded on demand: exceljs is large, and only an export needs it.
  const module = await import('exceljs');
  // CommonJS in Node, a UMD bundle in the browser: the classes sit on `default` or on the namespace.
  const ExcelJS = (module.default ?? module) as typeof module.default;
  const workbook = new ExcelJS.Workbook();
  // i18n-check-ignore: the file's author, the platform's name, not a message
  workbook.creator = '食安';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column, i) => ({
    header: column.title,
    key: String(i),
    width: column.width ?? Math.max(10, column.title.length * 2 + 4),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((column) => cell(row, column)));
  return workbook;
}

/** How an export is saved: what `exportToExcel` hands its rows, columns and file name to. */
export type ExcelSaver = (
  rows: readonly unknown[],
  columns: readonly ExportColumn<any>[],
  filename: string,
) => Promise<void>;

let saver: ExcelSaver = saveInBrowser;

/**
 * Replaces how `exportToExcel` saves (tests catch the sheet with it instead of writing a file); without an argument,
 * puts back the browser download. A setting of the module, not of a mock: it holds when several test files share one
 * module graph (vitest without per-file isolation), where a `vi.mock` of this module would miss the files after the
 * first.
 */
export function setExcelSaver(next: ExcelSaver = saveInBrowser): void {
  saver = next;
}

/** Saves `rows` as `<filename>.xlsx` in the browser. */
export function exportToExcel<T>(
  rows: readonly T[],
  columns: readonly ExportColumn<T>[],
  filename: string,
): Promise<void> {
  return saver(rows, columns as readonly ExportColumn<any>[], filename);
}

async function saveInBrowser<T>(
  rows: readonly T[],
  columns: readonly ExportColumn<T>[],
  filename: string,
): Promise<void> {
  const workbook = await buildWorkbook(rows, columns, filename);
  const buffer = await workbook.xlsx.writeBuffer();
  const blob = new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename.endsWith('.xlsx') ? filename : `${filename}.xlsx`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
