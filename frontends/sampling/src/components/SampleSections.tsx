import { labelOf, StatusTag, type Translate, useT } from '@shian/ui-kit';
import { Card, Descriptions, Flex, Table, Timeline, Typography } from '@shian/antd';
import { formatDateTime, tableCells, CaseLink } from '@shian/remote-kit';
import { ACTION, CLOCK_STATUS, DURATION, DUTY, OBJECTION_KIND, OBJECTION_STATUS, STATUS, VERDICT } from '../labels';
import type { SampleDetail } from '../pages/SamplePage';
import { DecideObjection } from './DecideObjection';
import { ExtendDisposal } from './ExtendDisposal';

type Clock = SampleDetail['clocks'][number];
const clockColumn = tableCells<Clock>();
const itemColumn = tableCells<SampleDetail['testItems'][number]>();

function remainingText(t: Translate, clock: Clock): string {
  if (clock.remaining == null) return clock.completedOn ? t('{{on}} 完成', { on: clock.completedOn }) : '—';
  // What is left is counted in working days where the period is, otherwise in days (a month's clock too).
  const unit = clock.period.includes('工作日') ? DURATION.WORKING_DAYS : DURATION.CALENDAR_DAYS;
  if (clock.paused) return t('暂停中,剩余 {{left}}', { left: t(unit, { count: clock.remaining }) });
  if (clock.remaining < 0) return t('超期 {{over}}', { over: t(unit, { count: -clock.remaining }) });
  return clock.remaining === 0 ? t('今日截止') : t('剩余 {{left}}', { left: t(unit, { count: clock.remaining }) });
}

/** 法定时限: each clock that governs the sample, with its nature (duty), deadline, what is left and its source. */
export function SampleClocks({ sample }: { sample: SampleDetail }) {
  const t = useT();
  return (
    <Card title={t('法定时限')} style={{ marginBottom: 16 }}>
      <Table<Clock>
        aria-label={t('法定时限')}
        size="small"
        rowKey="code"
        pagination={false}
        dataSource={sample.clocks}
        columns={[
          { title: t('时限'), dataIndex: 'name' },
          { title: t('期限'), dataIndex: 'period' },
          { title: t('性质'), ...clockColumn.label('duty', DUTY) },
          { title: t('起算日'), dataIndex: 'startedOn' },
          { title: t('截止日'), dataIndex: 'deadline', render: (value: string | null) => value ?? t('暂停计时') },
          { title: t('剩余'), key: 'remaining', render: (_, clock) => remainingText(t, clock) },
          { title: t('状态'), ...clockColumn.tag('status', CLOCK_STATUS) },
          {
            title: t('依据'),
            dataIndex: 'source',
            render: (value: string) => <Typography.Text type="secondary">{value}</Typography.Text>,
          },
        ]}
      />
    </Card>
  );
}

/** 检验项目: the lab's result per item against its limit and standard. */
export function SampleTestItems({ sample }: { sample: SampleDetail }) {
  const t = useT();
  return (
    <Card title={t('检验项目')} style={{ marginBottom: 16 }}>
      <Table
        aria-label={t('检验项目')}
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={sample.testItems}
        locale={{ emptyText: t('尚未录入检验结果') }}
        columns={[
          { title: t('检验项目'), dataIndex: 'name' },
          { title: t('检验结果'), dataIndex: 'measured' },
          { title: t('标准指标'), dataIndex: 'limit' },
          { title: t('单位'), dataIndex: 'unit' },
          { title: t('判定依据'), dataIndex: 'standard' },
          { title: t('单项判定'), ...itemColumn.tag('verdict', VERDICT) },
        ]}
      />
    </Card>
  );
}

