import { PageHeader, useT } from '@shian/ui-kit';
import type { TableColumnsType } from '@shian/antd';
import { exportCells, ListTable, NewRecordButton, tableCells, useListPage } from '@shian/remote-kit';
import { graphql } from '../gql';
import type { RandomDrawListQuery } from '../gql/graphql';
import { DRAW_STATUS } from '../labels';

const RandomDrawListDocument = graphql(`
  query RandomDrawList($filter: RandomDrawFilter, $first: Int, $after: String) {
    randomDraws(filter: $filter, first: $first, after: $after) {
      ...Paging
      nodes {
        id
        title
        drawnOn
        status
        publishedOn
        populationCriteria
        populationSize
        entityCount
        inspectedCount
      }
    }
  }
`);

type Row = NonNullable<RandomDrawListQuery['randomDraws']>['nodes'][number];

const cell = exportCells<Row>();
const column = tableCells<Row>();

export const EXPORT_COLUMNS = [
  { title: '抽查任务', value: 'title' as const, width: 40 },
  { title: '抽取日期', value: cell.date('drawnOn'), width: 12 },
  { title: '检查对象范围', value: 'populationCriteria' as const, width: 36 },
  { title: '名录户数', value: 'populationSize' as const, width: 10 },
  { title: '抽取户数', value: 'entityCount' as const, width: 10 },
  { title: '已检查', value: 'inspectedCount' as const, width: 8 },
  { title: '状态', value: cell.label('status', DRAW_STATUS), width: 10 },
  { title: '公示日期', value: cell.date('publishedOn'), width: 12 },
];

/** 双随机抽查: every draw, how many were drawn and inspected, whether it is published. */
export function DrawsPage() {
  const t = useT();
  const list = useListPage({
    query: RandomDrawListDocument,
    filters: [{ year: true }, { name: 'status', label: '状态', labels: DRAW_STATUS, width: 110 }],
    pick: (data) => data.randomDraws,
  });
  const columns: TableColumnsType<Row> = [
    { title: '抽查任务', ...column.link('title', (row) => `/draws/${row.id}`) },
    { title: '抽取日期', dataIndex: 'drawnOn' },
    { title: '检查对象范围', dataIndex: 'populationCriteria' },
    { title: '抽取 / 名录', key: 'n', render: (_, row) => `${row.entityCount} / ${row.populationSize}` },
    { title: '已检查', dataIndex: 'inspectedCount' },
    { title: '状态', ...column.tag('status', DRAW_STATUS) },
    { title: '公示日期', ...column.date('publishedOn') },
  ];
  return (
    <>
      <PageHeader title="双随机抽查" subTitle="随机抽取检查对象、随机选派执法检查人员,抽查情况及查处结果及时公开" />
      <ListTable
        aria-label="双随机抽查"
        columns={columns}
        list={list}
        exportAs={{ columns: EXPORT_COLUMNS }}
        actions={
          <NewRecordButton district to="/draws/new">
            {t('新建抽取')}
          </NewRecordButton>
        }
      />
    </>
  );
}
