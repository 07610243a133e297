import { labelOf, PageHeader, t, useT } from '@shian/ui-kit';
import { type TableColumnsType, Tag } from '@shian/antd';
import {
  exportCells,
  labelList,
  ListTable,
  tableCells,
  useCanWriteDistrict,
  useIsPartner,
  useListPage,
} from '@shian/remote-kit';
import { ConfirmOperationButton, NewOperationButton, OperationProgressButton } from '../components/OperationDialogs';
import { graphql } from '../gql';
import type { JointOperationListQuery } from '../gql/graphql';
import { DEPARTMENT, OPERATION_STATUS } from '../labels';

export const JointOperationListQueryDocument = graphql(`
  query JointOperationList($filter: JointOperationFilter, $first: Int, $after: String) {
    jointOperations(filter: $filter, first: $first, after: $after) {
      ...Paging
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

// Also an export cell, built outside a render: the language of the screen at the time (as labelOf).
const confirmation = (p: Row['participants'][number]) =>
  p.confirmedOn
    ? t('{{department}}:已确认({{personnel}}人次)', {
        department: labelOf(DEPARTMENT, p.department),
        personnel: p.personnel,
      })
    : t('{{department}}:未确认', { department: labelOf(DEPARTMENT, p.department) });

const cell = exportCells<Row>();
const column = tableCells<Row>();

export const EXPORT_COLUMNS = [
  { title: '行动名称', value: 'title' as const, width: 36 },
  { title: '开始日期', value: cell.date('startsOn'), width: 12 },
  { title: '结束日期', value: cell.date('endsOn'), width: 12 },
  {
    title: '参加部门',
    value: (row: Row) => labelList(DEPARTMENT, row.departments, ''),
    width: 30,
  },
  { title: '检查范围', value: 'scope' as const, width: 40 },
  { title: '状态', value: cell.label('status', OPERATION_STATUS), width: 10 },
  { title: '检查主体(户次)', value: 'entitiesInspected' as const, width: 14 },
  { title: '发现问题(个)', value: 'problemsFound' as const, width: 12 },
  { title: '确认情况', value: (row: Row) => row.participants.map(confirmation).join('\n'), width: 36 },
  { title: '行动总结', value: (row: Row) => row.summary ?? '', width: 60 },
];

/** 联合执法: the bureau's operations with partner departments; a partner sees and confirms those it takes part in. */
export function OperationTable() {
  const t = useT();
  const partner = useIsPartner();
  const district = useCanWriteDistrict();
  const list = useListPage({
    query: JointOperationListQueryDocument,
    filters: [
      { year: true },
      { name: 'status', label: '状态', labels: OPERATION_STATUS, width: 110 },
      ...(partner ? [] : [{ name: 'department', label: '参加部门', labels: DEPARTMENT, width: 150 }]),
    ],
    pick: (data) => data.jointOperations,
  });
  const columns: TableColumnsType<Row> = [
    { title: '行动', dataIndex: 'title' },
    { title: '时间', key: 'when', render: (_, row) => t('{{from}} 至 {{to}}', { from: row.startsOn, to: row.endsOn }) },
    {
      title: '参加部门',
      dataIndex: 'departments',
      render: (ds: Row['departments']) => ds.map((d) => <Tag key={d}>{labelOf(DEPARTMENT, d)}</Tag>),
    },
    { title: '范围', dataIndex: 'scope' },
    { title: '状态', ...column.tag('status', OPERATION_STATUS) },
    {
      title: '成效',
      key: 'results',
      render: (_, row) =>
        t('检查{{entities}}户次,发现问题{{problems}}个', {
          entities: row.entitiesInspected,
          problems: row.problemsFound,
        }),
    },
    {
      title: partner ? '本部门' : '确认情况',
      key: 'participants',
      render: (_, row) => row.participants.map((p) => <div key={p.id}>{confirmation(p)}</div>),
    },
    ...column.actions(
      (row) =>
        partner ? (
          <ConfirmOperationButton operation={row} onChanged={list.reload} />
        ) : (
          <OperationProgressButton operation={row} onChanged={list.reload} />
        ),
      { when: partner || district },
    ),
  ];
  return (
    <ListTable
      aria-label="联合执法"
      columns={columns}
      list={list}
      exportAs={{ columns: EXPORT_COLUMNS }}
      actions={<NewOperationButton onCreated={list.reload} />}
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
