import { useQuery } from '@shian/graphql-client';
import { ErrorPanel, StatusTag, useT, labelOf } from '@shian/ui-kit';
import { Card, Table, Tag } from '@shian/antd';
import { graphql } from '../gql';
import type { IncidentLevel } from '../gql/graphql';
import { CountField, formatDateTime, MutationDialog, TextField, useIsLeader } from '@shian/remote-kit';
import { INCIDENT_LEVEL } from '../labels';

export const ReportRuleFragment = graphql(`
  fragment ReportRuleFields on IncidentReportLimit {
    level
    hours
    source
    isDefault
    updatedBy
    updatedAt
  }
`);

const ReportRulesQuery = graphql(`
  query IncidentReportRules {
    incidentReportRules {
      name
      ...ReportRuleFields
    }
  }
`);

const UpdateReportRuleMutation = graphql(`
  mutation UpdateIncidentReportRule($level: IncidentLevel!, $hours: Int!, $source: String) {
    updateIncidentReportRule(level: $level, hours: $hours, source: $source) {
      ...ReportRuleFields
    }
  }
`);

/** 报告时限: hours allowed per incident level, as the bureau has set them (leaders change them). */
export function ReportRules() {
  const t = useT();
  const leader = useIsLeader();
  const [{ data, error }, refetch] = useQuery({ query: ReportRulesQuery });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (error && !data) return <ErrorPanel compact error={error} onRetry={reload} />;
  return (
    <Card size="small" title={t('报告时限(接报后向上级报告)')} style={{ marginTop: 16 }}>
      <Table
        aria-label="报告时限"
        size="small"
        pagination={false}
        rowKey="level"
        dataSource={data?.incidentReportRules ?? []}
        columns={[
          {
            title: t('级别'),
            dataIndex: 'level',
            render: (l: IncidentLevel) => <StatusTag value={l} map={INCIDENT_LEVEL} />,
          },
          { title: t('时限'), dataIndex: 'hours', render: (h: number) => t('{{hours}} 小时', { hours: h }) },
          { title: t('依据'), dataIndex: 'source' },
          {
            title: t('修改'),
            key: 'changed',
            render: (_, r) =>
              r.isDefault ? <Tag>{t('默认')}</Tag> : `${r.updatedBy ?? '—'} ${formatDateTime(r.updatedAt)}`,
          },
          ...(leader
            ? [
                {
                  title: t('操作'),
                  key: 'a',
                  render: (_: unknown, r: { level: IncidentLevel; hours: number; source: string }) => (
                    <MutationDialog
                      label="修改"
                      title={t('修改{{level}}事件的报告时限', { level: labelOf(INCIDENT_LEVEL, r.level) })}
                      button={{ size: 'small' }}
                      initialValues={{ hours: r.hours, source: r.source }}
                      success="报告时限已修改,各事件的报告时限按新规则计算"
                      onDone={reload}
                      mutation={UpdateReportRuleMutation}
                      variables={(v: { hours: number; source?: string }) => ({
                        level: r.level,
                        hours: v.hours,
                        source: v.source?.trim() || null,
                      })}
                    >
                      <CountField label="时限(小时)" name="hours" required="请填写时限" min={1} />
                      <TextField label="依据" name="source" />
                    </MutationDialog>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
