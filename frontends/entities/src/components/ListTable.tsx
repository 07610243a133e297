import { Flex, type TableColumnsType } from '@shian/antd';
import { DataTable, type DataTableProps } from '@shian/ui-kit';
import type { ReactNode } from 'react';

/**
 * A list page's table (`useListPage(…).table`) with its toolbar: the filters on the left, wrapping on a narrow screen,
 * 导出 and the list's actions on the right.
 */
export function ListTable<T extends object>({
  label,
  table,
  columns,
  filters,
  actions,
}: {
  /** The table's aria-label. */
  label: string;
  table: Pick<DataTableProps<T>, 'data' | 'loading' | 'error' | 'onRetry' | 'pagination'>;
  columns: TableColumnsType<T>;
  filters: ReactNode;
  actions: ReactNode;
}) {
  return (
    <DataTable<T>
      aria-label={label}
      columns={columns}
      {...table}
      toolbar={
        <Flex wrap gap={8} justify="space-between">
          <Flex wrap gap={8}>
            {filters}
          </Flex>
          <Flex gap={8}>{actions}</Flex>
        </Flex>
      }
    />
  );
}
