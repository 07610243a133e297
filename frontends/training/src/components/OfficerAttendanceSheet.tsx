import { DeleteOutlined, DownloadOutlined } from '@ant-design/icons';
import { errorMessage, fetchAllNodes, useClient, useMutation, useQuery } from '@shian/graphql-client';
import { DataTable, useExcelExport, useCursorPagination } from '@shian/ui-kit';
import { App as AntApp, Button, Flex, Input, Popconfirm, type TableColumnsType } from '@shian/antd';
import { useState } from 'react';
import { formatDateTime, useCanWriteDistrict } from '@shian/remote-kit';
import { graphql } from '../gql';
import type { OfficerAttendanceSheetQuery } from '../gql/graphql';
import { RecordOfficerAttendanceButton } from './RecordOfficerAttendance';

export const OfficerAttendanceSheetDocument = graphql(`
  query OfficerAttendanceSheet($filter: OfficerAttendanceFilter, $first: Int, $after: String) {
    officerAttendances(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        officerId
        officerName
        badgeNumber
        unit
        hours
        createdAt
      }
    }
  }
`);

const RemoveOfficerAttendanceMutation = graphql(`
  mutation RemoveOfficerAttendance($id: ID!) {
    removeOfficerAttendance(id: $id)
  }
`);

type Row = NonNullable<OfficerAttendanceSheetQuery['officerAttendances']>['nodes'][number];

export const OFFICER_SHEET_COLUMNS = [
  { title: '姓名', value: 'officerName' as const, width: 10 },
  { title: '执法证号', value: 'badgeNumber' as const, width: 18 },
  { title: '所属科室(所)', value: 'unit' as const, width: 20 },
  { title: '计入学时', value: 'hours' as const, width: 10 },
  { title: '签到时间', value: (row: Row) => formatDateTime(row.createdAt), width: 18 },
];

/** 签到表 of an officers' session: officers from the inspector roll, the hours each is credited. */
export function OfficerAttendanceSheet({
  sessionId,
  title,
  sessionHours,
}: {
  sessionId: string;
  title: string;
  sessionHours: number;
}) {
  const [search, setSearch] = useState('');
  const filter = { sessionId, search: search || null };
  const pagination = useCursorPagination(JSON.stringify(filter));
  const [{ data, fetching, error }, refetch] = useQuery({
    query: OfficerAttendanceSheetDocument,
    variables: { filter, ...pagination.variables },
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const client = useClient();
  const canWrite = useCanWriteDistrict();
  const { message } = AntApp.useApp();
  const { exporting, exportRows } = useExcelExport();
  const [, removeAttendance] = useMutation(RemoveOfficerAttendanceMutation);

  const exportAll = () =>
    exportRows(
      () =>
        fetchAllNodes(client, OfficerAttendanceSheetDocument, { filter: { sessionId } }, (d) => d.officerAttendances),
      OFFICER_SHEET_COLUMNS,
      `执法人员签到表-${title}`,
    );

  const columns: TableColumnsType<Row> = [
    { title: '姓名', dataIndex: 'officerName' },
    { title: '执法证号', dataIndex: 'badgeNumber' },
    { title: '所属科室(所)', dataIndex: 'unit' },
    { title: '计入学时', dataIndex: 'hours' },
    { title: '签到时间', dataIndex: 'createdAt', render: formatDateTime },
  ];
  if (canWrite)
    columns.push({
      title: '操作',
      key: 'actions',
      render: (_, row) => (
        <Popconfirm
          title={`删除 ${row.officerName} 的签到记录?`}
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
          <Button size="small" type="link" danger icon={<DeleteOutlined />} aria-label={`删除 ${row.officerName}`}>
            删除
          </Button>
        </Popconfirm>
      ),
    });

  return (
    <DataTable<Row>
      aria-label="执法人员签到表"
      columns={columns}
      data={data?.officerAttendances}
      loading={fetching}
      error={error}
      onRetry={reload}
      pagination={pagination}
      toolbar={
        <Flex wrap gap={8} justify="space-between">
          <Input.Search
            allowClear
            placeholder="搜索姓名、执法证号或科室(所)"
            aria-label="搜索签到"
            onSearch={(v) => setSearch(v.trim())}
            style={{ width: 260 }}
          />
          <Flex gap={8}>
            <Button
              icon={<DownloadOutlined />}
              loading={exporting}
              disabled={!data?.officerAttendances?.totalCount}
              onClick={exportAll}
            >
              导出签到表
            </Button>
            {canWrite && (
              <RecordOfficerAttendanceButton sessionId={sessionId} sessionHours={sessionHours} onRecorded={reload} />
            )}
          </Flex>
        </Flex>
      }
    />
  );
}
