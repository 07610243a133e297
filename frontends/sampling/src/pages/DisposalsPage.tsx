import { PageHeader, StatusTag, t, useT } from '@shian/ui-kit';
import { Segmented, type TableColumnsType } from '@shian/antd';
import {
  exportCells,
  filterParams,
  labelList,
  ListTable,
  SelectFilter,
  tableCells,
  TownshipFilter,
  useListPage,
  YearFilter,
} from '@shian/remote-kit';
import { ExtendDisposal } from '../components/ExtendDisposal';
import { graphql } from '../gql';
import type { DisposalBoardQuery, DisposalFilter } from '../gql/graphql';
import { ACTION, CLOCK_STATUS, FAILURE_KIND } from '../labels';

const DisposalBoardQueryDocument = graphql(`
  query DisposalBoard($filter: DisposalFilter, $first: Int, $after: String) {
    disposals(filter: $filter, first: $first, after: $after) {
      ...Paging
      nodes {
        id
        startedOn
        completedOn
        actions
        extended
        caseNumber
        clock {
          deadline
          remaining
          status
          paused
        }
        sample {
          id
          foodName
          number
          failureKind
          entity {
            ...EntityRef
            township {
              ...TownshipRef
            }
          }
        }
      }
    }
  }
`);

type Row = NonNullable<DisposalBoardQuery['disposals']>['nodes'][number];
const column = tableCells<Row>();
const cell = exportCells<Row>();

const STATES = [
  { value: 'open', label: '处置中' },
  { value: 'done', label: '已完成' },
  { value: 'all', label: '全部' },
];

/** The board's filter as the address holds it: open disposals unless `state=done` or `state=all`. */
export function disposalFilterFromParams(params: URLSearchParams): DisposalFilter {
  const filter: DisposalFilter = filterParams<DisposalFilter>(params, ['year', 'action', 'townshipId']);
  const state = params.get('state');
  if (state !== 'all') filter.open = state !== 'done';
  return filter;
}

// Called while rendering or exporting, so in the language of the moment.
const deadline = (row: Row) => {
  const on = row.clock?.deadline ?? t('暂停计时');
  return row.extended ? t('{{on}}(已延长)', { on }) : on;
};

export const DISPOSAL_EXPORT_COLUMNS = [
  { title: '抽样单编号', value: (row: Row) => row.sample.number, width: 20 },
  { title: '样品名称', value: (row: Row) => row.sample.foodName, width: 24 },
  { title: '被抽样单位', value: cell.name((row) => row.sample.entity), width: 32 },
  { title: '乡镇(街道)', value: cell.name((row) => row.sample.entity?.township), width: 12 },
  { title: '不合格类型', value: cell.label((row) => row.sample.failureKind, FAILURE_KIND, ''), width: 20 },
  { title: '处置措施', value: (row: Row) => labelList(ACTION, row.actions, ''), width: 16 },
  { title: '启动日期', value: 'startedOn' as const, width: 12 },
  { title: '处置期限', value: deadline, width: 20 },
  { title: '时限状态', value: cell.label((row) => row.clock?.status, CLOCK_STATUS, ''), width: 10 },
  { title: '完成日期', value: cell.date('completedOn'), width: 12 },
  { title: '案件编号', value: (row: Row) => row.caseNumber ?? '', width: 28 },
];

/** 不合格处置看板: open disposals first choice, their deadlines and clocks; filters in the address, export of them all. */
export function DisposalsPage() {
  const t = useT();
  const list = useListPage({
    query: DisposalBoardQueryDocument,
    filter: disposalFilterFromParams,
    pick: (data) => data.disposals,
  });

  const columns: TableColumnsType<Row> = [
    {
      title: '样品',
      key: 'sample',
      ...column.link(
        (row) => row.sample.foodName,
        (row) => `/${row.sample.id}`,
      ),
    },
    { title: '抽样单编号', key: 'number', render: (_, row) => row.sample.number },
    { title: '被抽样单位', key: 'entity', ...column.name((row) => row.sample.entity) },
    { title: '乡镇(街道)', key: 'township', ...column.name((row) => row.sample.entity?.township) },
    { title: '不合格类型', key: 'kind', ...column.label((row) => row.sample.failureKind, FAILURE_KIND) },
    {
      title: '措施',
      dataIndex: 'actions',
      render: (actions: Row['actions']) => actions.map((a) => <StatusTag key={a} value={a} map={ACTION} />),
    },
    { title: '启动', dataIndex: 'startedOn' },
    { title: '期限', key: 'deadline', render: (_, row) => deadline(row) },
    { title: '时限状态', key: 'clock', ...column.tag((row) => row.clock?.status, CLOCK_STATUS) },
    { title: '完成', ...column.date('completedOn') },
    { title: '案件编号', dataIndex: 'caseNumber', render: (value: string | null) => value ?? '—' },
    { title: '操作', key: 'extend', render: (_, row) => <ExtendDisposal disposal={row} onDone={list.reload} /> },
  ];

  return (
    <>
      <PageHeader title="不合格处置看板" subTitle="下架、召回、封存、立案;核查处置期限(复检期间暂停)" />
      <ListTable
        aria-label={t('不合格处置')}
        list={list}
        columns={columns}
        exportAs={{ columns: DISPOSAL_EXPORT_COLUMNS }}
        filters={
          <>
            <Segmented
              value={list.params.get('state') ?? 'open'}
              onChange={(value) => list.set('state', value === 'open' ? undefined : String(value))}
              options={STATES.map((o) => ({ ...o, label: t(o.label) }))}
            />
            <YearFilter list={list} />
            <SelectFilter list={list} name="action" label="处置措施" labels={ACTION} />
            <TownshipFilter list={list} />
          </>
        }
      />
    </>
  );
}