/** 流转记录: every move of the sample, when it happened, who recorded it and when. */
export function SampleTimeline({ sample }: { sample: SampleDetail }) {
  const t = useT();
  return (
    <Card title={t('流转记录')}>
      <Timeline
        aria-label={t('流转记录')}
        items={sample.events.map((event) => ({
          key: event.id,
          color: event.toStatus === 'UNQUALIFIED' ? 'red' : event.toStatus === 'QUALIFIED' ? 'green' : 'blue',
          children: (
            <>
              <Typography.Text strong>{event.label}</Typography.Text> <StatusTag value={event.toStatus} map={STATUS} />
              <div>
                <Typography.Text type="secondary">
                  {t('{{on}} · {{by}} · 记录于 {{at}}', {
                    on: event.happenedOn,
                    by: event.recordedBy,
                    at: formatDateTime(event.recordedAt),
                  })}
                </Typography.Text>
              </div>
              {event.note && <div>{event.note}</div>}
            </>
          ),
        }))}
      />
    </Card>
  );
}

/** 复检、异议与处置, shown only once the sample has any of them; for those who may write, 审核 of a pending 异议 and 延长期限 of an open disposal. */
export function FollowUps({ sample, onChange }: { sample: SampleDetail; onChange: () => void }) {
  const t = useT();
  const { recheck, objections, disposal } = sample;
  if (!recheck && objections.length === 0 && !disposal) return null;
  return (
    <Card title={t('复检、异议与处置')} style={{ marginBottom: 16 }}>
      <Flex vertical gap={16}>
        {recheck && (
          <Descriptions title={t('复检')} size="small" column={2}>
            <Descriptions.Item label={t('申请日期')}>{recheck.requestedOn}</Descriptions.Item>
            <Descriptions.Item label={t('申请人')}>{recheck.applicant}</Descriptions.Item>
            <Descriptions.Item label={t('复检机构')}>{recheck.lab}</Descriptions.Item>
            <Descriptions.Item label={t('复检结论')}>
              {recheck.result ? <StatusTag value={recheck.result} map={VERDICT} /> : t('复检中')}{' '}
              {recheck.completedOn ?? ''}
            </Descriptions.Item>
          </Descriptions>
        )}
        {objections.map((objection) => (
          <Descriptions
            key={objection.id}
            title={t('异议({{kind}})', { kind: labelOf(OBJECTION_KIND, objection.kind) })}
            size="small"
            column={2}
            extra={<DecideObjection objection={objection} onDone={onChange} />}
          >
            <Descriptions.Item label={t('提出日期')}>{objection.filedOn}</Descriptions.Item>
            <Descriptions.Item label={t('状态')}>
              <StatusTag value={objection.status} map={OBJECTION_STATUS} />
            </Descriptions.Item>
            <Descriptions.Item label={t('申请人')} span={2}>
              {objection.applicant}
            </Descriptions.Item>
            <Descriptions.Item label={t('理由')} span={2}>
              {objection.reason}
            </Descriptions.Item>
            {objection.conclusion && (
              <Descriptions.Item label={t('审核结论')} span={2}>
                {objection.conclusion}({objection.decidedOn})
              </Descriptions.Item>
            )}
          </Descriptions>
        ))}
        {disposal && (
          <Descriptions
            title={t('核查处置')}
            size="small"
            column={2}
            extra={<ExtendDisposal disposal={disposal} onDone={onChange} />}
          >
            <Descriptions.Item label={t('启动日期')}>{disposal.startedOn}</Descriptions.Item>
            <Descriptions.Item label={t('完成日期')}>{disposal.completedOn ?? t('处置中')}</Descriptions.Item>
            <Descriptions.Item label={t('措施')}>
              {disposal.actions.map((action) => (
                <StatusTag key={action} value={action} map={ACTION} />
              ))}
            </Descriptions.Item>
            <Descriptions.Item label={t('案件编号')}>
              {disposal.caseId ? (
                <CaseLink id={disposal.caseId}>{disposal.caseNumber ?? disposal.caseId}</CaseLink>
              ) : (
                (disposal.caseNumber ?? '—')
              )}
            </Descriptions.Item>
            {disposal.measures && (
              <Descriptions.Item label={t('处置情况')} span={2}>
                {disposal.measures}
              </Descriptions.Item>
            )}
          </Descriptions>
        )}
      </Flex>
    </Card>
  );
}
