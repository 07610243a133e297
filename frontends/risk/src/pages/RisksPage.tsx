import { fetchAllNodes, useClient, useQuery } from '@shian/graphql-client';
import { ErrorPanel, labelOf, PageHeader, useT } from '@shian/ui-kit';
import { Card, Flex, Segmented, Skeleton, type TableColumnsType, Typography } from '@shian/antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from '@shian/router';
import { FORMER_KEYS, townshipYear } from '../components/filters';
import {
  exportCells,
  formatDateTime,
  ListFilters,
  ListTable,
  names,
  tableCells,
  useIsLeader,
  useListPage,
} from '@shian/remote-kit';
import { NewRiskButton } from '../components/RiskForm';
import { EditMatrixButton, MatrixGrid, MatrixLegend, RiskMatrixQuery } from '../components/RiskMatrix';
import { graphql } from '../gql';
import type { RiskFilter, RiskListQuery } from '../gql/graphql';
import { DEPARTMENT, RISK_CATEGORY, RISK_LEVEL, RISK_STATUS } from '../labels';

export const RiskListDocument = graphql(`
  query RiskList($filter: RiskFilter, $first: Int, $after: String) {
    risks(filter: $filter, first: $first, after: $after) {
      ...Paging
      nodes {
        id
        code
        title
        category
        likelihood
        severity
        level
        status
        ownerDepartment
        reviewDate
        townships {
          ...TownshipRef
        }
        owner {
          id
          name
        }
      }
    }
  }
`);

const RiskCellsQuery = graphql(`
  query RiskCells($filter: RiskFilter, $first: Int, $after: String) {
    risks(filter: $filter, first: $first, after: $after) {
      ...Paging
      nodes {
        id
        likelihood
        severity
      }
    }
  }
`);

type Row = RiskListQuery['risks']['nodes'][number];

const cell = exportCells<Row>();
const column = tableCells<Row>();

const EXPORT_COLUMNS = [
  { title: '编号', value: 'code' as const, width: 14 },
  { title: '风险名称', value: 'title' as const, width: 36 },
  { title: '类别', value: cell.label('category', RISK_CATEGORY), width: 12 },
  { title: '可能性', value: 'likelihood' as const, width: 8 },
  { title: '严重性', value: 'severity' as const, width: 8 },
  { title: '等级', value: cell.label('level', RISK_LEVEL), width: 10 },
  { title: '状态', value: cell.label('status', RISK_STATUS), width: 10 },
  { title: '涉及乡镇(街道)', value: (r: Row) => names(r.townships), width: 30 },
  { title: '责任部门', value: cell.label('ownerDepartment', DEPARTMENT), width: 20 },
  { title: '包保干部', value: cell.name('owner'), width: 10 },
  { title: '复核日期', value: (r: Row) => r.reviewDate ?? '', width: 12 },
];

/** 风险清单: the table (paged on the server) and the matrix, both under the same filters. */
export function RisksPage() {
  const t = useT();
  const [params] = useSearchParams();
  const view = params.get('view') === 'matrix' ? 'matrix' : 'table';
  // The matrix counts under the same filters and needs no page of the table.
  const list = useListPage({
    query: RiskListDocument,
    formerKeys: FORMER_KEYS,
    filters: [
      { search: '搜索风险名称、危害或编号' },
      ...townshipYear(),
      { name: 'category', label: '类别', labels: RISK_CATEGORY, width: 130 },
      { name: 'level', label: '等级', labels: RISK_LEVEL, width: 110 },
      { name: 'status', label: '状态', labels: RISK_STATUS, width: 110 },
    ],
    pick: (d) => d.risks,
    pause: view === 'matrix',
  });
  const columns: TableColumnsType<Row> = [
    { title: '编号', dataIndex: 'code' },
    { title: '风险名称', ...column.link('title', (r) => `/risks/${r.id}`) },
    { title: '类别', ...column.tag('category', RISK_CATEGORY) },
    { title: '可能性×严重性', key: 'ls', render: (_, r) => `${r.likelihood} × ${r.severity}` },
    { title: '等级', ...column.tag('level', RISK_LEVEL) },
    { title: '状态', ...column.tag('status', RISK_STATUS) },
    { title: '涉及乡镇(街道)', key: 'townships', render: (_, r) => names(r.townships) },
    { title: '责任部门', dataIndex: 'ownerDepartment', render: (d: string) => labelOf(DEPARTMENT, d) },
    { title: '复核日期', ...column.date('reviewDate') },
  ];

  const filters = (
    <>
      <ListFilters list={list} />
      <Segmented
        aria-label="视图"
        value={view}
        options={[
          { value: 'table', label: t('清单') },
          { value: 'matrix', label: t('矩阵') },
        ]}
        onChange={(v) => list.set('view', v === 'matrix' ? 'matrix' : undefined)}
      />
    </>
  );

  return (
    <>
      <PageHeader title="风险清单" subTitle="按可能性与严重性在风险矩阵上定级" />
      {view === 'matrix' ? (
        <Flex vertical gap={12}>
          <Flex wrap gap={8} align="center">
            {filters}
          </Flex>
          <MatrixView filter={list.filter} />
        </Flex>
      ) : (
        <ListTable
          list={list}
          aria-label={t('风险清单')}
          columns={columns}
          exportAs={{ columns: EXPORT_COLUMNS }}
          filters={filters}
          actions={<NewRiskButton />}
        />
      )}
    </>
  );
}

/** The matrix with the number of risks (under the filters) in each cell; leaders adjust it here. */
function MatrixView({ filter }: { filter: RiskFilter }) {
  const t = useT();
  const leader = useIsLeader();
  const client = useClient();
  const [{ data, fetching, error }, refetch] = useQuery({ query: RiskMatrixQuery });
  const [counts, setCounts] = useState<{ cells: number[][]; total: number } | { error: unknown } | null>(null);
  const key = JSON.stringify(filter);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the filter, serialised, is the key
  useEffect(() => {
    let live = true;
    setCounts(null);
    fetchAllNodes(client, RiskCellsQuery, { filter }, (d) => d.risks).then(
      (rows) => {
        if (!live) return;
        const cells = Array.from({ length: 5 }, () => Array<number>(5).fill(0));
        for (const r of rows) if (cells[r.likelihood - 1]) cells[r.likelihood - 1]![r.severity - 1]! += 1;
        setCounts({ cells, total: rows.length });
      },
      (e) => live && setCounts({ error: e }),
    );
    return () => {
      live = false;
    };
  }, [client, key]);

  if (error) return <ErrorPanel error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching || !data) return <Skeleton active />;
  const matrix = data.riskMatrix;
  return (
    <Card
      title={t('风险矩阵')}
      extra={leader && <EditMatrixButton matrix={matrix} onDone={() => refetch({ requestPolicy: 'network-only' })} />}
    >
      <Flex vertical gap={12}>
        {counts && 'error' in counts ? (
          <ErrorPanel compact error={counts.error} />
        ) : (
          <Typography.Text>
            {counts ? t('共 {{count}} 项风险', { count: counts.total }) : t('正在统计…')}
          </Typography.Text>
        )}
        <MatrixGrid matrix={matrix} counts={counts && 'cells' in counts ? counts.cells : []} />
        <MatrixLegend />
        {matrix.updatedAt && (
          <Typography.Text type="secondary">
            {t('矩阵最近调整于 {{date}}', { date: formatDateTime(matrix.updatedAt) })}
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
}
