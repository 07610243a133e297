import { DeleteOutlined, DownloadOutlined } from '@ant-design/icons';
import { errorMessage, fetchAllNodes, useClient, useMutation, useQuery } from '@shian/graphql-client';
import { DataTable, useExcelExport, useCursorPagination } from '@shian/ui-kit';
import { App as AntApp, Button, Flex, Input, Popconfirm, type TableColumnsType } from '@shian/antd';
import { useState } from 'react';
import { formatDateTime, useCanWrite } from '@shian/remote-kit';
import { graphql } from '../gql';
import type { AttendanceSheetQuery, EntityCategory } from '../gql/graphql';
import { RecordAttendanceButton } from './RecordAttendanceButton';

export const AttendanceSheetDocument = graphql(`
  query AttendanceSheet($filter: AttendanceFilter, $first: Int, $after: String) {
    attendances(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        personName
        jobTitle
        createdAt
        entity {
          id
          name
        }
        township {
          id
          name
        }
      }
    }
  }
`);

const RemoveAttendanceMutation = graphql(`
  mutation RemoveAttendance($id: ID!) {
    removeAttendance(id: $id)
  }
`);

type Row = NonNullable<AttendanceSheetQuery['attendances']>['nodes'][number];

export const SHEET_COLUMNS = [
  { title: '姓名', value: 'personName' as const, width: 10 },
  { title: '岗位', value: 'jobTitle' as const, width: 14 },
  { title: '所属主体', value: (row: Row) => row.entity?.name ?? row.entity?.id ?? '—', width: 36 },
  { title: '乡镇(街道)', value: (row: Row) => row.township?.name ?? '', width: 12 },
  { title: '签到时间', value: (row: Row) => formatDateTime(row.createdAt), width: 18 },
];

/** 签到表 of one session: who attended, from which business; rows are added as a sheet (all or none). */
export function AttendanceSheet({
  sessionId,
  title,
  category,
}: {
  sessionId: string;
  title: string;
  category?: EntityCategory;
}) {
  const [search, setSearch] = useState('');
  const filter = { sessionId, search: search || null };
  const pagination = useCursorPagination(JSON.stringify(filter));
  const [{ data, fetching, error }, refetch] = useQuery({
    query: AttendanceSheetDocument,
    variables: { filter, ...pagination.variables },
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const client = useClient();
  const canWrite = useCanWrite();
  const { message } = AntApp.useApp();
  const { exporting, exportRows } = useExcelExport();
  const [, removeAttendance] = useMutation(RemoveAttendanceMutation);

  const exportAll = () =>
    exportRows(
      () => fetchAllNodes(client, AttendanceSheetDocument, { filter: { sessionId } }, (d) => d.attendances),
      SHEET_COLUMNS,
      `签到表-${title}`,
    );

  const columns: TableColumnsType<Row> = [
    { title: '姓名', dataIndex: 'personName' },
    { title: '岗位', dataIndex: 'jobTitle' },
    { title: '所属主体', key: 'entity', render: (_, row) => row.entity?.name ?? row.entity?.id ?? '—' },
    { title: '乡镇(街道)', key: 'township', render: (_, row) => row.township?.name ?? '—' },
    { title: '签到时间', dataIndex: 'createdAt', render: formatDateTime },
  ];
  if (canWrite)
    columns.push({
      title: '操作',
      key: 'actions',
      render: (_, row) => (
        <Popconfirm
          title={`删除 ${row.personName} 的签到记录?`}
          okText="删除"
          cancelText="取消"
          onConfirm={async () => {
            const result = await removeAttendance({ id: row.id });
            if (result.error) message.error(errorMessage(result.error));
            else {
              message.success('已删除');
              reload();
            }
          }}
        >
          <Button size="small" type="link" danger icon={<DeleteOutlined />}>
            删除
          </Button>
        </Popconfirm>
      ),
    });

  return (
    <DataTable<Row>
      aria-label="签到表"
      columns={columns}
      data={data?.attendances}
      loading={fetching}
      error={error}
      onRetry={reload}
      pagination={pagination}
      toolbar={
        <Flex wrap gap={8} justify="space-between">
          <Input.Search
            allowClear
            placeholder="搜索姓名或岗位"
            aria-label="搜索签到"
            onSearch={(v) => setSearch(v.trim())}
            style={{ width: 240 }}
          />
          <Flex gap={8}>
            <Button
              icon={<DownloadOutlined />}
              loading={exporting}
              disabled={!data?.attendances?.totalCount}
              onClick={exportAll}
            >
              导出签到表
            </Button>
            {canWrite && <RecordAttendanceButton sessionId={sessionId} category={category} onRecorded={reload} />}
          </Flex>
        </Flex>
      }
    />
  );
}
