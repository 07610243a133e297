import { Button, Flex, Select, Table, Typography } from 'antd';
import type { TableColumnsType as ColumnsType } from 'antd';
import type { Key, ReactNode } from 'react';
import { ErrorPanel } from './ErrorPanel';
import { t, useT, kitT } from './i18n';
import { PartialNotice } from './PartUnavailable';
import { type CursorPagination, PAGE_SIZES } from './pagination';

export interface ConnectionPage<T> {
  totalCount: number;
  /** The server estimated `totalCount` (very many matches): the pager says 约. */
  totalCountIsEstimate?: boolean;
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface DataTableProps<T> {
  columns: ColumnsType<T>;
  /**
   * The connection of the current page (undefined while the first page loads; null when its subgraph did not
   * answer, with `error` naming it).
   */
  data: ConnectionPage<T> | null | undefined;
  pagination: CursorPagination;
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  /** What reads "—" when another domain's column is missing (the notice says so); 相关栏目 by default. */
  partialWhat?: string;
  rowKey?: keyof T & string;
  /** Filters and actions above the table. */
  toolbar?: ReactNode;
  onRowClick?: (row: T) => void;
  /** For e2e tests and screen readers. */
  'aria-label'?: string;
}

/** An estimate to three figures (约 1,250,000, not 约 1,248,913): its last digits would claim a precision it lacks. */
function roughly(n: number): string {
  const step = 10 ** Math.max(0, Math.floor(Math.log10(Math.max(n, 1))) - 2);
  return (Math.round(n / step) * step).toLocaleString('zh-CN');
}

/** Column titles written as text are message keys: the table shows them in the user's language. */
function translatedColumns<T>(columns: ColumnsType<T>): ColumnsType<T> {
  return columns.map((column) => (typeof column.title === 'string' ? { ...column, title: t(column.title) } : column));
}

/**
 * A table over a GraphQL connection, paged on the server with cursors (first/after) and page sizes 20/50/100. An
 * error with rows (another domain's column missing) shows the rows under a notice; without rows, an error panel.
 */
export function DataTable<T extends object>(props: DataTableProps<T>) {
  useT();
  const { pagination, loading } = props;
  const data = props.data ?? undefined;
  const error = props.error && !data ? props.error : undefined;
  const totalPages = data ? Math.max(1, Math.ceil(data.totalCount / pagination.pageSize)) : 1;
  return (
    <Flex vertical gap={12}>
      {props.toolbar}
      {props.error && data ? (
        <PartialNotice error={props.error} what={props.partialWhat} onRetry={props.onRetry} />
      ) : null}
      {error ? (
        <ErrorPanel error={error} onRetry={props.onRetry} compact />
      ) : (
        <Table<T>
          aria-label={props['aria-label']}
          size="middle"
          columns={translatedColumns(props.columns)}
          dataSource={data?.nodes ?? []}
          loading={loading}
          rowKey={(row) => String((row as Record<string, unknown>)[props.rowKey ?? 'id'] as Key)}
          pagination={false}
          onRow={
            props.onRowClick
              ? (row) => ({ onClick: () => props.onRowClick?.(row), style: { cursor: 'pointer' } })
              : undefined
          }
          scroll={{ x: 'max-content' }}
        />
      )}
      {!error && (
        <Flex justify="space-between" align="center" wrap gap={8} data-testid="data-table-pager">
          <Typography.Text type="secondary">
            {kitT(
              data?.totalCountIsEstimate
                ? '约 {{count}} 条 · 第 {{page}} / {{pages}} 页'
                : '共 {{count}} 条 · 第 {{page}} / {{pages}} 页',
              {
                count: data?.totalCountIsEstimate ? roughly(data.totalCount) : (data?.totalCount ?? 0),
                page: pagination.page,
                pages: totalPages,
              },
            )}
          </Typography.Text>
          <Flex gap={8} align="center">
            <Button size="small" disabled={pagination.page === 1 || loading} onClick={pagination.first}>
              {kitT('首页')}
            </Button>
            <Button size="small" disabled={pagination.page === 1 || loading} onClick={pagination.previous}>
              {kitT('上一页')}
            </Button>
            <Button
              size="small"
              disabled={!data?.pageInfo.hasNextPage || loading}
              onClick={() => pagination.next(data?.pageInfo.endCursor)}
            >
              {kitT('下一页')}
            </Button>
            <Select
              size="small"
              aria-label={kitT('每页条数')}
              value={pagination.pageSize}
              onChange={pagination.setPageSize}
              options={PAGE_SIZES.map((size) => ({ value: size, label: kitT('{{size}} 条/页', { size }) }))}
              style={{ width: 110 }}
            />
          </Flex>
        </Flex>
      )}
    </Flex>
  );
}
