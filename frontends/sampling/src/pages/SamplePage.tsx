import { useQuery } from '@shian/graphql-client';
import { ErrorPanel, labelOf, PageHeader, PartialNotice, StatusTag } from '@shian/ui-kit';
import { Card, Col, Descriptions, Flex, Row as GridRow, Skeleton, Table, Tag, Timeline, Typography } from '@shian/antd';
import { useNavigate, useParams } from '@shian/router';
import { FocusTags, sampleFocus } from '../components/Focus';
import { SampleActions } from '../components/SampleActions';
import { graphql } from '../gql';
import type { SampleDetailQuery } from '../gql/graphql';
import { formatDateTime } from '../format';
import {
  ACTION,
  CATEGORY,
  CLOCK_STATUS,
  DUTY,
  FAILURE_KIND,
  LEVEL,
  OBJECTION_KIND,
  OBJECTION_STATUS,
  PURPOSE,
  STATUS,
  VERDICT,
} from '../labels';
import { useModulePath } from '../module';

export const SampleDetailQueryDocument = graphql(`
  query SampleDetail($id: ID!) {
    sample(id: $id) {
      id
      number
      version
      foodName
      category
      brand
      specification
      batchNumber
      producedOn
      sampledOn
      samplers
      lab
      status
      verdict
      failureKind
      receivedOn
      reportedOn
      notifiedOn
      publishedOn
      backupKeptUntil
      overdue
      nextStatuses
      focusVariety
      focusPeriod
      focusArea
      plan {
        id
        name
        level
        purpose
      }
      entity {
        id
        name
        township {
          id
          name
        }
      }
      testItems {
        id
        name
        measured
        limit
        unit
        standard
        verdict
        failureKind
      }
      events {
        id
        fromStatus
        toStatus
        label
        happenedOn
        recordedBy
        recordedAt
        note
      }
      clocks {
        code
        name
        period
        duty
        source
        startedOn
        deadline
        remaining
        status
        overdue
        paused
        completedOn
      }
      recheck {
        id
        requestedOn
        applicant
        lab
        status
        result
        completedOn
      }
      objections {
        id
        kind
        filedOn
        applicant
        reason
        status
        decidedOn
        conclusion
      }
      disposal {
        id
        startedOn
        actions
        extended
        quantity
        measures
        caseNumber
        completedOn
      }
      consumerRequest {
        id
        title
      }
    }
  }
`);

export type SampleDetail = NonNullable<SampleDetailQuery['sample']>;
type Clock = SampleDetail['clocks'][number];

function remainingText(clock: Clock): string {
  if (clock.remaining == null) return clock.completedOn ? `${clock.completedOn} 完成` : '—';
  const unit = clock.period.includes('工作日') ? '个工作日' : clock.period.includes('月') ? '日' : '日';
  if (clock.paused) return `暂停中,剩余 ${clock.remaining}${unit}`;
  if (clock.remaining < 0) return `超期 ${-clock.remaining}${unit}`;
  return clock.remaining === 0 ? '今日截止' : `剩余 ${clock.remaining}${unit}`;
}

