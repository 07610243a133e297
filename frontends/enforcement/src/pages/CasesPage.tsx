import { PageHeader, StatusTag, t, useT } from '@shian/ui-kit';
import { Flex, type TableColumnsType, Typography } from '@shian/antd';
import { OverdueTag } from '../components/Clocks';
import { exportCells, ListTable, ModuleLink, tableCells, useIsPartner, useListPage } from '@shian/remote-kit';
import { NewClueButton } from '../components/NewClueButton';
import { graphql } from '../gql';
import type { CaseListQuery, PartnerDepartment } from '../gql/graphql';
import { CASE_SOURCE, CASE_STATUS, DEPARTMENT, VIOLATION } from '../labels';

export const CaseListQueryDocument = graphql(`
  query CaseList($filter: CaseFilter, $first: Int, $after: String) {
    cases(filter: $filter, first: $first, after: $after) {
      ...Paging
      nodes {
        id
        number
        title
        status
        source
        receivedOn
        filedOn
        overdue
        entity {
          ...EntityRef
        }
        township {
          ...TownshipRef
        }
        transfer {
          department
          status
        }
      }
    }
  }
`);

type Row = NonNullable<CaseListQuery['cases']>['nodes'][number];

const cell = exportCells<Row>();
const column = tableCells<Row>();

const EXPORT_COLUMNS = [
  { title: '立案编号', value: (row: Row) => row.number ?? '', width: 26 },
  { title: '案由', value: 'title' as const, width: 44 },
  { title: '当事人', value: cell.name('entity'), width: 28 },
  { title: '乡镇(街道)', value: cell.name('township'), width: 14 },
  { title: '来源', value: cell.label('source', CASE_SOURCE), width: 12 },
  { title: '状态', value: cell.label('status', CASE_STATUS), width: 10 },
  { title: '受理日期', value: cell.date('receivedOn'), width: 12 },
  { title: '立案日期', value: cell.date('filedOn'), width: 12 },
  { title: '移送', value: cell.label((row) => row.transfer?.department, DEPARTMENT, ''), width: 14 },
  { title: '超期', value: (row: Row) => (row.overdue ? t('是') : ''), width: 6 },
];

/** 案件: the list with filters (in the address) and overdue flags; a partner sees here only the cases transferred to it. */
export function CasesPage() {
  const t = useT();
  const partner = useIsPartner();
  const list = useListPage({
    query: CaseListQueryDocument,
    // A partner sees only the cases transferred to it: no source or violation to narrow them by.
    filters: [
      { search: '搜索案由或立案编号' },
      { year: true },
      { name: 'status', label: '状态', labels: CASE_STATUS, width: 120 },
      ...(partner
        ? []
        : [
            { name: 'source', label: '来源', labels: CASE_SOURCE, width: 130 },
            { name: 'violation', label: '违法行为', labels: VIOLATION, width: 220 },
          ]),
      { flag: 'overdue', label: '只看超期' },
    ],
    pick: (data) => data.cases,
  });

  const columns: TableColumnsType<Row> = [
    {
      title: '立案编号',
      dataIndex: 'number',
      render: (n?: string | null) => n ?? <Typography.Text type="secondary">{t('(线索)')}</Typography.Text>,
    },
    {
      title: '案由',
      dataIndex: 'title',
      render: (title: string, row) => (
        <Flex gap={4} align="center">
          <ModuleLink to={`/cases/${row.id}`}>{title}</ModuleLink>
          <OverdueTag overdue={row.overdue} />
        </Flex>
      ),
    },
    { title: '当事人', ...column.entity('entity') },
    { title: '乡镇(街道)', ...column.name('township') },
    { title: '来源', ...column.tag('source', CASE_SOURCE) },
    { title: '状态', ...column.tag('status', CASE_STATUS) },
    { title: '受理日期', dataIndex: 'receivedOn' },
    {
      title: '移送',
      key: 'transfer',
      render: (_, row) =>
        row.transfer ? <StatusTag value={row.transfer.department as PartnerDepartment} map={DEPARTMENT} /> : '—',
    },
  ];

  return (
    <>
      <PageHeader
        title={partner ? '移送本单位的案件' : '案件'}
        subTitle={partner ? '只显示移送给本单位的案件' : '线索、立案、调查、处罚、执行、结案,法定时限超期的标红'}
      />
      <ListTable
        aria-label="案件列表"
        columns={columns}
        list={list}
        exportAs={{ columns: EXPORT_COLUMNS, filename: t('案件') }}
        actions={<NewClueButton />}
      />
    </>
  );
}
