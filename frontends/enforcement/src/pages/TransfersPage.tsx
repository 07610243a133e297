import { PageHeader, StatusTag, useT } from '@shian/ui-kit';
import type { TableColumnsType } from '@shian/antd';
import { ClockTag, remainingText } from '../components/Clocks';
import { exportCells, ListTable, tableCells, useIsPartner, useListPage } from '@shian/remote-kit';
import { TransferActions } from '../components/TransferActions';
import { graphql } from '../gql';
import type { TransferFilter, TransferListQuery } from '../gql/graphql';
import { DEPARTMENT, TRANSFER_KIND, TRANSFER_OUTCOME, TRANSFER_STATUS } from '../labels';

export const TransferListQueryDocument = graphql(`
  query TransferList($filter: TransferFilter, $first: Int, $after: String) {
    transfers(filter: $filter, first: $first, after: $after) {
      ...Paging
      nodes {
        id
        department
        kind
        transferredOn
        reason
        receivedBy
        outcomeNote
        partnerCaseNumber
        status
        receivedOn
        receiptNumber
        outcome
        answeredOn
        answerClock {
          status
          remaining
          period
        }
        case {
          id
          number
          title
          entity {
            ...EntityRef
          }
        }
      }
    }
  }
`);

type Row = NonNullable<TransferListQuery['transfers']>['nodes'][number];

const cell = exportCells<Row>();
const column = tableCells<Row>();

export const EXPORT_COLUMNS = [
  { title: '立案编号', value: (row: Row) => row.case.number ?? '', width: 26 },
  { title: '案件', value: (row: Row) => row.case.title, width: 40 },
  { title: '当事人', value: cell.name((row) => row.case.entity), width: 28 },
  { title: '接收部门', value: cell.label('department', DEPARTMENT), width: 14 },
  { title: '类型', value: cell.label('kind', TRANSFER_KIND), width: 16 },
  { title: '移送日期', value: cell.date('transferredOn'), width: 12 },
  { title: '移送理由', value: 'reason' as const, width: 40 },
  { title: '状态', value: cell.label('status', TRANSFER_STATUS), width: 10 },
  { title: '接收日期', value: cell.date('receivedOn'), width: 12 },
  { title: '回执编号', value: (row: Row) => row.receiptNumber ?? '', width: 24 },
  { title: '接收人', value: (row: Row) => row.receivedBy ?? '', width: 12 },
  { title: '处理结果', value: cell.label('outcome', TRANSFER_OUTCOME, ''), width: 16 },
  { title: '答复日期', value: cell.date('answeredOn'), width: 12 },
  { title: '处理情况', value: (row: Row) => row.outcomeNote ?? '', width: 40 },
  { title: '对方案件编号', value: (row: Row) => row.partnerCaseNumber ?? '', width: 24 },
];

/**
 * 移送 (行刑衔接 and 移送管辖): what was sent, to whom, and the receiving department's receipt and answer. A
 * partner sees only what was sent to it, and receives and answers here.
 */
export function TransferTable({ fixedStatus }: { fixedStatus?: TransferFilter['status'] }) {
  const t = useT();
  const partner = useIsPartner();
  const list = useListPage({
    query: TransferListQueryDocument,
    // A link may open the list already filtered (the dashboard's 移送起诉 figure: ?year=2024&kind=CRIMINAL). A
    // partner sees only what was sent to it: no department to choose.
    filters: [
      { year: true },
      ...(fixedStatus ? [] : [{ name: 'status', label: '移送状态', labels: TRANSFER_STATUS, width: 120 }]),
      ...(partner ? [] : [{ name: 'department', label: '接收部门', labels: DEPARTMENT, width: 150 }]),
      { name: 'kind', label: '移送类型', labels: TRANSFER_KIND, width: 160 },
    ],
    variables: (filter) => ({ filter: fixedStatus ? { ...filter, status: fixedStatus } : filter }),
    pick: (data) => data.transfers,
  });

  const columns: TableColumnsType<Row> = [
    {
      title: '案件',
      key: 'case',
      ...column.link(
        (row) => row.case.title,
        (row) => `/cases/${row.case.id}`,
      ),
    },
    { title: '当事人', key: 'entity', ...column.entity((row) => row.case.entity) },
    ...(partner ? [] : [{ title: '接收部门', ...column.tag('department', DEPARTMENT) }]),
    { title: '类型', ...column.tag('kind', TRANSFER_KIND) },
    { title: '移送日期', dataIndex: 'transferredOn' },
    { title: '状态', ...column.tag('status', TRANSFER_STATUS) },
    {
      title: '回执',
      key: 'receipt',
      render: (_, row) =>
        row.receiptNumber ? t('{{number}}({{date}})', { number: row.receiptNumber, date: row.receivedOn }) : '—',
    },
    {
      title: '处理结果',
      key: 'outcome',
      render: (_, row) =>
        row.outcome ? (
          <StatusTag value={row.outcome} map={TRANSFER_OUTCOME} />
        ) : row.answerClock ? (
          <ClockTag clock={row.answerClock}>
            {t('答复{{remaining}}', { remaining: remainingText(row.answerClock) })}
          </ClockTag>
        ) : (
          '—'
        ),
    },
    ...column.actions((row) => <TransferActions transfer={row} onChanged={list.reload} />, { when: partner }),
  ];

  return (
    <ListTable
      aria-label="移送列表"
      columns={columns}
      list={list}
      exportAs={{ columns: EXPORT_COLUMNS, filename: t('案件移送') }}
    />
  );
}

export function TransfersPage() {
  return (
    <>
      <PageHeader title="案件移送" subTitle="涉嫌犯罪移送公安机关(行刑衔接)与移送管辖,接收部门的回执与答复" />
      <TransferTable />
    </>
  );
}
