import { type AnyVariables, type Connection, type TypedDocumentNode, useMutation } from '@shian/graphql-client';
import { Card, Flex, type TableColumnsType } from '@shian/antd';
import { SearchFilter, tableCells, useCanWriteRecord, useListPage } from '@shian/remote-kit';
import { DataTable, ExportButton, type ExportColumn, useT } from '@shian/ui-kit';
import type { ReactNode } from 'react';
import type { TrainingAudience } from '../gql/graphql';
import { RemoveRowButton } from './RemoveRowButton';

type PagedVariables = AnyVariables & { first?: number | null; after?: string | null };
type Translate = ReturnType<typeof useT>;

/** What a sheet knows of its session. */
export interface SheetSession {
  id: string;
  title: string;
  audience: TrainingAudience;
  hours: number;
}

/** One kind of sign-in sheet (a practitioners' session's, an officers' session's): what it reads, shows and writes. */
export interface SheetKind<Data, V extends PagedVariables, Row extends { id: string }> {
  /**
   * Who writes the sheet (signs people in, removes a row): the district's own sheet (an officers' session) only the
   * district's writers, any other every writer, as the subgraph decides. Stated here once, for both.
   */
  district: boolean;
  /** The sheet's name (`t('签到表')`): the table's accessible name and the export's file name. */
  label: (t: Translate) => string;
  searchPlaceholder: (t: Translate) => string;
  query: TypedDocumentNode<Data, V>;
  /** The sheet's connection in the answer. */
  pick: (data: Data) => Connection<Row> | null | undefined;
  /** DataTable translates their titles. */
  columns: TableColumnsType<Row>;
  exportColumns: readonly ExportColumn<Row>[];
  /** Whose row it is, as 删除 asks. */
  nameOf: (row: Row) => string;
  /** The mutation that removes a row by its id. */
  removal: TypedDocumentNode<unknown, { id: string }>;
  /** The dialog that adds rows to the session's sheet, reading the sheet again once they are in. */
  record: (session: SheetSession, reload: () => void) => ReactNode;
}

/** A sheet kind, its types inferred from its query. */
export const sheetKind = <Data, V extends PagedVariables, Row extends { id: string }>(kind: SheetKind<Data, V, Row>) =>
  kind;

/**
 * A session's sign-in sheet, as both kinds show it: a card of the kind's name holding the session's rows (the kind's `query` filtered by
 * `{ sessionId, search }`) searched and exported (`<label>-<session>.xlsx`); for those who may write it (the kind's
 * `district`) each row can be removed, and the kind's `record` dialog adds rows.
 */
export function SheetTable<Data, V extends PagedVariables, Row extends { id: string }>({
  kind,
  session,
}: {
  kind: SheetKind<Data, V, Row>;
  session: SheetSession;
}) {
  const list = useListPage({
    query: kind.query,
    filter: (params) => ({ sessionId: session.id, search: params.get('search')?.trim() || null }),
    pick: kind.pick,
  });
  const mayWrite = useCanWriteRecord()(kind.district);
  const [, runRemoval] = useMutation(kind.removal);
  const t = useT();
  const label = kind.label(t);
  const columns: TableColumnsType<Row> = [
    ...kind.columns,
    ...tableCells<Row>().actions(
      (row) => (
        <RemoveRowButton name={kind.nameOf(row)} remove={() => runRemoval({ id: row.id })} onRemoved={list.reload} />
      ),
      { when: mayWrite },
    ),
  ];
  return (
    <Card title={label}>
      <DataTable<Row>
        aria-label={label}
        columns={columns}
        {...list.table}
        toolbar={
          <Flex wrap gap={8} justify="space-between">
            <SearchFilter list={list} placeholder={kind.searchPlaceholder(t)} width={260} />
            <Flex gap={8}>
              <ExportButton
                {...list.exportOf(kind.exportColumns, `${label}-${session.title}`)}
                label="导出签到表"
                disabled={!list.table.data?.totalCount}
              />
              {mayWrite && kind.record(session, list.reload)}
            </Flex>
          </Flex>
        }
      />
    </Card>
  );
}