/** One sample: its record, the clocks that govern it, its test items, timeline, 复检/异议/处置, and what can be done next. */
export function SamplePage() {
  const { id = '' } = useParams();
  const to = useModulePath();
  const navigate = useNavigate();
  const [{ data, fetching, error }, refetch] = useQuery({ query: SampleDetailQueryDocument, variables: { id } });
  const reload = () => refetch({ requestPolicy: 'network-only' });

  // With the record itself, an error is about another domain's fields: shown beside the record, not instead.
  if (error && !data?.sample) return <ErrorPanel error={error} onRetry={reload} />;
  if (fetching && !data) return <Skeleton active />;
  const sample = data?.sample;
  if (!sample) return <ErrorPanel title="记录不存在" error={new Error('未找到该样品,可能无权查看')} />;

  return (
    <>
      {error && <PartialNotice error={error} onRetry={reload} />}
      <PageHeader
        title={sample.foodName}
        subTitle={sample.number}
        onBack={() => navigate(to('/'))}
        extra={<SampleActions sample={sample} onChange={reload} />}
      >
        <Flex gap={4} wrap>
          <span data-testid="sample-status">
            <StatusTag value={sample.status} map={STATUS} />
          </span>
          <StatusTag value={sample.verdict} map={VERDICT} empty="" />
          {sample.failureKind && <Tag>{labelOf(FAILURE_KIND, sample.failureKind)}</Tag>}
          {sample.overdue && <Tag color="red">有监管时限已超期</Tag>}
        </Flex>
      </PageHeader>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label="被抽样单位">{sample.entity?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="乡镇(街道)">{sample.entity?.township?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="抽检计划">
            {labelOf(LEVEL, sample.plan.level)} · {labelOf(PURPOSE, sample.plan.purpose)} · {sample.plan.name}
          </Descriptions.Item>
          <Descriptions.Item label="食品类别">{labelOf(CATEGORY, sample.category)}</Descriptions.Item>
          <Descriptions.Item label="标称商标">{sample.brand ?? '散装/无'}</Descriptions.Item>
          <Descriptions.Item label="规格型号">{sample.specification ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="生产批号">{sample.batchNumber}</Descriptions.Item>
          <Descriptions.Item label="生产日期">{sample.producedOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="抽样日期">{sample.sampledOn}</Descriptions.Item>
          <Descriptions.Item label="抽样人员">{sample.samplers.join('、')}</Descriptions.Item>
          <Descriptions.Item label="承检机构">{sample.lab}</Descriptions.Item>
          <Descriptions.Item label="重点品种/时段/区域">
            <FocusTags {...sampleFocus(sample)} />
          </Descriptions.Item>
          <Descriptions.Item label="收样日期">{sample.receivedOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="报告日期">{sample.reportedOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="结论送达">{sample.notifiedOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="结果公开">{sample.publishedOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="备份样品保存至">{sample.backupKeptUntil ?? '—'}</Descriptions.Item>
          {sample.consumerRequest && (
            <Descriptions.Item label="你点我检">{sample.consumerRequest.title}</Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card title="法定时限" style={{ marginBottom: 16 }}>
        <Table<Clock>
          aria-label="法定时限"
          size="small"
          rowKey="code"
          pagination={false}
          dataSource={sample.clocks}
          columns={[
            { title: '时限', dataIndex: 'name' },
            { title: '期限', dataIndex: 'period' },
            { title: '性质', dataIndex: 'duty', render: (value: Clock['duty']) => labelOf(DUTY, value) },
            { title: '起算日', dataIndex: 'startedOn' },
            { title: '截止日', dataIndex: 'deadline', render: (value: string | null) => value ?? '暂停计时' },
            { title: '剩余', key: 'remaining', render: (_, clock) => remainingText(clock) },
            {
              title: '状态',
              dataIndex: 'status',
              render: (value: Clock['status']) => <StatusTag value={value} map={CLOCK_STATUS} />,
            },
            {
              title: '依据',
              dataIndex: 'source',
              render: (value: string) => <Typography.Text type="secondary">{value}</Typography.Text>,
            },
          ]}
        />
      </Card>
      <GridRow gutter={16}>
        <Col xs={24} xl={15}>
          <Card title="检验项目" style={{ marginBottom: 16 }}>
            <Table
              aria-label="检验项目"
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={sample.testItems}
              locale={{ emptyText: '尚未录入检验结果' }}
              columns={[
                { title: '检验项目', dataIndex: 'name' },
                { title: '检验结果', dataIndex: 'measured' },
                { title: '标准指标', dataIndex: 'limit' },
                { title: '单位', dataIndex: 'unit' },
                { title: '判定依据', dataIndex: 'standard' },
                {
                  title: '单项判定',
                  dataIndex: 'verdict',
                  render: (value) => <StatusTag value={value} map={VERDICT} />,
                },
              ]}
            />
          </Card>
          <FollowUps sample={sample} />
        </Col>
        <Col xs={24} xl={9}>
          <Card title="流转记录">
            <Timeline
              aria-label="流转记录"
              items={sample.events.map((event) => ({
                key: event.id,
                color: event.toStatus === 'UNQUALIFIED' ? 'red' : event.toStatus === 'QUALIFIED' ? 'green' : 'blue',
                children: (
                  <>
                    <Typography.Text strong>{event.label}</Typography.Text>{' '}
                    <StatusTag value={event.toStatus} map={STATUS} />
                    <div>
                      <Typography.Text type="secondary">
                        {event.happenedOn} · {event.recordedBy} · 记录于 {formatDateTime(event.recordedAt)}
                      </Typography.Text>
                    </div>
                    {event.note && <div>{event.note}</div>}
                  </>
                ),
              }))}
            />
          </Card>
        </Col>
      </GridRow>
    </>
  );
}

function FollowUps({ sample }: { sample: SampleDetail }) {
  const { recheck, objections, disposal } = sample;
  if (!recheck && objections.length === 0 && !disposal) return null;
  return (
    <Card title="复检、异议与处置" style={{ marginBottom: 16 }}>
      <Flex vertical gap={16}>
        {recheck && (
          <Descriptions title="复检" size="small" column={2}>
            <Descriptions.Item label="申请日期">{recheck.requestedOn}</Descriptions.Item>
            <Descriptions.Item label="申请人">{recheck.applicant}</Descriptions.Item>
            <Descriptions.Item label="复检机构">{recheck.lab}</Descriptions.Item>
            <Descriptions.Item label="复检结论">
              {recheck.result ? <StatusTag value={recheck.result} map={VERDICT} /> : '复检中'}{' '}
              {recheck.completedOn ?? ''}
            </Descriptions.Item>
          </Descriptions>
        )}
        {objections.map((objection) => (
          <Descriptions
            key={objection.id}
            title={`异议(${labelOf(OBJECTION_KIND, objection.kind)})`}
            size="small"
            column={2}
          >
            <Descriptions.Item label="提出日期">{objection.filedOn}</Descriptions.Item>
            <Descriptions.Item label="状态">
              <StatusTag value={objection.status} map={OBJECTION_STATUS} />
            </Descriptions.Item>
            <Descriptions.Item label="理由" span={2}>
              {objection.reason}
            </Descriptions.Item>
            {objection.conclusion && (
              <Descriptions.Item label="审核结论" span={2}>
                {objection.conclusion}({objection.decidedOn})
              </Descriptions.Item>
            )}
          </Descriptions>
        ))}
        {disposal && (
          <Descriptions title="核查处置" size="small" column={2}>
            <Descriptions.Item label="启动日期">{disposal.startedOn}</Descriptions.Item>
            <Descriptions.Item label="完成日期">{disposal.completedOn ?? '处置中'}</Descriptions.Item>
            <Descriptions.Item label="措施">
              {disposal.actions.map((action) => (
                <StatusTag key={action} value={action} map={ACTION} />
              ))}
            </Descriptions.Item>
            <Descriptions.Item label="案件编号">{disposal.caseNumber ?? '—'}</Descriptions.Item>
            {disposal.measures && (
              <Descriptions.Item label="处置情况" span={2}>
                {disposal.measures}
              </Descriptions.Item>
            )}
          </Descriptions>
        )}
      </Flex>
    </Card>
  );
}
