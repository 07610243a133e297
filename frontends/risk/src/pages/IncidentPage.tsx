import { labelOf, StatusTag, useT } from '@shian/ui-kit';
import { Card, Col, Descriptions, Empty, Flex, Row, Tag, Timeline } from '@shian/antd';
import {
  AdvanceIncidentButton,
  LinkRecordsButton,
  MarkReportedButton,
  nextStep,
  ReportClockTag,
} from '../components/incident';
import {
  formatDateTime,
  RecordAuditCard,
  RecordHeader,
  RecordTable,
  useCanWrite,
  useRecord,
  EntityLink,
  CaseLink,
  SampleLink,
} from '@shian/remote-kit';
import { Audit } from '../audit';
import { graphql } from '../gql';
import { departmentNames, INCIDENT_KIND, INCIDENT_LEVEL, INCIDENT_STEP } from '../labels';

export const IncidentDetailQuery = graphql(`
  query IncidentDetail($id: ID!) {
    incident(id: $id) {
      id
      code
      title
      kind
      level
      occurredAt
      receivedAt
      place
      affected
      reportedAt
      responseDepartments
      currentStep
      version
      township {
        ...TownshipRef
      }
      entity {
        ...EntityRef
      }
      timeline {
        step
        at
        note
        by
      }
      reportClock {
        ...ReportClockFields
        source
      }
      samples {
        id
        number
        foodName
        sampledOn
      }
      cases {
        ...LinkedCase
      }
    }
  }
`);

/** An incident: its record, the timeline of steps, the reporting clock, the next step's action, linked records. */
export function IncidentPage() {
  const t = useT();
  const canWrite = useCanWrite();
  const view = useRecord({ query: IncidentDetailQuery, pick: (d) => d.incident, missing: '未找到该事件,可能无权查看' });
  const incident = view.record;
  if (!incident) return view.fallback;
  const clock = incident.reportClock;
  const next = nextStep(incident.currentStep);

  return (
    <>
      <RecordHeader
        view={view}
        title={incident.title}
        back="/incidents"
        extra={
          canWrite && (
            <>
              {!clock.reportedAt && <MarkReportedButton incident={incident} onDone={view.reload} />}
              <AdvanceIncidentButton incident={incident} onDone={view.reload} />
            </>
          )
        }
      >
        <Tag>{incident.code}</Tag>
        <StatusTag value={incident.level} map={INCIDENT_LEVEL} />
        <Tag>{labelOf(INCIDENT_KIND, incident.kind)}</Tag>
        <StatusTag value={incident.currentStep} map={INCIDENT_STEP} />
      </RecordHeader>
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <Card title={t('事件信息')} style={{ marginBottom: 16 }}>
            <Descriptions column={{ xs: 1, md: 2 }}>
              <Descriptions.Item label={t('发生时间')}>{formatDateTime(incident.occurredAt)}</Descriptions.Item>
              <Descriptions.Item label={t('地点')}>{incident.place}</Descriptions.Item>
              <Descriptions.Item label={t('乡镇(街道)')}>{incident.township?.name ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('涉事主体')}>
                <EntityLink entity={incident.entity} />
              </Descriptions.Item>
              <Descriptions.Item label={t('涉及人数')}>{incident.affected}</Descriptions.Item>
              <Descriptions.Item label={t('响应部门')}>
                {departmentNames(incident.responseDepartments)}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <Card title={t('报告时限')} style={{ marginBottom: 16 }}>
            <Descriptions column={{ xs: 1, md: 2 }} aria-label="报告时限">
              <Descriptions.Item label={t('时限')}>
                {t('接报后 {{hours}} 小时内报告', { hours: clock.hoursAllowed })}
              </Descriptions.Item>
              <Descriptions.Item label={t('接报时间')}>{formatDateTime(incident.receivedAt)}</Descriptions.Item>
              <Descriptions.Item label={t('截止时间')}>{formatDateTime(clock.deadline)}</Descriptions.Item>
              <Descriptions.Item label={t('报告时间')}>{formatDateTime(clock.reportedAt)}</Descriptions.Item>
              <Descriptions.Item label={t('情况')}>
                <ReportClockTag clock={clock} />
              </Descriptions.Item>
              <Descriptions.Item label={t('依据')} span={2}>
                {clock.source}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <Card
            title={t('关联样品和案件')}
            extra={
              canWrite && (
                <LinkRecordsButton
                  incident={incident}
                  samples={incident.samples}
                  cases={incident.cases}
                  onDone={view.reload}
                />
              )
            }
          >
            {incident.samples.length + incident.cases.length === 0 ? (
              <Empty description={t('尚未关联')} />
            ) : (
              <Flex vertical gap={12}>
                {incident.samples.length > 0 && (
                  <RecordTable
                    aria-label="关联样品"
                    rows={incident.samples}
                    columns={[
                      {
                        title: t('抽样单编号'),
                        key: 'number',
                        render: (_, s) => <SampleLink id={s.id}>{s.number ?? s.id}</SampleLink>,
                      },
                      { title: t('食品名称'), key: 'foodName', render: (_, s) => s.foodName ?? '—' },
                      { title: t('抽样日期'), key: 'sampledOn', render: (_, s) => s.sampledOn ?? '—' },
                    ]}
                  />
                )}
                {incident.cases.length > 0 && (
                  <RecordTable
                    aria-label="关联案件"
                    rows={incident.cases}
                    columns={[
                      { title: t('立案编号'), key: 'number', render: (_, c) => c.number ?? t('(线索)') },
                      {
                        title: t('案由'),
                        key: 'title',
                        render: (_, c) => <CaseLink id={c.id}>{c.title ?? c.id}</CaseLink>,
                      },
                    ]}
                  />
                )}
              </Flex>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('处置时间轴')}>
            <Timeline
              aria-label="处置时间轴"
              items={[
                ...incident.timeline.map((entry, i) => ({
                  key: `${entry.step}-${i}`,
                  color: entry.step === 'CLOSED' ? 'green' : 'blue',
                  content: (
                    <span>
                      <strong>{labelOf(INCIDENT_STEP, entry.step)}</strong> {formatDateTime(entry.at)} · {entry.by}
                      {entry.note ? ` · ${entry.note}` : ''}
                    </span>
                  ),
                })),
                ...(next
                  ? [
                      {
                        key: 'next',
                        color: 'gray',
                        content: <span>{t('下一步:{{step}}', { step: labelOf(INCIDENT_STEP, next) })}</span>,
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
        </Col>
      </Row>
      <RecordAuditCard trail={Audit} recordType="Incident" recordId={incident.id} />
    </>
  );
}
