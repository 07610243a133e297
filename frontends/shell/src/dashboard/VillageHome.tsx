import { FormOutlined } from '@ant-design/icons';
import { useQuery } from '@shian/graphql-client';
import { ErrorPanel, t, useT } from '@shian/ui-kit';
import { Button, Card, Empty, Flex, Skeleton, Tag, Typography } from '@shian/antd';
import { useNavigate } from '@shian/router';
import type { VillageReportStatus } from '../gql/graphql';
import { EntityCategoryLabels, VillageReportKindLabels, VillageReportStatusLabels } from '../gql/labels';
import { LiaisonHomeDocument } from './queries';

/** The colours of a report's status; its words, like a business's category, are the schema's (src/gql/labels.ts). */
const STATUS_COLOR: Record<VillageReportStatus, string> = {
  PENDING: 'blue',
  DISMISSED: 'default',
  HAZARD: 'orange',
  CLUE: 'purple',
};

type Report = { status: string; dismissReason?: string | null; dueOn: string; overdue: boolean };

/** What became of a report, in the user's language. */
export function outcomeOf(report: Report): string {
  if (report.status === 'DISMISSED') return t('不予处理:{{reason}}', { reason: report.dismissReason ?? '—' });
  if (report.status === 'HAZARD') return t('已转为隐患,由乡镇(街道)督促整改');
  if (report.status === 'CLUE') return t('已转为执法线索,由执法人员核查');
  // Late is the township's, not the liaison's: said so they know to ask after it.
  if (report.overdue) return t('等待分办,已超过期限 {{date}}', { date: report.dueOn });
  return t('等待分办,期限 {{date}}', { date: report.dueOn });
}

/** A village liaison's home: their village's businesses, their reports and what became of each. */
export default function VillageHome() {
  const t = useT();
  const navigate = useNavigate();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: LiaisonHomeDocument,
    requestPolicy: 'cache-and-network',
  });
  if (error && !data) return <ErrorPanel error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Skeleton active paragraph={{ rows: 8 }} />;
  const village = data?.villages[0];
  const entities = data?.entities?.nodes ?? [];
  const reports = data?.villageReports.nodes ?? [];
  return (
    <Flex vertical gap={16} style={{ maxWidth: 560, margin: '0 auto' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="liaison-village">
          {village ? `${village.township.name} · ${village.name}` : t('本村(社区)')}
        </Typography.Title>
        <Button type="primary" icon={<FormOutlined />} onClick={() => navigate('/entities')}>
          {t('上报隐患或线索')}
        </Button>
      </Flex>
      <Card size="small" title={t('我的报告({{count}})', { count: data?.villageReports.totalCount ?? 0 })}>
        {reports.length ? (
          <ul aria-label="我的报告" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {reports.map((r) => (
              <li key={r.id} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
                <Flex justify="space-between" gap={8}>
                  <Typography.Text strong ellipsis>
                    {r.entityName}
                  </Typography.Text>
                  <Flex gap={4}>
                    {r.overdue && <Tag color="red">{t('已超期')}</Tag>}
                    <Tag color={STATUS_COLOR[r.status]}>{t(VillageReportStatusLabels[r.status])}</Tag>
                  </Flex>
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(VillageReportKindLabels[r.kind])} · {r.receivedOn} · {outcomeOf(r)}
                </Typography.Text>
              </li>
            ))}
          </ul>
        ) : (
          <Empty description={t('还没有提交过报告')} />
        )}
      </Card>
      <Card size="small" title={t('本村(社区)主体({{count}})', { count: data?.entities?.totalCount ?? 0 })}>
        {entities.length ? (
          <ul aria-label="本村(社区)主体" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {entities.map((e) => (
              <li key={e.id} data-entity={e.id} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
                <Typography.Text>{e.name}</Typography.Text>
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(EntityCategoryLabels[e.category])} · {e.address}
                </Typography.Text>
              </li>
            ))}
          </ul>
        ) : (
          <Empty description={t('本村(社区)暂无登记主体')} />
        )}
      </Card>
    </Flex>
  );
}
