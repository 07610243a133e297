import { useQuery } from '@shian/graphql-client';
import {
  AuditTrailPanel,
  canReadAuditTrail,
  ErrorPanel,
  labelOf,
  PageHeader,
  PartialNotice,
  StatusTag,
} from '@shian/ui-kit';
import { Card, Descriptions, Empty, Flex, Skeleton, Table, Tabs, Tag, Timeline } from '@shian/antd';
import { Link, useNavigate, useParams } from '@shian/router';
import { CaseActions } from '../components/CaseActions';
import { ClockTable, OverdueTag } from '../components/Clocks';
import { HistoryList } from '../components/History';
import { SeizedItemActions } from '../components/SeizedItemActions';
import { TransferActions } from '../components/TransferActions';
import { formatDate, formatMoney } from '../format';
import { graphql } from '../gql';
import type { CaseDetailQuery } from '../gql/graphql';
import {
  CASE_SOURCE,
  AUDIT_RECORD_TYPE,
  CASE_STATUS,
  DEPARTMENT,
  PAUSE_KIND,
  PENALTY_KIND,
  SEIZED_STATUS,
  SEIZURE_KIND,
  TRANSFER_KIND,
  TRANSFER_OUTCOME,
  TRANSFER_STATUS,
  VIOLATION,
} from '../labels';
import { useCanWrite, useCurrentUser, useIsPartner, useModulePath } from '../module';

export const CaseDetailQueryDocument = graphql(`
  query CaseDetail($id: ID!, $bureau: Boolean!) {
    case(id: $id) {
      id
      number
      title
      source
      status
      version
      description
      violations
      legalBasis
      receivedOn
      filedOn
      decidedOn
      closedOn
      closingNote
      filingExtended
      decisionExtended
      overdue
      nextStatuses
      referredBy
      entity {
        id
        name
      }
      township {
        id
        name
      }
      officers {
        id
        name
      }
      campaign @include(if: $bureau) {
        id
        name
      }
      inspection @include(if: $bureau) {
        id
        inspectedOn
        verdict
      }
      disposal {
        id
      }
      opinionEvent {
        id
      }
      clocks {
        code
        name
        period
        extension
        source
        startedOn
        deadline
        remaining
        status
        extended
        completedOn
        pausedDays
        calendarNote
      }
      pauses {
        id
        kind
        startsOn
        endsOn
        reason
      }
      penalty {
        id
        decisionNumber
        kinds
        fine
        confiscatedGains
        paidOn
        publishedOn
      }
      transfers {
        id
        department
        kind
        transferredOn
        reason
        copiedToProcuratorate
        status
        receivedOn
        receiptNumber
        receivedBy
        answeredOn
        outcome
        outcomeNote
        partnerCaseNumber
        answerClock {
          status
          deadline
          remaining
          period
        }
      }
      seizedItems {
        id
        name
        quantity
        unit
        measure
        seizedOn
        status
        custodian
        location
        extended
        version
        releasedOn
        clock {
          status
          deadline
          remaining
          period
        }
      }
      timeline {
        status
        label
        on
        note
      }
      documents {
        title
        number
        issuedOn
      }
      history {
        id
        at
        actor
        username
        action
        recordType
        changes {
          field
          label
          from
          to
        }
      }
    }
  }
`);

