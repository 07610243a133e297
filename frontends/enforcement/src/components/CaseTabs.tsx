import { labelOf, StatusTag, useT } from '@shian/ui-kit';
import { Card, Descriptions, Empty, Flex, Tabs, Tag, Timeline } from '@shian/antd';
import { CaseClockActions } from './CaseActions';
import { PenaltyProgressButton } from './CaseEdit';
import { ClockTable } from './Clocks';
import { HistoryList } from './History';
import { SeizedItemActions } from './SeizedItemActions';
import { TransferActions } from './TransferActions';
import {
  formatDate,
  formatMoney,
  labelList,
  RecordTable,
  tableCells,
  useCanWrite,
  useRecordAuditTab,
} from '@shian/remote-kit';
import { Audit } from '../audit';
import {
  CASE_STATUS,
  DEPARTMENT,
  PAUSE_KIND,
  PENALTY_KIND,
  SEIZED_STATUS,
  SEIZURE_KIND,
  TRANSFER_KIND,
  TRANSFER_OUTCOME,
  TRANSFER_STATUS,
} from '../labels';
import type { CaseDetail, CasePart } from '../pages/CasePage';

/**
 * A case's tabs: 时间轴, 法定时限, 文书, 处罚决定, 移送, 涉案财物, 修改留痕 and, for those who may read the audit
 * trail, 操作记录. `onChanged` reloads the case after a write in a tab (a transfer's or a seized item's).
 */
export function CaseTabs({ record, onChanged }: CasePart) {
  const t = useT();
  const auditTab = useRecordAuditTab(Audit);
  return (
    <Tabs
      items={[
        { key: 'timeline', label: t('时间轴'), children: <CaseTimeline record={record} /> },
        { key: 'clocks', label: t('法定时限'), children: <Clocks record={record} onChanged={onChanged} /> },
        {
          key: 'documents',
          label: t('文书({{count}})', { count: record.documents.length }),
          children: <Documents record={record} />,
        },
        { key: 'penalty', label: t('处罚决定'), children: <PenaltyView record={record} onChanged={onChanged} /> },
        {
          key: 'transfers',
          label: t('移送({{count}})', { count: record.transfers.length }),
          children: <Transfers record={record} onChanged={onChanged} />,
        },
        {
          key: 'seized',
          label: t('涉案财物({{count}})', { count: record.seizedItems.length }),
          children: <SeizedItems record={record} onChanged={onChanged} />,
        },
        {
          key: 'history',
          label: t('修改留痕({{count}})', { count: record.history.length }),
          children: <HistoryList entries={record.history} />,
        },
        ...auditTab('Case', record.id),
      ]}
    />
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
            {/* The step is its status (the subgraph's label is that status's Chinese word): read through the labels,
            it follows the language. */}
            <strong>{labelOf(CASE_STATUS, step.status)}</strong> {step.on}
            {step.note ? ` · ${step.note}` : ''}
          </span>
        ),
      }))}
    />
  );
}

function Clocks({ record, onChanged }: CasePart) {
  const t = useT();
  const canWrite = useCanWrite();
  return (
    <Flex vertical gap={12}>
      {canWrite && <CaseClockActions record={record} onChanged={onChanged} />}
      <ClockTable clocks={record.clocks} />
      {record.pauses.length > 0 && (
        <RecordTable
          aria-label="不计入期限的期间"
          rows={record.pauses}
          columns={[
            { title: t('事项'), dataIndex: 'kind', render: (k) => labelOf(PAUSE_KIND, k) },
            { title: t('开始'), dataIndex: 'startsOn' },
            { title: t('结束'), dataIndex: 'endsOn', render: (d?: string | null) => d ?? t('进行中') },
            { title: t('事由'), dataIndex: 'reason' },
          ]}
        />
      )}
    </Flex>
  );
}

function Documents({ record }: { record: CaseDetail }) {
  const t = useT();
  return (
    <RecordTable
      aria-label="案件文书"
      rowKey={(d) => `${d.title}-${d.issuedOn}`}
      rows={record.documents}
      columns={[
        { title: t('文书'), dataIndex: 'title' },
        { title: t('文号'), dataIndex: 'number', render: (n?: string | null) => n ?? '—' },
        { title: t('日期'), dataIndex: 'issuedOn' },
      ]}
    />
  );
}

