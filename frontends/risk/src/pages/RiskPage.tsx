import { labelOf, StatusTag, useT } from '@shian/ui-kit';
import { Card, Descriptions, type TableColumnsType, Tabs, Tag } from '@shian/antd';
import { dutyColumns, NewDutyButton } from '../components/duty';
import { type HazardRow, hazardColumns } from '../components/hazard';
import {
  formatDate,
  formatDateTime,
  labelList,
  ListTable,
  names,
  RecordHeader,
  RecordTable,
  useCanWrite,
  useListPage,
  useRecord,
  useRecordAuditTab,
} from '@shian/remote-kit';
import { DUTY_EXPORT_COLUMNS, DutyListDocument } from './DutiesPage';
import { HAZARD_EXPORT_COLUMNS, HazardListQuery } from './InvestigationsPage';
import { EditRiskButton } from '../components/RiskForm';
import { Audit } from '../audit';
import { graphql } from '../gql';
import type { DutyListQuery, RiskLevel } from '../gql/graphql';
import { BUSINESS_CATEGORY, DEPARTMENT, RISK_CATEGORY, RISK_LEVEL, RISK_STATUS } from '../labels';

export const RiskDetailQuery = graphql(`
  query RiskDetail($id: ID!) {
    risk(id: $id) {
      id
      code
      title
      hazard
      source
      category
      likelihood
      severity
      level
      status
      version
      controls
      ownerDepartment
      reviewDate
      businessCategories
      townships {
        ...TownshipRef
      }
      owner {
        id
        name
        title
      }
      levelHistory {
        at
        from
        to
        likelihood
        severity
        reason
        by
      }
      duties {
        id
      }
      hazards(first: 1) {
        totalCount
      }
    }
  }
`);

/** A risk: its record, level history (oldest first: the first row is its creation), duties and hazards. */
export function RiskPage() {
  const t = useT();
  const auditTab = useRecordAuditTab(Audit);
  const canWrite = useCanWrite();
  const view = useRecord({ query: RiskDetailQuery, pick: (d) => d.risk, missing: '未找到该风险,可能无权查看' });
  const risk = view.record;
  if (!risk) return view.fallback;

  return (
    <>
      <RecordHeader
        view={view}
        title={risk.title}
        back="/"
        extra={canWrite && <EditRiskButton risk={risk} onDone={view.reload} />}
      >
        <Tag>{risk.code}</Tag>
        <StatusTag value={risk.level} map={RISK_LEVEL} />
        <StatusTag value={risk.status} map={RISK_STATUS} />
        <StatusTag value={risk.category} map={RISK_CATEGORY} />
      </RecordHeader>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('可能性 × 严重性')}>
            {risk.likelihood} × {risk.severity}
          </Descriptions.Item>
          <Descriptions.Item label={t('责任部门')}>{labelOf(DEPARTMENT, risk.ownerDepartment)}</Descriptions.Item>
          <Descriptions.Item label={t('包保干部')}>
            {risk.owner ? `${risk.owner.name}(${risk.owner.title})` : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('涉及乡镇(街道)')}>{names(risk.townships)}</Descriptions.Item>
          <Descriptions.Item label={t('涉及业态')}>
            {labelList(BUSINESS_CATEGORY, risk.businessCategories)}
          </Descriptions.Item>
          <Descriptions.Item label={t('复核日期')}>{formatDate(risk.reviewDate)}</Descriptions.Item>
          <Descriptions.Item label={t('版本')} span={2}>
            {t('第 {{version}} 版', { version: risk.version })}
          </Descriptions.Item>
          <Descriptions.Item label={t('危害')} span={3}>
            {risk.hazard}
          </Descriptions.Item>
          <Descriptions.Item label={t('风险来源')} span={3}>
            {risk.source}
          </Descriptions.Item>
          <Descriptions.Item label={t('现有管控措施')} span={3}>
            {risk.controls ?? '—'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card>
        <Tabs
          items={[
            {
              key: 'history',
              label: t('等级变更({{count}})', { count: risk.levelHistory.length }),
              children: (
                <RecordTable
                  aria-label="等级变更记录"
                  rowKey={(c) => `${c.at}-${c.to}`}
                  rows={risk.levelHistory}
                  columns={[
                    { title: t('时间'), dataIndex: 'at', render: formatDateTime },
                    {
                      title: t('等级'),
                      key: 'level',
                      render: (_, c) => (
                        <span>
                          {c.from ? `${labelOf(RISK_LEVEL, c.from as RiskLevel)} → ` : ''}
                          <StatusTag value={c.to} map={RISK_LEVEL} />
                        </span>
                      ),
                    },
                    { title: t('可能性 × 严重性'), key: 'ls', render: (_, c) => `${c.likelihood} × ${c.severity}` },
                    { title: t('原因'), dataIndex: 'reason' },
                    { title: t('操作人'), dataIndex: 'by' },
                  ]}
                />
              ),
            },
            {
              key: 'duties',
              label: t('责任事项({{count}})', { count: risk.duties.length }),
              children: <RiskItems riskId={risk.id} kind="duties" onChanged={view.reload} />,
            },
            {
              key: 'hazards',
              label: t('隐患({{count}})', { count: risk.hazards.totalCount }),
              children: <RiskItems riskId={risk.id} kind="hazards" onChanged={view.reload} />,
            },
            ...auditTab('Risk', risk.id),
          ]}
        />
      </Card>
    </>
  );
}

/**
 * A risk's duties, or its hazards from every round: the list's query filtered by the risk, paged on the server and
 * exported. A write reloads the list and the record (its tab counts).
 */
function RiskItems({ riskId, kind, onChanged }: { riskId: string; kind: 'duties' | 'hazards'; onChanged: () => void }) {
  const t = useT();
  const canWrite = useCanWrite();
  // One list of the two: the other is paused, so only the tab shown is asked for.
  const duties = useListPage({
    query: DutyListDocument,
    filter: () => ({ riskId }),
    pick: (d) => d.duties,
    pause: kind !== 'duties',
  });
  const hazards = useListPage({
    query: HazardListQuery,
    filter: () => ({ riskId }),
    pick: (d) => d.hazards,
    pause: kind !== 'hazards',
  });
  const reload = () => {
    (kind === 'duties' ? duties : hazards).reload();
    onChanged();
  };
  return kind === 'duties' ? (
    <ListTable
      list={duties}
      aria-label={t('责任事项')}
      columns={dutyColumns<DutyListQuery['duties']['nodes'][number]>(canWrite, reload)}
      exportAs={{ columns: DUTY_EXPORT_COLUMNS }}
      actions={<NewDutyButton riskId={riskId} onDone={reload} />}
    />
  ) : (
    <ListTable
      list={hazards}
      aria-label={t('隐患')}
      columns={hazardColumns(canWrite, reload) as TableColumnsType<HazardRow>}
      exportAs={{ columns: HAZARD_EXPORT_COLUMNS }}
    />
  );
}
