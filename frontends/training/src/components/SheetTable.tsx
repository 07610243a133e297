import { type AnyVariables, type Connection, type TypedDocumentNode, useMutation } from '@shian/graphql-client';
import { Flex, type TableColumnsType } from '@shian/antd';
import { SearchFilter, useListPage } from '@shian/remote-kit';
import { DataTable, ExportButton, type ExportColumn, useT } from '@shian/ui-kit';
import type { ReactNode } from 'react';
import { RemoveRowButton } from './RemoveRowButton';

type PagedVariables = AnyVariables & { first?: number | null; after?: string | null };

/**
 * A session's sign-in sheet, as both kinds show it: the session's rows (its `query` filtered by `{ sessionId, search }`)
 * searched and exported (`<label>-<session>.xlsx`); for those who may write it (`mayRemove`) each row can be removed
 * with `removal`, and `record` (a dialog offered to writers only) adds rows.
 */
export function SheetTable<Data, V extends PagedVariables, Row extends { id: string }>(props: {
  /** The sheet's name (translated by the caller): the table's accessible name and the export's file name. */
  label: string;
  /** The session's title, in the export's file name. */
  title: string;
  sessionId: string;
  query: TypedDocumentNode<Data, V>;
  /** The sheet's connection in the answer. */
  pick: (data: Data) => Connection<Row> | null | undefined;
  columns: TableColumnsType<Row>;
  exportColumns: readonly ExportColumn<Row>[];
  /** Translated by the caller. */
  searchPlaceholder: string;
  /** Whose row it is, as 删除 asks. */
  nameOf: (row: Row) => string;
  /** The mutation that removes a row by its id, offered when `mayRemove`. */
  removal: TypedDocumentNode<unknown, { id: string }>;
  mayRemove: boolean;
  /** The dialog that adds rows, reading the sheet again once they are in. */
  record: (reload: () => void) => ReactNode;
}) {
  const { sessionId } = props;
  const list = useListPage({
    query: props.query,
    filter: (params) => ({ sessionId, search: params.get('search')?.trim() || null }),
    pick: props.pick,
  });
  const [, runRemoval] = useMutation(props.removal);
  const remove = props.mayRemove ? (id: string) => runRemoval({ id }) : undefined;
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
            {props.record(list.reload)}
          </Flex>
        </Flex>
      }
    />
  );
}
