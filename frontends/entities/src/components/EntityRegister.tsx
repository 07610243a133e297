import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { fetchAllNodes, useClient, useQuery } from '@shian/graphql-client';
import { DataTable, useExcelExport, labelOf, optionsOf, StatusTag, useCursorPagination } from '@shian/ui-kit';
import { Button, Flex, Input, Select, type TableColumnsType } from '@shian/antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from '@shian/router';
import { graphql } from '../gql';
import type { EntityCategory, EntityFilter, EntityRegisterQuery, EntityStatus, RiskGrade } from '../gql/graphql';
import { CATEGORY, GRADE, STATUS } from '../labels';
import { todayInChina, useCanWrite, useModulePath, useTownshipOptions } from '@shian/remote-kit';

export const EntityRegisterQueryDocument = graphql(`
  query EntityRegister($filter: EntityFilter, $first: Int, $after: String) {
    entities(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...EntityRecordFields
        riskGrade
      }
    }
  }
`);

type Row = NonNullable<EntityRegisterQuery['entities']>['nodes'][number];

const FILTER_KEYS = ['search', 'townshipId', 'category', 'riskGrade', 'status'] as const;

/** The filter as it stands in the URL (`?search=…&riskGrade=B`), so going back keeps it. */
export function filterFromParams(params: URLSearchParams, fixedTownshipId?: string): EntityFilter {
  const filter: EntityFilter = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) (filter as Record<string, string>)[key] = value;
  }
  if (fixedTownshipId) filter.townshipId = fixedTownshipId;
  return filter;
}

export const EXPORT_COLUMNS = [
  { title: '名称', value: 'name' as const, width: 36 },
  { title: '统一社会信用代码', value: 'creditCode' as const, width: 22 },
  { title: '类别', value: (row: Row) => labelOf(CATEGORY, row.category), width: 14 },
  { title: '乡镇(街道)', value: (row: Row) => row.township.name, width: 14 },
  { title: '风险等级', value: (row: Row) => labelOf(GRADE, row.riskGrade, '未评级'), width: 10 },
  { title: '状态', value: (row: Row) => labelOf(STATUS, row.status), width: 8 },
  { title: '地址', value: 'address' as const, width: 40 },
  { title: '法定代表人', value: 'legalRepresentative' as const, width: 12 },
  { title: '联系电话', value: (row: Row) => row.phone ?? '', width: 16 },
];

/** The register: search, filters, server-side pages, export of the whole filtered list. */
export function EntityRegister({ fixedTownshipId }: { fixedTownshipId?: string }) {
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params, fixedTownshipId);
  const pagination = useCursorPagination(JSON.stringify(filter));
  const [{ data, fetching, error }, refetch] = useQuery({
    query: EntityRegisterQueryDocument,
    variables: { filter, ...pagination.variables },
  });
  const client = useClient();
  const to = useModulePath();
  const navigate = useNavigate();
  const canWrite = useCanWrite();
  const townships = useTownshipOptions();
  const { exporting, exportRows } = useExcelExport();
  const [searchText, setSearchText] = useState(params.get('search') ?? '');

  const setFilter = (key: (typeof FILTER_KEYS)[number], value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const exportAll = () =>
    exportRows(
      () => fetchAllNodes(client, EntityRegisterQueryDocument, { filter }, (d) => d.entities),
      EXPORT_COLUMNS,
      `主体名录-${todayInChina()}`,
    );

  const columns: TableColumnsType<Row> = [
    { title: '名称', dataIndex: 'name', render: (name: string, row) => <Link to={to(`/${row.id}`)}>{name}</Link> },
    { title: '统一社会信用代码', dataIndex: 'creditCode' },
    { title: '类别', dataIndex: 'category', render: (value: EntityCategory) => labelOf(CATEGORY, value) },
    { title: '乡镇(街道)', key: 'township', render: (_, row) => row.township.name },
    {
      title: '风险等级',
      dataIndex: 'riskGrade',
      render: (value: RiskGrade | null) => <StatusTag value={value} map={GRADE} empty="未评级" />,
    },
    { title: '状态', dataIndex: 'status', render: (value: EntityStatus) => <StatusTag value={value} map={STATUS} /> },
    { title: '法定代表人', dataIndex: 'legalRepresentative' },
  ];

  // The filter selects are short lists: rendered whole (virtual={false}), every option is a real, visible
  // element that a screen reader or a browser test finds by its label.
  const toolbar = (
    <Flex wrap gap={8} justify="space-between">
      <Flex wrap gap={8}>
        <Input.Search
          allowClear
          placeholder="搜索名称、统一社会信用代码或地址"
          aria-label="搜索"
          value={searchText}
          onChange={(e) => setSearchText(e.target.value)}
          onSearch={(value) => setFilter('search', value.trim() || undefined)}
          style={{ width: 300 }}
        />
        {!fixedTownshipId && (
          <div data-filter="townshipId">
            <Select
              allowClear
              virtual={false}
              showSearch={{ optionFilterProp: 'label' }}
              aria-label="乡镇(街道)"
              placeholder="乡镇(街道)"
              loading={townships.loading}
              options={townships.options}
              value={filter.townshipId ? String(filter.townshipId) : undefined}
              onChange={(value?: string) => setFilter('townshipId', value)}
              style={{ width: 160 }}
            />
          </div>
        )}
        <div data-filter="category">
          <Select
            allowClear
            virtual={false}
            aria-label="类别"
            placeholder="类别"
            options={optionsOf(CATEGORY)}
            value={filter.category ?? undefined}
            onChange={(value?: string) => setFilter('category', value)}
            style={{ width: 150 }}
          />
        </div>
        <div data-filter="riskGrade">
          <Select
            allowClear
            virtual={false}
            aria-label="风险等级"
            placeholder="风险等级"
            options={optionsOf(GRADE)}
            value={filter.riskGrade ?? undefined}
            onChange={(value?: string) => setFilter('riskGrade', value)}
            style={{ width: 120 }}
          />
        </div>
        <div data-filter="status">
          <Select
            allowClear
            virtual={false}
            aria-label="状态"
            placeholder="状态"
            options={optionsOf(STATUS)}
            value={filter.status ?? undefined}
            onChange={(value?: string) => setFilter('status', value)}
            style={{ width: 110 }}
          />
        </div>
      </Flex>
      <Flex gap={8}>
        <Button
          icon={<DownloadOutlined />}
          loading={exporting}
          disabled={!data?.entities?.totalCount}
          onClick={exportAll}
        >
          导出Excel
        </Button>
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate(to('/new'))}>
            新增主体
          </Button>
        )}
      </Flex>
    </Flex>
  );

  return (
    <DataTable<Row>
      aria-label="主体名录"
      columns={columns}
      data={data?.entities}
      loading={fetching}
      error={error}
      onRetry={() => refetch({ requestPolicy: 'network-only' })}
      pagination={pagination}
      toolbar={toolbar}
    />
  );
}