/** The case's rows of the audit trail and its transfers' and seized goods' (leaders only): enforcement's part. */
export const CaseAuditTrailQueryDocument = graphql(`
  query CaseAuditTrail($filter: AuditFilter, $first: Int, $after: String) {
    auditTrail(filter: $filter, first: $first, after: $after) {
      enforcement {
        nodes {
          id
          at
          kind
          recordType
          recordId
          parentId
          operation
          action
          actor {
            username
            name
            role
            department
          }
          changes {
            field
            label
            from
            to
          }
          cursor
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export type CaseDetail = NonNullable<CaseDetailQuery['case']>;

/** A case: its record, timeline, clocks, documents, penalty, transfers, seized goods and history. */
export function CasePage() {
  const { id = '' } = useParams();
  const partner = useIsPartner();
  const canWrite = useCanWrite();
  const auditReader = canReadAuditTrail(useCurrentUser()?.role);
  const to = useModulePath();
  const navigate = useNavigate();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CaseDetailQueryDocument,
    variables: { id, bureau: !partner },
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });

  // With the record itself, an error is about another domain's fields: shown beside the record, not instead.
  if (error && !data?.case) return <ErrorPanel error={error} onRetry={reload} />;
  if (fetching && !data) return <Skeleton active />;
  const record = data?.case;
  if (!record) return <ErrorPanel title="记录不存在" error={new Error('未找到该案件,可能无权查看')} />;

  return (
    <>
      {error && <PartialNotice error={error} onRetry={reload} />}
      <PageHeader
        title={record.title}
        onBack={() => navigate(to(partner ? '/' : '/cases'))}
        extra={canWrite && <CaseActions record={record} onChanged={reload} />}
      >
        <Flex gap={4} wrap>
          <StatusTag value={record.status} map={CASE_STATUS} />
          <StatusTag value={record.source} map={CASE_SOURCE} />
          {record.number && <Tag>{record.number}</Tag>}
          <OverdueTag overdue={record.overdue} />
        </Flex>
      </PageHeader>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label="当事人">{record.entity?.name ?? record.entity?.id ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="乡镇(街道)">{record.township?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="办案人员">{record.officers.map((o) => o.name).join('、') || '—'}</Descriptions.Item>
          <Descriptions.Item label="受理日期">{record.receivedOn}</Descriptions.Item>
          <Descriptions.Item label="立案日期">{formatDate(record.filedOn)}</Descriptions.Item>
          <Descriptions.Item label="结案日期">{formatDate(record.closedOn)}</Descriptions.Item>
          <Descriptions.Item label="违法行为" span={2}>
            {record.violations.map((v) => labelOf(VIOLATION, v)).join('、') || '—'}
          </Descriptions.Item>
          <Descriptions.Item label="版本">第 {record.version} 版</Descriptions.Item>
          <Descriptions.Item label="法律依据" span={3}>
            {record.legalBasis ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label="案情" span={3}>
            {record.description}
          </Descriptions.Item>
          {record.closingNote && (
            <Descriptions.Item label="理由" span={3}>
              {record.closingNote}
            </Descriptions.Item>
          )}
          <Descriptions.Item label="来源记录" span={3}>
            <Sources record={record} />
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card>
        <Tabs
          items={[
            { key: 'timeline', label: '时间轴', children: <CaseTimeline record={record} /> },
            { key: 'clocks', label: '法定时限', children: <Clocks record={record} /> },
            { key: 'documents', label: `文书(${record.documents.length})`, children: <Documents record={record} /> },
            { key: 'penalty', label: '处罚决定', children: <PenaltyView record={record} /> },
            {
              key: 'transfers',
              label: `移送(${record.transfers.length})`,
              children: <Transfers record={record} onChanged={reload} />,
            },
            {
              key: 'seized',
              label: `涉案财物(${record.seizedItems.length})`,
              children: <SeizedItems record={record} onChanged={reload} />,
            },
            {
              key: 'history',
              label: `修改留痕(${record.history.length})`,
              children: <HistoryList entries={record.history} />,
            },
            ...(auditReader
              ? [
                  {
                    key: 'audit',
                    label: '操作记录',
                    children: (
                      <AuditTrailPanel
                        query={CaseAuditTrailQueryDocument}
                        pick={(d) => d.auditTrail.enforcement}
                        recordType="Case"
                        recordId={record.id}
                        withChildren
                        recordTypeLabels={AUDIT_RECORD_TYPE}
                      />
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
    </>
  );
}

function Sources({ record }: { record: CaseDetail }) {
  const to = useModulePath();
  const parts = [
    record.disposal && `抽检不合格处置 ${record.disposal.id}`,
    record.inspection && (
      <Link key="i" to={to(`/inspections?id=${record.inspection.id}`)}>
        监督检查 {record.inspection.id}({record.inspection.inspectedOn})
      </Link>
    ),
    record.opinionEvent && `舆情 ${record.opinionEvent.id}`,
    record.referredBy && `${record.referredBy}移送`,
    record.campaign && `专项:${record.campaign.name}`,
  ].filter(Boolean);
  return parts.length ? (
    <Flex gap={12} wrap>
      {parts.map((p, i) => (typeof p === 'string' ? <span key={p}>{p}</span> : <span key={String(i)}>{p}</span>))}
    </Flex>
  ) : (
    '—'
  );
}

function CaseTimeline({ record }: { record: CaseDetail }) {
  return (
    <Timeline
      aria-label="时间轴"
      items={record.timeline.map((step, i) => ({
        key: `${step.status}-${i}`,
        color: step.status === 'TRANSFERRED' ? 'red' : step.status === 'CLOSED' ? 'green' : 'blue',
        children: (
          <span>
            <strong>{step.label}</strong> {step.on}
            {step.note ? ` · ${step.note}` : ''}
          </span>
        ),
      }))}
    />
  );
}

function Clocks({ record }: { record: CaseDetail }) {
  return (
    <Flex vertical gap={12}>
      <ClockTable clocks={record.clocks} />
      {record.pauses.length > 0 && (
        <Table
          aria-label="不计入期限的期间"
          size="small"
          pagination={false}
          rowKey="id"
          dataSource={record.pauses}
          columns={[
            { title: '事项', dataIndex: 'kind', render: (k) => labelOf(PAUSE_KIND, k) },
            { title: '开始', dataIndex: 'startsOn' },
            { title: '结束', dataIndex: 'endsOn', render: (d?: string | null) => d ?? '进行中' },
            { title: '事由', dataIndex: 'reason' },
          ]}
        />
      )}
    </Flex>
  );
}

function Documents({ record }: { record: CaseDetail }) {
  return (
    <Table
      aria-label="案件文书"
      size="small"
      pagination={false}
      rowKey={(d) => `${d.title}-${d.issuedOn}`}
      dataSource={record.documents}
      columns={[
        { title: '文书', dataIndex: 'title' },
        { title: '文号', dataIndex: 'number', render: (n?: string | null) => n ?? '—' },
        { title: '日期', dataIndex: 'issuedOn' },
      ]}
    />
  );
}

function PenaltyView({ record }: { record: CaseDetail }) {
  const penalty = record.penalty;
  if (!penalty) return <Empty description="尚未作出处罚决定" />;
  return (
    <Descriptions column={{ xs: 1, md: 2 }}>
      <Descriptions.Item label="决定书文号">{penalty.decisionNumber}</Descriptions.Item>
      <Descriptions.Item label="决定日期">{formatDate(record.decidedOn)}</Descriptions.Item>
      <Descriptions.Item label="处罚种类">
        {penalty.kinds.map((k) => labelOf(PENALTY_KIND, k)).join('、')}
      </Descriptions.Item>
      <Descriptions.Item label="罚款">{formatMoney(penalty.fine)}</Descriptions.Item>
      <Descriptions.Item label="没收违法所得">{formatMoney(penalty.confiscatedGains)}</Descriptions.Item>
      <Descriptions.Item label="缴纳日期">{formatDate(penalty.paidOn)}</Descriptions.Item>
      <Descriptions.Item label="信用公示日期">{formatDate(penalty.publishedOn)}</Descriptions.Item>
    </Descriptions>
  );
}

function Transfers({ record, onChanged }: { record: CaseDetail; onChanged: () => void }) {
  if (record.transfers.length === 0) return <Empty description="未移送" />;
  return (
    <Flex vertical gap={12}>
      {record.transfers.map((t) => (
        <Card
          key={t.id}
          size="small"
          title={`${labelOf(DEPARTMENT, t.department)} · ${labelOf(TRANSFER_KIND, t.kind)}`}
          extra={<TransferActions transfer={t} onChanged={onChanged} />}
        >
          <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
            <Descriptions.Item label="移送日期">{t.transferredOn}</Descriptions.Item>
            <Descriptions.Item label="状态">
              <StatusTag value={t.status} map={TRANSFER_STATUS} />
            </Descriptions.Item>
            <Descriptions.Item label="抄送检察院">{t.copiedToProcuratorate ? '是' : '否'}</Descriptions.Item>
            <Descriptions.Item label="移送理由" span={3}>
              {t.reason}
            </Descriptions.Item>
            <Descriptions.Item label="接收日期">{formatDate(t.receivedOn)}</Descriptions.Item>
            <Descriptions.Item label="回执编号">{t.receiptNumber ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="接收人">{t.receivedBy ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="处理结果">
              {t.outcome ? <StatusTag value={t.outcome} map={TRANSFER_OUTCOME} /> : '—'}
            </Descriptions.Item>
            <Descriptions.Item label="答复日期">{formatDate(t.answeredOn)}</Descriptions.Item>
            <Descriptions.Item label="接收部门案件编号">{t.partnerCaseNumber ?? '—'}</Descriptions.Item>
            {t.outcomeNote && (
              <Descriptions.Item label="处理情况" span={3}>
                {t.outcomeNote}
              </Descriptions.Item>
            )}
          </Descriptions>
        </Card>
      ))}
    </Flex>
  );
}

function SeizedItems({ record, onChanged }: { record: CaseDetail; onChanged: () => void }) {
  const canWrite = useCanWrite();
  return (
    <Flex vertical gap={8}>
      {canWrite && <SeizedItemActions caseId={record.id} onChanged={onChanged} />}
      <Table
        aria-label="涉案财物"
        size="small"
        pagination={false}
        rowKey="id"
        dataSource={record.seizedItems}
        columns={[
          { title: '物品', dataIndex: 'name' },
          { title: '数量', key: 'q', render: (_, s) => `${s.quantity} ${s.unit}` },
          { title: '措施', dataIndex: 'measure', render: (m) => labelOf(SEIZURE_KIND, m) },
          { title: '查封扣押日期', dataIndex: 'seizedOn' },
          { title: '状态', dataIndex: 'status', render: (s) => <StatusTag value={s} map={SEIZED_STATUS} /> },
          { title: '保管', key: 'c', render: (_, s) => `${s.custodian} · ${s.location}` },
          {
            title: '期限',
            key: 'clock',
            render: (_, s) =>
              s.clock.status === 'OVERDUE' ? <Tag color="red">已超期</Tag> : (s.clock.deadline ?? '—'),
          },
          ...(canWrite
            ? [
                {
                  title: '操作',
                  key: 'a',
                  render: (_: unknown, s: (typeof record.seizedItems)[number]) => (
                    <SeizedItemActions item={s} onChanged={onChanged} />
                  ),
                },
              ]
            : []),
        ]}
      />
    </Flex>
  );
}
