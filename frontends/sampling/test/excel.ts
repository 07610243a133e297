import { afterEach, vi } from 'vitest';

/** What each export handed to `exportToExcel` (a setup file of this package's tests: no file is written). */
// Read by the mock only when an export runs, long after this module has set it up.
export const saved: { rows: readonly unknown[]; columns: any[]; filename: string }[] = [];

vi.mock('../../../packages/ui-kit/src/excel', async (original) => ({
  ...(await original<typeof import('../../../packages/ui-kit/src/excel')>()),
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
