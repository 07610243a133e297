import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { fetchAllNodes, useClient, useQuery } from '@shian/graphql-client';
import {
  DataTable,
  useExcelExport,
  labelOf,
  optionsOf,
  PageHeader,
  StatusTag,
  useCursorPagination,
  YearSelect,
} from '@shian/ui-kit';
import { Button, Card, Col, Flex, Input, Row, Select, Statistic, type TableColumnsType } from '@shian/antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from '@shian/router';
import { formatDate, todayInChina, useCanWrite, useModulePath } from '@shian/remote-kit';
import { graphql } from '../gql';
import type {
  TrainingAudience,
  TrainingKind,
  TrainingMode,
  TrainingSessionFilter,
  TrainingSessionListQuery,
} from '../gql/graphql';
import { AUDIENCE, KIND, MODE } from '../labels';

export const TrainingSessionListDocument = graphql(`
  query TrainingSessionList($filter: TrainingSessionFilter, $first: Int, $after: String) {
    trainingSessions(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        audience
        heldOn
        trainer
        mode
        place
        hours
        attendeeCount
        kind
        officerCount
      }
    }
  }
`);

const TrainingFiguresDocument = graphql(`
  query TrainingFigures($year: Int!) {
    workReport(year: $year) {
      year
      training {
        sessions
        participants
        assessmentBatches
        resitBatches
        workshopsUpgraded
      }
    }
  }
`);

type SessionRow = NonNullable<TrainingSessionListQuery['trainingSessions']>['nodes'][number];

const FIGURES_YEAR = 2024;

export function filterFromParams(params: URLSearchParams): TrainingSessionFilter {
  const filter: TrainingSessionFilter = {};
  const year = Number(params.get('year'));
  if (Number.isInteger(year) && year > 0) filter.year = year;
  if (params.get('audience')) filter.audience = params.get('audience') as TrainingAudience;
  if (params.get('mode')) filter.mode = params.get('mode') as TrainingMode;
  if (params.get('kind')) filter.kind = params.get('kind') as TrainingKind;
  if (params.get('search')?.trim()) filter.search = params.get('search')!.trim();
  return filter;
}

/** Who signed: practitioners on a practitioners' session, officers on an officers' one. */
const signedCount = (row: SessionRow) => (row.kind === 'OFFICERS' ? row.officerCount : row.attendeeCount);

export const EXPORT_COLUMNS = [
  { title: '培训主题', value: 'title' as const, width: 40 },
  { title: '培训类别', value: (row: SessionRow) => labelOf(KIND, row.kind), width: 10 },
  { title: '培训对象', value: (row: SessionRow) => labelOf(AUDIENCE, row.audience), width: 14 },
  { title: '培训日期', value: 'heldOn' as const, width: 12 },
  { title: '授课人', value: 'trainer' as const, width: 10 },
  { title: '方式', value: (row: SessionRow) => labelOf(MODE, row.mode), width: 8 },
  { title: '地点', value: (row: SessionRow) => row.place ?? '', width: 30 },
  { title: '学时', value: 'hours' as const, width: 6 },
  { title: '签到人数', value: signedCount, width: 10 },
];

