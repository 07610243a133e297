import { PageHeader, useT } from '@shian/ui-kit';
import type { TableColumnsType } from '@shian/antd';
import { exportCells, ListTable, tableCells, useListPage } from '@shian/remote-kit';
import { NewCampaignButton } from '../components/NewCampaignButton';
import { graphql } from '../gql';
import type { CampaignListQuery } from '../gql/graphql';
import { CAMPAIGN_KIND } from '../labels';

const CampaignListDocument = graphql(`
  query CampaignList($filter: CampaignFilter, $first: Int, $after: String) {
    campaigns(filter: $filter, first: $first, after: $after) {
      ...Paging
      nodes {
        id
        name
        kind
        year
        startsOn
        endsOn
        lead
        focus
      }
    }
  }
`);

type Row = NonNullable<CampaignListQuery['campaigns']>['nodes'][number];

const cell = exportCells<Row>();
const column = tableCells<Row>();

export const EXPORT_COLUMNS = [
  { title: '名称', value: 'name' as const, width: 36 },
  { title: '类型', value: cell.label('kind', CAMPAIGN_KIND), width: 14 },
  { title: '年度', value: 'year' as const, width: 8 },
  { title: '开始日期', value: cell.date('startsOn'), width: 12 },
  { title: '结束日期', value: cell.date('endsOn'), width: 12 },
  { title: '牵头科室', value: 'lead' as const, width: 16 },
  { title: '重点内容', value: 'focus' as const, width: 60 },
];

/** 专项: the enforcement campaigns (春雷, 铁拳, 三小, 强基) and the year's special rectifications. */
export function CampaignsPage() {
  const t = useT();
  const list = useListPage({
    query: CampaignListDocument,
    // A link may open the list already filtered (the dashboard's 专项治理 figure: ?year=2024&kind=RECTIFICATION).
    filters: [{ year: true }, { name: 'kind', label: '专项类型', labels: CAMPAIGN_KIND, width: 150 }],
    pick: (data) => data.campaigns,
  });
  const columns: TableColumnsType<Row> = [
    { title: '名称', dataIndex: 'name' },
    { title: '类型', ...column.tag('kind', CAMPAIGN_KIND) },
    { title: '时间', key: 'when', render: (_, row) => t('{{from}} 至 {{to}}', { from: row.startsOn, to: row.endsOn }) },
    { title: '牵头科室', dataIndex: 'lead' },
    { title: '重点内容', dataIndex: 'focus' },
  ];
  return (
    <>
      <PageHeader title="专项行动与专项治理" subTitle="春雷、铁拳、三小、强基等专项执法行动,以及年度专项治理" />
      <ListTable
        aria-label="专项"
        columns={columns}
        list={list}
        exportAs={{ columns: EXPORT_COLUMNS, filename: t('专项行动') }}
        actions={<NewCampaignButton onCreated={list.reload} />}
      />
    </>
  );
}
