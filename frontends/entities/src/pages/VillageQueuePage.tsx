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
import { Button, Flex, Select, type TableColumnsType, Tag, Typography } from '@shian/antd';
import { Link, useSearchParams } from '@shian/router';
import { TriageDaysButton } from '../components/SettingButtons';
import { type QueueRow, TriageButtons } from '../components/TriageButtons';
import {
  formatDate,
  formatDateTime,
  todayInChina,
  useCanWrite,
  useCurrentUser,
  useIsLeader,
  useModulePath,
  useTownshipOptions,
} from '@shian/remote-kit';
import { graphql } from '../gql';
import type { VillageReportFilter, VillageReportKind, VillageReportStatus } from '../gql/graphql';
import { VILLAGE_REPORT_KIND, VILLAGE_REPORT_STATUS } from '../labels';

export const VillageQueueDocument = graphql(`
  query VillageQueue($filter: VillageReportFilter, $first: Int, $after: String) {
    villageReports(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...TriageOutcomeFields
        kind
        entityName
        description
        reporterName
        receivedAt
        receivedOn
        dueOn
        overdue
        village {
          id
          name
        }
        township {
          id
          name
        }
        entity {
          id
          name
        }
        photos {
          index
          size
        }
      }
    }
  }
`);

export const VillageOptionsDocument = graphql(`
  query VillageOptions($townshipId: ID) {
    villages(townshipId: $townshipId) {
      id
      name
    }
  }
`);

const FILTER_KEYS = ['status', 'kind', 'townshipId', 'villageId', 'overdue'] as const;

/** The queue's filter as it stands in the URL. */
export function queueFilterFromParams(params: URLSearchParams): VillageReportFilter {
  const filter: VillageReportFilter = {};
  if (params.get('status')) filter.status = params.get('status') as VillageReportStatus;
  if (params.get('kind')) filter.kind = params.get('kind') as VillageReportKind;
  if (params.get('townshipId')) filter.townshipId = params.get('townshipId');
  if (params.get('villageId')) filter.villageId = params.get('villageId');
  if (params.get('overdue') === 'true') filter.overdue = true;
  if (params.get('overdue') === 'false') filter.overdue = false;
  return filter;
}

/** What became of a report, with links to the record it became (the risk and enforcement remotes). */
export function QueueOutcome({ row }: { row: QueueRow }) {
  if (row.status === 'DISMISSED') return <span>不予处理:{row.dismissReason}</span>;
  // The shell mounts each remote under its domain's name: these are the shell's addresses.
  if (row.status === 'HAZARD') return <a href="/risk/investigations">已转隐患(风险与应急)</a>;
  if (row.status === 'CLUE' && row.caseId) return <a href={`/enforcement/cases/${row.caseId}`}>已转线索(执法办案)</a>;
  return <span>—</span>;
}

const EXPORT_COLUMNS = [
  { title: '接收时间', value: (r: QueueRow) => formatDateTime(r.receivedAt), width: 18 },
  { title: '乡镇(街道)', value: (r: QueueRow) => r.township.name, width: 14 },
  { title: '村(社区)', value: (r: QueueRow) => r.village.name, width: 14 },
  { title: '主体', value: (r: QueueRow) => r.entityName, width: 30 },
  { title: '类型', value: (r: QueueRow) => labelOf(VILLAGE_REPORT_KIND, r.kind), width: 8 },
  { title: '所见情况', value: (r: QueueRow) => r.description, width: 50 },
  { title: '报告人', value: (r: QueueRow) => r.reporterName, width: 10 },
  { title: '照片数', value: (r: QueueRow) => r.photos.length, width: 8 },
  { title: '分办期限', value: (r: QueueRow) => r.dueOn, width: 12 },
  { title: '是否超期', value: (r: QueueRow) => (r.overdue ? '已超期' : ''), width: 10 },
  { title: '状态', value: (r: QueueRow) => labelOf(VILLAGE_REPORT_STATUS, r.status), width: 10 },
  { title: '不予处理理由', value: (r: QueueRow) => r.dismissReason ?? '', width: 30 },
  { title: '分办人', value: (r: QueueRow) => r.triagedBy ?? '', width: 10 },
  { title: '分办时间', value: (r: QueueRow) => (r.triagedAt ? formatDateTime(r.triagedAt) : ''), width: 18 },
];