/** The year's figures, counted by the subgraph from records (the work report's training part). */
function TrainingFigures() {
  const [year, setYear] = useState(FIGURES_YEAR);
  const [{ data }] = useQuery({ query: TrainingFiguresDocument, variables: { year } });
  const figures = data?.workReport?.training;
  const items = [
    { title: '从业人员培训(次)', value: figures?.sessions },
    { title: '覆盖从业人员(人)', value: figures?.participants },
    { title: '考核(批次)', value: figures?.assessmentBatches },
    { title: '其中补考(批次)', value: figures?.resitBatches },
    { title: '小作坊提档升级(家)', value: figures?.workshopsUpgraded },
  ];
  return (
    <Card
      size="small"
      title={`${year}年培训考核`}
      extra={<YearSelect allowClear={false} value={year} onChange={(y) => setYear(y ?? FIGURES_YEAR)} />}
      style={{ marginBottom: 16 }}
    >
      <Row gutter={16}>
        {items.map((item) => (
          <Col key={item.title} xs={12} md={8} xl={4}>
            <Statistic title={item.title} value={item.value ?? '—'} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}

/** 培训: the year's figures and the sessions, filtered in the URL, exported whole. */
export function SessionsPage() {
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const pagination = useCursorPagination(JSON.stringify(filter));
  const [{ data, fetching, error }, refetch] = useQuery({
    query: TrainingSessionListDocument,
    variables: { filter, ...pagination.variables },
  });
  const client = useClient();
  const to = useModulePath();
  const navigate = useNavigate();
  const canWrite = useCanWrite();
  const { exporting, exportRows } = useExcelExport();
  const [searchText, setSearchText] = useState(params.get('search') ?? '');

  const set = (key: string, value: string | number | undefined) => {
    const next = new URLSearchParams(params);
    if (value === undefined || value === '') next.delete(key);
    else next.set(key, String(value));
    setParams(next, { replace: true });
  };

  const exportAll = () =>
    exportRows(
      () => fetchAllNodes(client, TrainingSessionListDocument, { filter }, (d) => d.trainingSessions),
      EXPORT_COLUMNS,
      `培训-${todayInChina()}`,
    );

  const columns: TableColumnsType<SessionRow> = [
    {
      title: '培训主题',
      dataIndex: 'title',
      render: (title: string, row) => <Link to={to(`/sessions/${row.id}`)}>{title}</Link>,
    },
    {
      title: '培训对象',
      dataIndex: 'audience',
      render: (value: TrainingAudience) => <StatusTag value={value} map={AUDIENCE} />,
    },
    { title: '培训日期', dataIndex: 'heldOn', render: formatDate },
    { title: '授课人', dataIndex: 'trainer' },
    { title: '方式', dataIndex: 'mode', render: (value: TrainingMode) => <StatusTag value={value} map={MODE} /> },
    { title: '地点', dataIndex: 'place', render: (value: string | null) => value ?? '—' },
    { title: '签到人数', key: 'signed', render: (_, row) => signedCount(row) },
  ];

  return (
    <>
      <PageHeader title="培训" subTitle="分类分批组织的食品生产经营主体培训与执法人员专业化规范化培训" />
      <TrainingFigures />
      <DataTable<SessionRow>
        aria-label="培训列表"
        columns={columns}
        data={data?.trainingSessions}
        loading={fetching}
        error={error}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        pagination={pagination}
        toolbar={
          <Flex wrap gap={8} justify="space-between">
            <Flex wrap gap={8}>
              <Input.Search
                allowClear
                placeholder="搜索主题、授课人或地点"
                aria-label="搜索"
                value={searchText}
                onChange={(e) => setSearchText(e.target.value)}
                onSearch={(value) => set('search', value.trim() || undefined)}
                style={{ width: 260 }}
              />
              <YearSelect value={filter.year ?? undefined} onChange={(year) => set('year', year)} />
              <div data-filter="kind">
                <Select
                  allowClear
                  virtual={false}
                  aria-label="培训类别"
                  placeholder="培训类别"
                  options={optionsOf(KIND)}
                  value={filter.kind ?? undefined}
                  onChange={(value?: string) => set('kind', value)}
                  style={{ width: 120 }}
                />
              </div>
              <div data-filter="audience">
                <Select
                  allowClear
                  virtual={false}
                  aria-label="培训对象"
                  placeholder="培训对象"
                  options={optionsOf(AUDIENCE)}
                  value={filter.audience ?? undefined}
                  onChange={(value?: string) => set('audience', value)}
                  style={{ width: 150 }}
                />
              </div>
              <div data-filter="mode">
                <Select
                  allowClear
                  virtual={false}
                  aria-label="方式"
                  placeholder="方式"
                  options={optionsOf(MODE)}
                  value={filter.mode ?? undefined}
                  onChange={(value?: string) => set('mode', value)}
                  style={{ width: 100 }}
                />
              </div>
            </Flex>
            <Flex gap={8}>
              <Button
                icon={<DownloadOutlined />}
                loading={exporting}
                disabled={!data?.trainingSessions?.totalCount}
                onClick={exportAll}
              >
                导出Excel
              </Button>
              {canWrite && (
                <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate(to('/new'))}>
                  新增培训
                </Button>
              )}
            </Flex>
          </Flex>
        }
      />
    </>
  );
}
