import { DownloadOutlined } from '@ant-design/icons';
import { fetchAllNodes, useClient, useQuery } from '@shian/graphql-client';
import {
  DataTable,
  useExcelExport,
  labelOf,
  optionsOf,
  PageHeader,
  StatusTag,
  useCursorPagination,
} from '@shian/ui-kit';
import { Button, Flex, Input, Select, Switch, type TableColumnsType, Typography } from '@shian/antd';
import { useState } from 'react';
import { Link, useSearchParams } from '@shian/router';
import { OverdueTag } from '../components/Clocks';
import { NewClueButton } from '../components/NewClueButton';
import { graphql } from '../gql';
import type { CaseFilter, CaseListQuery, CaseSource, CaseStatus, PartnerDepartment } from '../gql/graphql';
import { CASE_SOURCE, CASE_STATUS, DEPARTMENT, VIOLATION } from '../labels';
import { todayInChina, useCanWrite, useIsPartner, useModulePath } from '@shian/remote-kit';

export const CaseListQueryDocument = graphql(`
  query CaseList($filter: CaseFilter, $first: Int, $after: String) {
    cases(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
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
          id
          name
        }
        township {
          id
          name
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

const YEARS = Array.from({ length: new Date().getFullYear() - 2022 }, (_, i) => 2023 + i).reverse();

/** The filter as it stands in the URL, so going back keeps it. */
function filterFromParams(params: URLSearchParams): CaseFilter {
  const filter: CaseFilter = {};
  for (const key of ['search', 'status', 'source', 'violation'] as const) {
    const value = params.get(key)?.trim();
    if (value) (filter as Record<string, string>)[key] = value;
  }
  if (params.get('year')) filter.year = Number(params.get('year'));
  if (params.get('overdue') === '1') filter.overdue = true;
  return filter;
}

const EXPORT_COLUMNS = [
  { title: '立案编号', value: (row: Row) => row.number ?? '', width: 26 },
  { title: '案由', value: 'title' as const, width: 44 },
  { title: '当事人', value: (row: Row) => row.entity?.name ?? '', width: 28 },
  { title: '来源', value: (row: Row) => labelOf(CASE_SOURCE, row.source), width: 12 },
  { title: '状态', value: (row: Row) => labelOf(CASE_STATUS, row.status), width: 10 },
  { title: '受理日期', value: 'receivedOn' as const, width: 12 },
  { title: '立案日期', value: (row: Row) => row.filedOn ?? '', width: 12 },
  { title: '移送', value: (row: Row) => (row.transfer ? labelOf(DEPARTMENT, row.transfer.department) : ''), width: 14 },
  { title: '超期', value: (row: Row) => (row.overdue ? '是' : ''), width: 6 },
];

/** 案件: the list with filters and overdue flags; a partner sees here only the cases transferred to it. */
export function CasesPage() {
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const pagination = useCursorPagination(JSON.stringify(filter));
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CaseListQueryDocument,
    variables: { filter, ...pagination.variables },
  });
  const client = useClient();
  const to = useModulePath();
  const canWrite = useCanWrite();
  const partner = useIsPartner();
  const { exporting, exportRows } = useExcelExport();
  const [searchText, setSearchText] = useState(params.get('search') ?? '');

  const setFilter = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const exportAll = () =>
    exportRows(
      () => fetchAllNodes(client, CaseListQueryDocument, { filter }, (d) => d.cases),
      EXPORT_COLUMNS,
      `案件-${todayInChina()}`,
    );

  const columns: TableColumnsType<Row> = [
    {
      title: '立案编号',
      dataIndex: 'number',
      render: (n?: string | null) => n ?? <Typography.Text type="secondary">(线索)</Typography.Text>,
    },
    {
      title: '案由',
      dataIndex: 'title',
      render: (title: string, row) => (
        <Flex gap={4} align="center">
          <Link to={to(`/cases/${row.id}`)}>{title}</Link>
          <OverdueTag overdue={row.overdue} />
        </Flex>
      ),
    },
    { title: '当事人', key: 'entity', render: (_, row) => row.entity?.name ?? row.entity?.id ?? '—' },
    { title: '乡镇(街道)', key: 'township', render: (_, row) => row.township?.name ?? '—' },
    { title: '来源', dataIndex: 'source', render: (v: CaseSource) => <StatusTag value={v} map={CASE_SOURCE} /> },
    { title: '状态', dataIndex: 'status', render: (v: CaseStatus) => <StatusTag value={v} map={CASE_STATUS} /> },
    { title: '受理日期', dataIndex: 'receivedOn' },
    {
      title: '移送',
      key: 'transfer',
      render: (_, row) =>
        row.transfer ? <StatusTag value={row.transfer.department as PartnerDepartment} map={DEPARTMENT} /> : '—',
    },
  ];

  const toolbar = (
    <Flex wrap gap={8} justify="space-between">
      <Flex wrap gap={8} align="center">
        <Input.Search
          allowClear
          aria-label="搜索"
          placeholder="搜索案由或立案编号"
          value={searchText}
          onChange={(e) => setSearchText(e.target.value)}
          onSearch={(v) => setFilter('search', v.trim() || undefined)}
          style={{ width: 240 }}
        />
        <div data-filter="year">
          <Select
            allowClear
            virtual={false}
            aria-label="年度"
            placeholder="年度"
            options={YEARS.map((y) => ({ value: String(y), label: `${y}年` }))}
            value={params.get('year') ?? undefined}
            onChange={(v?: string) => setFilter('year', v)}
            style={{ width: 100 }}
          />
        </div>
        <div data-filter="status">
          <Select
            allowClear
            virtual={false}
            aria-label="状态"
            placeholder="状态"
            options={optionsOf(CASE_STATUS)}
            value={filter.status ?? undefined}
            onChange={(v?: string) => setFilter('status', v)}
            style={{ width: 120 }}
          />
        </div>
        {!partner && (
          <>
            <div data-filter="source">
              <Select
                allowClear
                virtual={false}
                aria-label="来源"
                placeholder="来源"
                options={optionsOf(CASE_SOURCE)}
                value={filter.source ?? undefined}
                onChange={(v?: string) => setFilter('source', v)}
                style={{ width: 130 }}
              />
            </div>
            <div data-filter="violation">
              <Select
                allowClear
                virtual={false}
                aria-label="违法行为"
                placeholder="违法行为"
                options={optionsOf(VIOLATION)}
                value={filter.violation ?? undefined}
                onChange={(v?: string) => setFilter('violation', v)}
                style={{ width: 220 }}
                popupMatchSelectWidth={false}
              />
            </div>
          </>
        )}
        <Flex gap={4} align="center">
          <Switch
            size="small"
            aria-label="只看超期"
            checked={filter.overdue === true}
            onChange={(on) => setFilter('overdue', on ? '1' : undefined)}
          />
          <Typography.Text>只看超期</Typography.Text>
        </Flex>
      </Flex>
      <Flex gap={8}>
        <Button icon={<DownloadOutlined />} loading={exporting} disabled={!data?.cases?.totalCount} onClick={exportAll}>
          导出Excel
        </Button>
        {canWrite && <NewClueButton />}
      </Flex>
    </Flex>
  );

  return (
    <>
      <PageHeader
        title={partner ? '移送本单位的案件' : '案件'}
        subTitle={partner ? '只显示移送给本单位的案件' : '线索、立案、调查、处罚、执行、结案,法定时限超期的标红'}
      />
      <DataTable<Row>
        aria-label="案件列表"
        columns={columns}
        data={data?.cases}
        loading={fetching}
        error={error}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        pagination={pagination}
        toolbar={toolbar}
      />
    </>
  );
}
