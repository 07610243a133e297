import type { ListPage } from '@shian/remote-kit';
import { exportCells, filterParams, ListTable, SelectFilter, tableCells } from '@shian/remote-kit';
import { useT } from '@shian/ui-kit';
import type { TableColumnsType } from '@shian/antd';
import { graphql } from '../gql';
import type { OpinionEventFilter, OpinionEventListQuery, OpinionEventListQueryVariables } from '../gql/graphql';
import { SEVERITY, STAGE } from '../labels';

export const OpinionEventListDocument = graphql(`
  query OpinionEventList($filter: OpinionEventFilter, $first: Int, $after: String) {
    opinionEvents(filter: $filter, first: $first, after: $after) {
      ...Paging
      nodes {
        ...OpinionEventSummary
        escalatedTo
        closedAt
        township {
          ...TownshipRef
        }
      }
    }
  }
`);

type Row = NonNullable<OpinionEventListQuery['opinionEvents']>['nodes'][number];

export type OpinionList = ListPage<OpinionEventListQuery, OpinionEventListQueryVariables, OpinionEventFilter, Row>;

/** The opinion pages' filter in the URL: year and search narrow the board too, stage and severity only the list. */
export const opinionFilter = (params: URLSearchParams) =>
  filterParams<OpinionEventFilter>(params, ['year', 'search', 'status', 'severity']);

const cell = exportCells<Row>();

const EXPORT_COLUMNS = [
  { title: '舆情标题', value: 'title' as const, width: 40 },
  { title: '舆情等级', value: cell.label('severity', SEVERITY), width: 10 },
  { title: '处置阶段', value: cell.label('status', STAGE), width: 10 },
  { title: '发现平台', value: 'platform' as const, width: 14 },
  { title: '发现时间', value: cell.dateTime('detectedAt'), width: 18 },
  { title: '涉及主体', value: cell.name('entity'), width: 30 },
  { title: '乡镇(街道)', value: cell.name('township'), width: 12 },
  { title: '升级上报单位', value: (row: Row) => row.escalatedTo ?? '', width: 24 },
  { title: '办结时间', value: cell.dateTime('closedAt'), width: 18 },
];

/** 舆情列表: every event of the filter, paged, with the list's own filters and its export. */
export function OpinionEventList({ list }: { list: OpinionList }) {
  const t = useT();
  const column = tableCells<Row>();
  const columns: TableColumnsType<Row> = [
    { title: '舆情标题', ...column.link('title', (row) => `/opinions/${row.id}`) },
    { title: '舆情等级', ...column.tag('severity', SEVERITY) },
    { title: '处置阶段', ...column.tag('status', STAGE) },
    { title: '发现平台', dataIndex: 'platform' },
    { title: '发现时间', ...column.dateTime('detectedAt') },
    { title: '涉及主体', ...column.name('entity') },
  ];
  return (
    <ListTable
      aria-label={t('舆情列表')}
      list={list}
      columns={columns}
      exportAs={{ columns: EXPORT_COLUMNS, filename: '舆情处置' }}
      filters={
        <>
          <SelectFilter list={list} name="status" label="处置阶段" labels={STAGE} width={120} />
          <SelectFilter list={list} name="severity" label="舆情等级" labels={SEVERITY} width={110} />
        </>
      }
    />
  );
}
