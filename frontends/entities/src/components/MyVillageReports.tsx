import { useQuery } from '@shian/graphql-client';
import { ErrorPanel, labelOf, StatusTag, useT } from '@shian/ui-kit';
import { Empty, Flex, Skeleton, Tag, Typography } from '@shian/antd';
import { formatDate, formatDateTime } from '@shian/remote-kit';
import { graphql } from '../gql';
import type { MyVillageReportsQuery } from '../gql/graphql';
import { VILLAGE_REPORT_KIND, VILLAGE_REPORT_STATUS } from '../labels';

export const MyVillageReportsDocument = graphql(`
  query MyVillageReports($first: Int, $after: String) {
    villageReports(first: $first, after: $after) {
      ...Paging
      nodes {
        id
        kind
        entityName
        description
        receivedAt
        dueOn
        status
        dismissReason
        hazardId
        caseId
        triagedAt
        photos {
          index
        }
      }
    }
  }
`);

type Report = MyVillageReportsQuery['villageReports']['nodes'][number];

/** A report turned into another domain's record: what it became, and who takes it from there. */
const TURNED_INTO = {
  HAZARD: { into: '已转为隐患', color: 'orange', next: '由乡镇(街道)督促整改' },
  CLUE: { into: '已转为执法线索', color: 'purple', next: '由执法人员核查' },
} as const;

/** What became of a report, in words a liaison reads on a phone. */
export function Outcome({ report }: { report: Report }) {
  const t = useT();
  switch (report.status) {
    case 'DISMISSED':
      return (
        <Typography.Text type="secondary">
          {t('不予处理:{{reason}}', { reason: report.dismissReason ?? '—' })}
        </Typography.Text>
      );
    case 'HAZARD':
    case 'CLUE': {
      const turned = TURNED_INTO[report.status];
      return (
        <Typography.Text>
          {t(turned.into)} <Tag color={turned.color}>{labelOf(VILLAGE_REPORT_KIND, report.status)}</Tag>
          {t(turned.next)}
        </Typography.Text>
      );
    }
    default:
      return (
        <Typography.Text type="secondary">
          {t('等待乡镇(街道)分办,期限 {{date}}', { date: formatDate(report.dueOn) })}
        </Typography.Text>
      );
  }
}

/** The liaison's reports, newest first, with what became of each. */
export function MyVillageReports() {
  const t = useT();
  // Always asked again on mount: the township may have triaged a report since the last visit.
  const [{ data, fetching, error }, refetch] = useQuery({
    query: MyVillageReportsDocument,
    variables: { first: 50 },
    requestPolicy: 'cache-and-network',
  });
  if (error && !data) return <ErrorPanel error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Skeleton active />;
  const reports = data?.villageReports.nodes ?? [];
  if (!reports.length) return <Empty description={t('还没有提交过报告')} />;
  return (
    <ul aria-label={t('我的报告')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {reports.map((report) => (
        <li key={report.id} data-report={report.id} style={{ padding: '12px 0', borderBottom: '1px solid #f0f0f0' }}>
          <Flex vertical gap={4} style={{ width: '100%' }}>
            <Flex justify="space-between" align="center" gap={8}>
              <Typography.Text strong ellipsis>
                {report.entityName}
              </Typography.Text>
              <StatusTag value={report.status} map={VILLAGE_REPORT_STATUS} />
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {labelOf(VILLAGE_REPORT_KIND, report.kind)} · {formatDateTime(report.receivedAt)}
              {report.photos.length > 0 && ` · ${t('照片 {{count}} 张', { count: report.photos.length })}`}
            </Typography.Text>
            <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }}>
              {report.description}
            </Typography.Paragraph>
            <Outcome report={report} />
          </Flex>
        </li>
      ))}
    </ul>
  );
}
