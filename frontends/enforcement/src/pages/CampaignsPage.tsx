import { useQuery } from '@shian/graphql-client';
import { DataTable, optionsOf, PageHeader, StatusTag, useCursorPagination } from '@shian/ui-kit';
import { Select, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { graphql } from '../gql';
import type { CampaignFilter, CampaignKind, CampaignListQuery } from '../gql/graphql';
import { CAMPAIGN_KIND } from '../labels';

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

type Row = CampaignListQuery['campaigns']['nodes'][number];

/** 专项: the enforcement campaigns (春雷, 铁拳, 三小, 强基) and the year's special rectifications. */
export function CampaignsPage() {
  const [filter, setFilter] = useState<CampaignFilter>({});
  const pagination = useCursorPagination(JSON.stringify(filter));
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CampaignListDocument,
    variables: { filter, ...pagination.variables },
  });
  const columns: TableColumnsType<Row> = [
    { title: '名称', dataIndex: 'name' },
    { title: '类型', dataIndex: 'kind', render: (k: CampaignKind) => <StatusTag value={k} map={CAMPAIGN_KIND} /> },
    { title: '时间', key: 'when', render: (_, row) => `${row.startsOn} 至 ${row.endsOn}` },
    { title: '牵头科室', dataIndex: 'lead' },
    { title: '重点内容', dataIndex: 'focus' },
  ];
  const toolbar = (
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
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        pagination={pagination}
        toolbar={toolbar}
      />
    </>
  );
}
