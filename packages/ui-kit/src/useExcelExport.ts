import {
  type AllNodes,
  type AnyVariables,
  type Connection,
  EXPORT_LIMIT,
  type FetchProgress,
  fetchAllPages,
  type TypedDocumentNode,
  useClient,
} from '@shian/graphql-client';
import { App } from 'antd';
import { useState } from 'react';
import { todayInChina } from './chinaTime';
import { type ExportColumn, exportToExcel } from './excel';
import { errorText, t, kitT } from './i18n';

const PROGRESS_KEY = 'shian-export';
const count = (n: number) => n.toLocaleString('zh-CN');

/** What an export gathered: the rows alone, or the rows with the list's total and whether a cap cut them. */
export type Collected<T> = readonly T[] | AllNodes<T>;

/**
 * A list's 导出: `exportRows(collect, columns, filename)` gathers the rows (usually every page of the list's filter),
 * saves them as .xlsx, and says 已导出 N 条, or 导出失败 with the reason. While it gathers, `progress` (and a message
 * that stays up) says how far it has come; where the list is longer than one export may take, the message says how
 * many of how many were saved and what to do.
 */
export function useExcelExport() {
  const { message } = App.useApp();
  const [exporting, setExporting] = useState(false);
  const [progress, setProgress] = useState<FetchProgress>();
  const exportRows = async <T>(
    collect: (onProgress: (progress: FetchProgress) => void) => Promise<Collected<T>>,
    columns: readonly ExportColumn<T>[],
    filename: string,
  ): Promise<void> => {
    setExporting(true);
    const onProgress = (next: FetchProgress) => {
      setProgress(next);
      // Only a list of several pages is worth a running count.
      if (next.total > next.loaded || next.loaded > 100)
        message.loading({
          key: PROGRESS_KEY,
          content: kitT(
            next.estimated ? '正在导出 {{loaded}} / 约 {{total}} 条…' : '正在导出 {{loaded}} / {{total}} 条…',
            {
              loaded: count(next.loaded),
              total: count(next.total),
            },
          ),
          duration: 0,
        });
    };
    try {
      const collected = await collect(onProgress);
      const { rows, total, capped, estimated } = Array.isArray(collected)
        ? { rows: collected as readonly T[], total: collected.length, capped: false, estimated: false }
        : (collected as AllNodes<T>);
      // The file is in the language of the screen it was asked from: its headings as the table's.
      const titled = columns.map((column) => ({ ...column, title: t(column.title) }));
      await exportToExcel(rows, titled, filename);
      if (capped)
        message.warning({
          key: PROGRESS_KEY,
          content: kitT(
            estimated
              ? '约 {{total}} 条,单次最多导出 {{count}} 条:已导出前 {{count}} 条。请缩小筛选范围后分批导出。'
              : '共 {{total}} 条,单次最多导出 {{count}} 条:已导出前 {{count}} 条。请缩小筛选范围后分批导出。',
            { total: count(total), count: count(rows.length) },
          ),
          duration: 10,
        });
      else message.success({ key: PROGRESS_KEY, content: kitT('已导出 {{count}} 条', { count: rows.length }) });
    } catch (e) {
      message.error({ key: PROGRESS_KEY, content: kitT('导出失败:{{reason}}', { reason: errorText(e) }) });
    } finally {
      setExporting(false);
      setProgress(undefined);
    }
  };
  return { exporting, progress, exportRows };
}

export interface ListExport<Data, Variables extends AnyVariables, T> {
  /** The list's own query: the export walks it page by page with the list's filter. */
  document: TypedDocumentNode<Data, Variables>;
  variables: Omit<Variables, 'first' | 'after'>;
  /** The connection in the answer. */
  pick: (data: Data) => Connection<T> | null | undefined;
  columns: readonly ExportColumn<T>[];
  /** The file's name before the date: `案件台账` saves `案件台账-2026-12-06.xlsx` (today in Beijing). */
  filename: string;
  /** The most rows one export takes (20,000 unless said). */
  limit?: number;
}

/**
 * Exporting a connection list, the one way: every row of the list's filter (not just the page on screen), with
 * progress and the cap, through `useExcelExport`. `run()` is what the 导出 button calls.
 */
export function useListExport<
  Data,
  Variables extends AnyVariables & { first?: number | null; after?: string | null },
  T,
>(spec: ListExport<Data, Variables, T>) {
  const client = useClient();
  const { exporting, progress, exportRows } = useExcelExport();
  const run = () =>
    exportRows(
      (onProgress) =>
        fetchAllPages(client, spec.document, spec.variables, spec.pick, {
          limit: spec.limit ?? EXPORT_LIMIT,
          onProgress,
        }),
      spec.columns,
      `${t(spec.filename)}-${todayInChina()}`,
    );
  return { exporting, progress, run };
}