/** `/village-reports`: the village reports of the caller's scope, the triage clock, and triage. */
export function VillageQueuePage() {
  const to = useModulePath();
  const user = useCurrentUser();
  const canWrite = useCanWrite();
  const isLeader = useIsLeader();
  const [params, setParams] = useSearchParams();
  const filter = queueFilterFromParams(params);
  const pagination = useCursorPagination(JSON.stringify(filter));
  const [{ data, fetching, error }, refetch] = useQuery({
    query: VillageQueueDocument,
    variables: { filter, ...pagination.variables },
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const townships = useTownshipOptions();
  const township = user?.role === 'township' ? user.townshipId : filter.townshipId;
  const [{ data: villages }] = useQuery({
    query: VillageOptionsDocument,
    variables: { townshipId: township ?? null },
  });
  const client = useClient();
  const { exporting, exportRows } = useExcelExport();

  const set = (key: (typeof FILTER_KEYS)[number], value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key === 'townshipId') next.delete('villageId');
    setParams(next, { replace: true });
  };

  const exportAll = () =>
    exportRows(
      () => fetchAllNodes(client, VillageQueueDocument, { filter }, (d) => d.villageReports),
      EXPORT_COLUMNS,
      `村(社区)报告-${todayInChina()}`,
    );

  const columns: TableColumnsType<QueueRow> = [
    { title: '接收时间', dataIndex: 'receivedAt', render: formatDateTime },
    { title: '村(社区)', key: 'village', render: (_, row) => `${row.township.name} · ${row.village.name}` },
    {
      title: '主体',
      key: 'entity',
      render: (_, row) =>
        row.entity ? (
          <Link to={to(`/${row.entity.id}`)}>{row.entity.name}</Link>
        ) : (
          <span>
            {row.entityName} <Tag>未登记</Tag>
          </span>
        ),
    },
    {
      title: '类型',
      dataIndex: 'kind',
      render: (v: VillageReportKind) => <StatusTag value={v} map={VILLAGE_REPORT_KIND} />,
    },
    {
      title: '所见情况',
      dataIndex: 'description',
      render: (text: string, row) => (
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: text }} style={{ marginBottom: 0, maxWidth: 320 }}>
          {text}
          {row.photos.length > 0 && <Typography.Text type="secondary">(照片 {row.photos.length} 张)</Typography.Text>}
        </Typography.Paragraph>
      ),
    },
    { title: '报告人', dataIndex: 'reporterName' },
    {
      title: '分办期限',
      key: 'dueOn',
      render: (_, row) => (
        <span data-testid={`due-${row.id}`}>
          {formatDate(row.dueOn)} {row.overdue && <Tag color="red">已超期</Tag>}
        </span>
      ),
    },
    {
      title: '状态',
      dataIndex: 'status',
      render: (v: VillageReportStatus) => <StatusTag value={v} map={VILLAGE_REPORT_STATUS} />,
    },
    {
      title: '处理',
      key: 'triage',
      render: (_, row) =>
        row.status === 'PENDING' ? (
          canWrite ? (
            <TriageButtons report={row} onDone={reload} />
          ) : (
            <span>—</span>
          )
        ) : (
          <QueueOutcome row={row} />
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title="村(社区)报告"
        subTitle="村(社区)协管员报告的隐患和线索,按期分办"
        extra={isLeader && <TriageDaysButton />}
      />
      <DataTable<QueueRow>
        aria-label="村(社区)报告"
        columns={columns}
        data={data?.villageReports}
        loading={fetching}
        error={error}
        onRetry={reload}
        pagination={pagination}
        toolbar={
          <Flex wrap gap={8} justify="space-between">
            <Flex wrap gap={8}>
              <div data-filter="status">
                <Select
                  allowClear
                  virtual={false}
                  aria-label="状态"
                  placeholder="状态"
                  options={optionsOf(VILLAGE_REPORT_STATUS)}
                  value={filter.status ?? undefined}
                  onChange={(v?: string) => set('status', v)}
                  style={{ width: 120 }}
                />
              </div>
              <div data-filter="kind">
                <Select
                  allowClear
                  virtual={false}
                  aria-label="类型"
                  placeholder="类型"
                  options={optionsOf(VILLAGE_REPORT_KIND)}
                  value={filter.kind ?? undefined}
                  onChange={(v?: string) => set('kind', v)}
                  style={{ width: 100 }}
                />
              </div>
              {user?.role !== 'township' && (
                <div data-filter="townshipId">
                  <Select
                    allowClear
                    virtual={false}
                    showSearch={{ optionFilterProp: 'label' }}
                    aria-label="乡镇(街道)"
                    placeholder="乡镇(街道)"
                    options={townships.options}
                    value={filter.townshipId ? String(filter.townshipId) : undefined}
                    onChange={(v?: string) => set('townshipId', v)}
                    style={{ width: 160 }}
                  />
                </div>
              )}
              <div data-filter="villageId">
                <Select
                  allowClear
                  virtual={false}
                  showSearch={{ optionFilterProp: 'label' }}
                  aria-label="村(社区)"
                  placeholder="村(社区)"
                  options={(villages?.villages ?? []).map((v) => ({ value: v.id, label: v.name }))}
                  value={filter.villageId ? String(filter.villageId) : undefined}
                  onChange={(v?: string) => set('villageId', v)}
                  style={{ width: 150 }}
                />
              </div>
              <div data-filter="overdue">
                <Select
                  allowClear
                  virtual={false}
                  aria-label="超期"
                  placeholder="是否超期"
                  options={[
                    { value: 'true', label: '已超期未分办' },
                    { value: 'false', label: '未超期或已分办' },
                  ]}
                  value={params.get('overdue') ?? undefined}
                  onChange={(v?: string) => set('overdue', v)}
                  style={{ width: 150 }}
                />
              </div>
            </Flex>
            <Button
              icon={<DownloadOutlined />}
              loading={exporting}
              disabled={!data?.villageReports?.totalCount}
              onClick={exportAll}
            >
              导出Excel
            </Button>
          </Flex>
        }
      />
    </>
  );
}
