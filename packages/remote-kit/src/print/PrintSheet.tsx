import { useT, kitT } from '@shian/ui-kit';
import { type ReactNode, useState } from 'react';
import { formatDateTime } from '../format';
import { PRINT_CSS } from './printCss';

/** The demo district's bureau, as its work report names it (docs/domain.md#the-district-and-its-people). */
export const PRINT_BUREAU = '巴中市巴州区市场监督管理局';

export interface PrintCell {
  label: string;
  /** Nothing (null, '', []) leaves the cell blank, to be written by hand: a form never prints a made-up value. */
  value?: ReactNode;
  /** Across the whole row (a description, a decision), not half of it. */
  wide?: boolean;
  /** Room to write several lines by hand (findings, a signature's remarks). */
  tall?: boolean;
}

export interface PrintSheetProps {
  /** The form's name, centred (现场检查笔录, 检验报告). */
  title: string;
  /** The record's number, printed at the right above the grid (编号:…). */
  number?: string | null;
  numberLabel?: string;
  /** The issuing bureau at the head and beside the seal; the district's by default. */
  bureau?: string;
  cells: readonly PrintCell[];
  /** Sections after the grid: a table of items, a record of steps. */
  children?: ReactNode;
  /** Lines to sign on: each label, then a line, then the date to write by hand. */
  signatures?: readonly string[];
  /** The bureau's seal and date at the foot, as on a document it issues. */
  seal?: boolean;
}

export const isBlank = (value: ReactNode) =>
  value === null || value === undefined || value === false || value === '' || (Array.isArray(value) && !value.length);

/**
 * Label/value pairs two to a row (label, value, label, value); a wide cell, or one left without a partner before
 * it, takes the rest of its row.
 */
function rowsOf(cells: readonly PrintCell[]): PrintCell[][] {
  const rows: PrintCell[][] = [];
  for (const cell of cells) {
    const last = rows.at(-1);
    if (!cell.wide && last?.length === 1 && !last[0]!.wide) last.push(cell);
    else rows.push([cell]);
  }
  return rows;
}

/**
 * One record as the bureau's paper form: A4, the bureau's name and the form's title centred, a bordered grid of
 * labels and values, lines to sign and seal, and when it was printed (Beijing time). On screen it looks like the
 * sheet; in print only the sheet is on the paper.
 */
export function PrintSheet({
  title,
  number,
  numberLabel = '编号',
  bureau = PRINT_BUREAU,
  cells,
  children,
  signatures = [],
  seal = false,
}: PrintSheetProps) {
  const t = useT();
  // When the sheet was produced, not when the browser repaints it.
  const [printedAt] = useState(() => formatDateTime(new Date().toISOString()));
  return (
    <article className="shian-print-sheet" aria-label={t(title)}>
      <style>{PRINT_CSS}</style>
      <div className="shian-print-bureau">{t(bureau)}</div>
      <h1 className="shian-print-title">{t(title)}</h1>
      <div className="shian-print-number">{number ? `${t(numberLabel)}:${number}` : ''}</div>
      <table className="shian-print-grid">
        {/* Fixed columns: a sheet that opens with a full-width row would otherwise take its widths from that row. */}
        <colgroup>
          <col style={{ width: '17%' }} />
          <col style={{ width: '33%' }} />
          <col style={{ width: '17%' }} />
          <col style={{ width: '33%' }} />
        </colgroup>
        <tbody>
          {rowsOf(cells).map((row) => (
            <tr
              key={row.map((c) => c.label).join('|')}
              className={row.some((c) => c.tall) ? 'shian-print-tall' : undefined}
            >
              {row.map((cell) => (
                <PrintPair key={cell.label} cell={cell} span={row.length === 1 ? 3 : 1} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {children}
      {signatures.length > 0 && (
        <div className="shian-print-signatures">
          {signatures.map((label) => (
            <div key={label} className="shian-print-signature">
              <span>{t(label)}:</span>
              <span className="shian-print-line" />
              <span className="shian-print-date">{kitT('年 月 日')}</span>
            </div>
          ))}
        </div>
      )}
      {seal && (
        <div className="shian-print-seal">
          <div>{kitT('{{bureau}}(盖章)', { bureau: t(bureau) })}</div>
          <div className="shian-print-date">{kitT('年 月 日')}</div>
        </div>
      )}
      <footer className="shian-print-footer">{kitT('打印时间:{{at}}(北京时间)', { at: printedAt })}</footer>
    </article>
  );
}

function PrintPair({ cell, span }: { cell: PrintCell; span: number }) {
  const t = useT();
  return (
    <>
      <th scope="row">{t(cell.label)}</th>
      <td colSpan={span}>{isBlank(cell.value) ? null : cell.value}</td>
    </>
  );
}

export interface PrintColumn<T> {
  title: string;
  value: (row: T) => ReactNode;
  /** The column's share of the width (`"20%"`); the rest share what is left. */
  width?: string;
}

/**
 * A titled table inside a sheet (检验项目与结果, 办理经过). With no rows it keeps `blankRows` empty lines to fill in
 * by hand instead of printing nothing.
 */
export function PrintTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  blankRows = 3,
}: {
  caption: string;
  columns: readonly PrintColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T, index: number) => string;
  blankRows?: number;
}) {
  const t = useT();
  return (
    <section>
      <div className="shian-print-section">{t(caption)}</div>
      <table className="shian-print-table" aria-label={t(caption)}>
        <colgroup>
          {columns.map((column) => (
            <col key={column.title} style={column.width ? { width: column.width } : undefined} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.title} scope="col">
                {t(column.title)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length
            ? rows.map((row, index) => (
                <tr key={rowKey(row, index)}>
                  {columns.map((column) => {
                    const value = column.value(row);
                    return <td key={column.title}>{isBlank(value) ? null : value}</td>;
                  })}
                </tr>
              ))
            : Array.from({ length: blankRows }, (_, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: empty lines have nothing else to tell them apart
                <tr key={index}>
                  {columns.map((column) => (
                    <td key={column.title} />
                  ))}
                </tr>
              ))}
        </tbody>
      </table>
    </section>
  );
}
