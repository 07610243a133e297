import { useQuery } from '@shian/graphql-client';
import { DataTable, optionsOf, PageHeader, StatusTag, useCursorPagination } from '@shian/ui-kit';
import { Flex, Select, type TableColumnsType, Tag } from '@shian/antd';
import { useState } from 'react';
import { useSearchParams } from '@shian/router';
import { graphql } from '../gql';
import type { CampaignFilter, CampaignKind, CampaignListQuery } from '../gql/graphql';
import { CAMPAIGN_KIND } from '../labels';
import { NewCampaignButton } from '../components/NewCampaignButton';
import { useCanWriteDistrict } from '@shian/remote-kit';

const CampaignListDocument = graphql(`
  query CampaignList($filter: CampaignFilter, $first: Int, $after: String) {
    campaigns(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
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

/** 专项: the enforcement campaigns (春雷, 铁拳, 三小, 强基) and the year's special rectifications. */
export function CampaignsPage() {
  const [params] = useSearchParams();
  // A link may open the list already filtered (the dashboard's 专项治理 figure: ?year=2024&kind=RECTIFICATION).
  const [filter, setFilter] = useState<CampaignFilter>(() => ({
    ...(Number(params.get('year')) ? { year: Number(params.get('year')) } : {}),
    ...(params.get('kind') && params.get('kind')! in CAMPAIGN_KIND ? { kind: params.get('kind') as CampaignKind } : {}),
  }));
  const pagination = useCursorPagination(JSON.stringify(filter));
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CampaignListDocument,
    variables: { filter, ...pagination.variables },
  });
  const district = useCanWriteDistrict();
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const columns: TableColumnsType<Row> = [
    { title: '名称', dataIndex: 'name' },
    { title: '类型', dataIndex: 'kind', render: (k: CampaignKind) => <StatusTag value={k} map={CAMPAIGN_KIND} /> },
    { title: '时间', key: 'when', render: (_, row) => `${row.startsOn} 至 ${row.endsOn}` },
    { title: '牵头科室', dataIndex: 'lead' },
    { title: '重点内容', dataIndex: 'focus' },
  ];
  const toolbar = (
    <Flex wrap gap={8} justify="space-between">
      <Flex wrap gap={8}>
        {filter.year && (
          <Tag closable onClose={() => setFilter({ ...filter, year: undefined })}>
            {filter.year}年
          </Tag>
        )}
        <div data-filter="kind">
          <Select
            allowClear
            virtual={false}
            aria-label="专项类型"
            placeholder="类型"
            options={optionsOf(CAMPAIGN_KIND)}
            value={filter.kind ?? undefined}
            onChange={(kind) => setFilter({ ...filter, kind })}
            style={{ width: 150 }}
          />
        </div>
      </Flex>
      {district && <NewCampaignButton onCreated={reload} />}
    </Flex>
  );
  return (
    <>
      <PageHeader title="专项行动与专项治理" subTitle="春雷、铁拳、三小、强基等专项执法行动,以及年度专项治理" />
      <DataTable<Row>
        aria-label="专项"
        columns={columns}
        data={data?.campaigns}
        loading={fetching}
        error={error}
        onRetry={reload}
        pagination={pagination}
        toolbar={toolbar}
      />
    </>
  );
}
