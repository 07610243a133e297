import { Flex, Table, type TableColumnsType } from '@shian/antd';
import { type ExportColumn, ExportRowsButton } from '@shian/ui-kit';

/**
 * A record's short list, all rows at once (a business's licences, grades, officials and visits; a township's rounds
 * and notices), with what to say when there are none, and with `exportAs` its 导出Excel above it. `empty` and the
 * titles come translated.
 */
export function RecordTable<T extends { id: string }>({
  rows,
  columns,
  empty,
  exportAs,
}: {
  rows: readonly T[];
  columns: TableColumnsType<T>;
  empty: string;
  exportAs?: { columns: readonly ExportColumn<T>[]; filename: string };
}) {
  const table = (
    <Table<T>
      style={{ width: '100%' }}
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={rows as T[]}
      locale={{ emptyText: empty }}
      columns={columns}
    />
  );
  if (!exportAs) return table;
  return (
    <Flex vertical gap={12} align="flex-end">
      <ExportRowsButton rows={rows} columns={exportAs.columns} filename={exportAs.filename} />
      {table}
    </Flex>
  );
}
