import { Flex, type TableColumnsType } from '@shian/antd';
import type { AnyVariables } from '@shian/graphql-client';
import { DataTable, type ExportColumn, ExportButton } from '@shian/ui-kit';
import type { ReactNode } from 'react';
import { ListFilters, type ListPage } from './list';

type PagedVariables = AnyVariables & { first?: number | null; after?: string | null };

export interface ListTableProps<Data, Variables extends PagedVariables, F, T> {
  /** The table's accessible name, as given like DataTable's (tests find the table by it). */
  'aria-label': string;
  /** The list's state (`useListPage`): its query, filters in the address and paging. */
  list: ListPage<Data, Variables, F, T>;
  columns: TableColumnsType<T>;
  /**
   * The filters, bound to the list's address: the toolbar's left, wrapping on a narrow screen. The controls of the
   * list's declared `filters` (`useListPage`) unless the page gives its own.
   */
  filters?: ReactNode;
  /**
   * 导出Excel of every row of the filters (all pages, with progress and the cap): the file's columns and its name
   * before the date (the aria-label unless said; ExportButton translates it). Without it, no export.
   */
  exportAs?: { columns: readonly ExportColumn<T>[]; filename?: string };
  /** Beside 导出Excel on the right: what else the list offers (a new record). */
  actions?: ReactNode;
  /** Between the toolbar and the table (a notice about the rows). */
  extra?: ReactNode;
  rowKey?: keyof T & string;
  onRowClick?: (row: T) => void;
}

/**
 * A list page's table, the one way: the filters on the left of its toolbar, 导出Excel of every row of them and the
 * actions on the right, the rows paged on the server below.
 */
export function ListTable<Data, Variables extends PagedVariables, F, T extends object>(
  props: ListTableProps<Data, Variables, F, T>,
) {
  const { list, exportAs } = props;
  return (
    <DataTable<T>
      aria-label={props['aria-label']}
      {...list.table}
      columns={props.columns}
      rowKey={props.rowKey}
      onRowClick={props.onRowClick}
      toolbar={
        <>
          <Flex wrap gap={8} justify="space-between">
            <Flex wrap gap={8} align="center">
              {props.filters ?? <ListFilters list={list} />}
            </Flex>
            <Flex wrap gap={8}>
              {exportAs && (
                <ExportButton
                  {...list.exportOf(exportAs.columns, exportAs.filename ?? props['aria-label'])}
                  disabled={!list.table.data?.totalCount}
                />
              )}
              {props.actions}
            </Flex>
          </Flex>
          {props.extra}
        </>
      }
    />
  );
}