function PenaltyView({ record, onChanged }: CasePart) {
  const t = useT();
  const canWrite = useCanWrite();
  const penalty = record.penalty;
  if (!penalty) return <Empty description={t('尚未作出处罚决定')} />;
  return (
    <Descriptions
      column={{ xs: 1, md: 2 }}
      extra={canWrite && <PenaltyProgressButton record={record} onChanged={onChanged} />}
    >
      <Descriptions.Item label={t('决定书文号')}>{penalty.decisionNumber}</Descriptions.Item>
      <Descriptions.Item label={t('决定日期')}>{formatDate(record.decidedOn)}</Descriptions.Item>
      <Descriptions.Item label={t('处罚种类')}>{labelList(PENALTY_KIND, penalty.kinds, '')}</Descriptions.Item>
      <Descriptions.Item label={t('罚款')}>{formatMoney(penalty.fine)}</Descriptions.Item>
      <Descriptions.Item label={t('没收违法所得')}>{formatMoney(penalty.confiscatedGains)}</Descriptions.Item>
      <Descriptions.Item label={t('缴纳日期')}>{formatDate(penalty.paidOn)}</Descriptions.Item>
      <Descriptions.Item label={t('信用公示日期')}>{formatDate(penalty.publishedOn)}</Descriptions.Item>
    </Descriptions>
  );
}

function Transfers({ record, onChanged }: CasePart) {
  const t = useT();
  if (record.transfers.length === 0) return <Empty description={t('未移送')} />;
  return (
    <Flex vertical gap={12}>
      {record.transfers.map((transfer) => (
        <Card
          key={transfer.id}
          size="small"
          title={t('{{department}} · {{kind}}', {
            department: labelOf(DEPARTMENT, transfer.department),
            kind: labelOf(TRANSFER_KIND, transfer.kind),
          })}
          extra={<TransferActions transfer={transfer} onChanged={onChanged} />}
        >
          <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
            <Descriptions.Item label={t('移送日期')}>{transfer.transferredOn}</Descriptions.Item>
            <Descriptions.Item label={t('状态')}>
              <StatusTag value={transfer.status} map={TRANSFER_STATUS} />
            </Descriptions.Item>
            <Descriptions.Item label={t('抄送检察院')}>
              {transfer.copiedToProcuratorate ? t('是') : t('否')}
            </Descriptions.Item>
            <Descriptions.Item label={t('移送理由')} span={3}>
              {transfer.reason}
            </Descriptions.Item>
            <Descriptions.Item label={t('接收日期')}>{formatDate(transfer.receivedOn)}</Descriptions.Item>
            <Descriptions.Item label={t('回执编号')}>{transfer.receiptNumber ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('接收人')}>{transfer.receivedBy ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('处理结果')}>
              {transfer.outcome ? <StatusTag value={transfer.outcome} map={TRANSFER_OUTCOME} /> : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('答复日期')}>{formatDate(transfer.answeredOn)}</Descriptions.Item>
            <Descriptions.Item label={t('接收部门案件编号')}>{transfer.partnerCaseNumber ?? '—'}</Descriptions.Item>
            {transfer.outcomeNote && (
              <Descriptions.Item label={t('处理情况')} span={3}>
                {transfer.outcomeNote}
              </Descriptions.Item>
            )}
          </Descriptions>
        </Card>
      ))}
    </Flex>
  );
}

const seizedColumn = tableCells<CaseDetail['seizedItems'][number]>();

function SeizedItems({ record, onChanged }: CasePart) {
  const t = useT();
  const canWrite = useCanWrite();
  return (
    <Flex vertical gap={8}>
      <SeizedItemActions caseId={record.id} onChanged={onChanged} />
      <RecordTable
        aria-label="涉案财物"
        rows={record.seizedItems}
        columns={[
          { title: t('物品'), dataIndex: 'name' },
          { title: t('数量'), key: 'q', render: (_, s) => `${s.quantity} ${s.unit}` },
          { title: t('措施'), ...seizedColumn.label('measure', SEIZURE_KIND) },
          { title: t('查封扣押日期'), dataIndex: 'seizedOn' },
          { title: t('状态'), ...seizedColumn.tag('status', SEIZED_STATUS) },
          { title: t('保管'), key: 'c', render: (_, s) => `${s.custodian} · ${s.location}` },
          {
            title: t('期限'),
            key: 'clock',
            render: (_, s) =>
              s.clock.status === 'OVERDUE' ? <Tag color="red">{t('已超期')}</Tag> : (s.clock.deadline ?? '—'),
          },
          ...seizedColumn.actions((s) => <SeizedItemActions item={s} onChanged={onChanged} />, { when: canWrite }),
        ]}
      />
    </Flex>
  );
}
