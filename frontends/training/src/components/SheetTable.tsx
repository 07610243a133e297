import type { AnyVariables, CombinedError } from '@shian/graphql-client';
import { Flex, type TableColumnsType } from '@shian/antd';
import { type ListPage, SearchFilter } from '@shian/remote-kit';
import { DataTable, ExportButton, type ExportColumn, useT } from '@shian/ui-kit';
import type { ReactNode } from 'react';
import { RemoveRowButton } from './RemoveRowButton';

type PagedVariables = AnyVariables & { first?: number | null; after?: string | null };

/**
 * A session's sign-in sheet, as both kinds show it: searched and exported (`<label>-<session>.xlsx`); for those who
 * may write it (`remove` given) each row can be removed, and `record` (a dialog offered to writers only) adds rows.
 */
export function SheetTable<Data, V extends PagedVariables, F, Row extends { id: string }>(props: {
  /** The sheet's name (translated by the caller): the table's accessible name and the export's file name. */
  label: string;
  /** The session's title, in the export's file name. */
  title: string;
  list: ListPage<Data, V, F, Row>;
  columns: TableColumnsType<Row>;
  exportColumns: readonly ExportColumn<Row>[];
  /** Translated by the caller. */
  searchPlaceholder: string;
  /** Whose row it is, as 删除 asks. */
  nameOf: (row: Row) => string;
  remove?: (id: string) => Promise<{ error?: CombinedError }>;
  record?: ReactNode;
}) {
  const { list, remove } = props;
  const t = useT();
  const columns: TableColumnsType<Row> = remove
    ? [
        ...props.columns,
        {
          title: '操作',
          key: 'actions',
          render: (_, row) => (
            <RemoveRowButton name={props.nameOf(row)} remove={() => remove(row.id)} onRemoved={list.reload} />
          ),
        },
      ]
    : props.columns;
  return (
    <DataTable<Row>
      aria-label={props.label}
      columns={columns}
      {...list.table}
      toolbar={
        <Flex wrap gap={8} justify="space-between">
          <SearchFilter list={list} placeholder={props.searchPlaceholder} width={260} />
          <Flex gap={8}>
            <ExportButton
              {...list.exportOf(props.exportColumns, `${props.label}-${props.title}`)}
              label={t('导出签到表')}
              disabled={!list.table.data?.totalCount}
            />
            {props.record}
          </Flex>
        </Flex>
      }
    />
  );
}
