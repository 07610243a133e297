import { useQuery } from '@shian/graphql-client';
import { DataTable, labelOf, PageHeader, StatusTag, useCursorPagination } from '@shian/ui-kit';
import { type TableColumnsType, Tag } from '@shian/antd';
import { ConfirmOperationButton, NewOperationButton, OperationProgressButton } from '../components/OperationDialogs';
import { graphql } from '../gql';
import type { JointOperationListQuery } from '../gql/graphql';
import { DEPARTMENT, OPERATION_STATUS } from '../labels';
import { useCanWriteDistrict, useIsPartner } from '@shian/remote-kit';

export const JointOperationListQueryDocument = graphql(`
  query JointOperationList($first: Int, $after: String) {
    jointOperations(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        departments
        startsOn
        endsOn
        scope
        status
        entitiesInspected
        problemsFound
        summary
        participants {
          id
          department
          confirmedOn
          personnel
          report
          confirmedBy
        }
      }
    }
  }
`);

type Row = NonNullable<JointOperationListQuery['jointOperations']>['nodes'][number];

/** 联合执法: the bureau's operations with partner departments; a partner sees and confirms those it takes part in. */
export function OperationTable() {
  const partner = useIsPartner();
  const district = useCanWriteDistrict();
  const pagination = useCursorPagination('');
  const [{ data, fetching, error }, refetch] = useQuery({
    query: JointOperationListQueryDocument,
    variables: pagination.variables,
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const columns: TableColumnsType<Row> = [
    { title: '行动', dataIndex: 'title' },
    { title: '时间', key: 'when', render: (_, row) => `${row.startsOn} 至 ${row.endsOn}` },
    {
      title: '参加部门',
      dataIndex: 'departments',
      render: (ds: Row['departments']) => ds.map((d) => <Tag key={d}>{labelOf(DEPARTMENT, d)}</Tag>),
    },
    { title: '范围', dataIndex: 'scope' },
    {
      title: '状态',
      dataIndex: 'status',
      render: (s: Row['status']) => <StatusTag value={s} map={OPERATION_STATUS} />,
    },
    {
      title: '成效',
      key: 'results',
      render: (_, row) => `检查${row.entitiesInspected}户次,发现问题${row.problemsFound}个`,
    },
    {
      title: partner ? '本部门' : '确认情况',
      key: 'participants',
      render: (_, row) =>
        row.participants.map((p) => (
          <div key={p.id}>
            {labelOf(DEPARTMENT, p.department)}:{p.confirmedOn ? `已确认(${p.personnel}人次)` : '未确认'}
          </div>
        )),
    },
    ...(partner || district
      ? [
          {
            title: '操作',
            key: 'a',
            render: (_: unknown, row: Row) =>
              partner ? (
                <ConfirmOperationButton operation={row} onChanged={reload} />
              ) : (
                <OperationProgressButton operation={row} onChanged={reload} />
              ),
          },
        ]
      : []),
  ];
  return (
    <DataTable<Row>
      aria-label="联合执法"
      columns={columns}
      data={data?.jointOperations}
      loading={fetching}
      error={error}
      onRetry={reload}
      pagination={pagination}
      toolbar={district && <NewOperationButton onCreated={reload} />}
    />
  );
}

export function OperationsPage() {
  return (
    <>
      <PageHeader title="联合执法" subTitle="会同公安、教育科技、农业农村等部门开展的联合执法行动" />
      <OperationTable />
    </>
  );
}
