import { type TableColumnsType, Tag, Typography } from '@shian/antd';
import {
  exportCells,
  filterParams,
  formatDate,
  ListTable,
  ModuleLink,
  OtherModuleLink,
  SelectFilter,
  TownshipFilter,
  tableCells,
  useCanWrite,
  useCurrentUser,
  useIsLeader,
  useListPage,
  CaseLink,
} from '@shian/remote-kit';
import { useQuery } from '@shian/graphql-client';
import { type ExportColumn, PageHeader, t, useT } from '@shian/ui-kit';
import { TriageDaysButton } from '../components/SettingButtons';
import { type QueueRow, TriageButtons } from '../components/TriageButtons';
import { graphql } from '../gql';
import type { VillageReportFilter } from '../gql/graphql';
import { VILLAGE_REPORT_KIND, VILLAGE_REPORT_STATUS } from '../labels';

export const VillageQueueDocument = graphql(`
  query VillageQueue($filter: VillageReportFilter, $first: Int, $after: String) {
    villageReports(filter: $filter, first: $first, after: $after) {
      ...Paging
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
          ...TownshipRef
        }
        entity {
          ...EntityRef
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

/** The queue's filter as it stands in the URL. */
export function queueFilterFromParams(params: URLSearchParams): VillageReportFilter {
  // 是否超期 chooses either way (true or false), not only the kit's on-flag (overdue=1).
  const filter = filterParams<VillageReportFilter>(params, ['status', 'kind', 'townshipId', 'villageId'], {
    flags: [],
  });
  if (params.get('overdue') === 'true') filter.overdue = true;
  if (params.get('overdue') === 'false') filter.overdue = false;
  return filter;
}

/** What became of a report, with links to the record it became (the risk and enforcement remotes). */
export function QueueOutcome({ row }: { row: QueueRow }) {
  useT();
  if (row.status === 'DISMISSED') return <span>{t('不予处理:{{reason}}', { reason: row.dismissReason })}</span>;
  if (row.status === 'HAZARD')
    return (
      <OtherModuleLink module="risk" to="/investigations">
        {t('已转隐患(风险与应急)')}
      </OtherModuleLink>
    );
  if (row.status === 'CLUE' && row.caseId) return <CaseLink id={row.caseId}>{t('已转线索(执法办案)')}</CaseLink>;
  return <span>—</span>;
}

const cell = exportCells<QueueRow>();

const EXPORT_COLUMNS: ExportColumn<QueueRow>[] = [
  { title: '接收时间', value: cell.dateTime('receivedAt'), width: 18 },
  { title: '乡镇(街道)', value: cell.name('township'), width: 14 },
  { title: '村(社区)', value: cell.name('village'), width: 14 },
  { title: '主体', value: (r: QueueRow) => r.entityName, width: 30 },
  { title: '类型', value: cell.label('kind', VILLAGE_REPORT_KIND), width: 8 },
  { title: '所见情况', value: (r: QueueRow) => r.description, width: 50 },
  { title: '报告人', value: (r: QueueRow) => r.reporterName, width: 10 },
  { title: '照片数', value: (r: QueueRow) => r.photos.length, width: 8 },
  { title: '分办期限', value: (r: QueueRow) => r.dueOn, width: 12 },
  { title: '是否超期', value: (r: QueueRow) => (r.overdue ? t('已超期') : ''), width: 10 },
  { title: '状态', value: cell.label('status', VILLAGE_REPORT_STATUS), width: 10 },
  { title: '不予处理理由', value: (r: QueueRow) => r.dismissReason ?? '', width: 30 },
  { title: '分办人', value: (r: QueueRow) => r.triagedBy ?? '', width: 10 },
  { title: '分办时间', value: cell.dateTime('triagedAt'), width: 18 },
];

const OVERDUE_OPTIONS = [
  { value: 'true', label: '已超期未分办' },
  { value: 'false', label: '未超期或已分办' },
];

/** `/village-reports`: the village reports of the caller's scope, the triage clock, and triage. */
export function VillageQueuePage() {
  useT();
  const user = useCurrentUser();
  const canWrite = useCanWrite();
  const isLeader = useIsLeader();
  const list = useListPage({
    query: VillageQueueDocument,
    filter: queueFilterFromParams,
    pick: (data) => data.villageReports,
  });
  const { filter, reload } = list;
  const township = user?.role === 'township' ? user.townshipId : filter.townshipId;
  const [{ data: villages }] = useQuery({
    query: VillageOptionsDocument,
    variables: { townshipId: township ?? null },
  });

  const column = tableCells<QueueRow>();
  const columns: TableColumnsType<QueueRow> = [
    { title: '接收时间', ...column.dateTime('receivedAt') },
    { title: '村(社区)', key: 'village', render: (_, row) => `${row.township.name} · ${row.village.name}` },
    {
      title: '主体',
      key: 'entity',
      render: (_, row) =>
        row.entity ? (
          <ModuleLink to={`/${row.entity.id}`}>{row.entity.name}</ModuleLink>
        ) : (
          <span>
            {row.entityName} <Tag>{t('未登记')}</Tag>
          </span>
        ),
    },
    { title: '类型', ...column.tag('kind', VILLAGE_REPORT_KIND) },
    {
      title: '所见情况',
      dataIndex: 'description',
      render: (text: string, row) => (
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: text }} style={{ marginBottom: 0, maxWidth: 320 }}>
          {text}
          {row.photos.length > 0 && (
            <Typography.Text type="secondary">{t('(照片 {{count}} 张)', { count: row.photos.length })}</Typography.Text>
          )}
        </Typography.Paragraph>
      ),
    },
    { title: '报告人', dataIndex: 'reporterName' },
    {
      title: '分办期限',
      key: 'dueOn',
      render: (_, row) => (
        <span data-testid={`due-${row.id}`}>
          {formatDate(row.dueOn)} {row.overdue && <Tag color="red">{t('已超期')}</Tag>}
        </span>
      ),
    },
    { title: '状态', ...column.tag('status', VILLAGE_REPORT_STATUS) },
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
      <ListTable
        aria-label={t('村(社区)报告')}
        list={list}
        columns={columns}
        exportAs={{ columns: EXPORT_COLUMNS }}
        filters={
          <>
            <SelectFilter list={list} name="status" label="状态" labels={VILLAGE_REPORT_STATUS} width={120} />
            <SelectFilter list={list} name="kind" label="类型" labels={VILLAGE_REPORT_KIND} width={100} />
            {/* Choosing another township clears the village, which belonged to the one before (one URL change). */}
            {user?.role !== 'township' && <TownshipFilter list={list} width={160} search clears={['villageId']} />}
            <SelectFilter
              list={list}
              name="villageId"
              label="村(社区)"
              options={(villages?.villages ?? []).map((v) => ({ value: v.id, label: v.name }))}
              width={150}
            />
            <SelectFilter
              list={list}
              name="overdue"
              label="是否超期"
              options={OVERDUE_OPTIONS.map((option) => ({ ...option, label: t(option.label) }))}
              width={150}
            />
          </>
        }
      />
    </>
  );
}
