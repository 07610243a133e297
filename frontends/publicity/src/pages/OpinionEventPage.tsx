import { labelOf, StatusTag, useT } from '@shian/ui-kit';
import { Card, Descriptions, Flex, Timeline } from '@shian/antd';
import {
  formatDateTime,
  RecordAuditCard,
  RecordHeader,
  CaseTable,
  useCanWriteRecord,
  useRecord,
  EntityLink,
  CaseLink,
} from '@shian/remote-kit';
import { Audit } from '../audit';
import { LinkOpinionButton } from '../components/LinkOpinionButton';
import { MoveOpinionButton } from '../components/MoveOpinionButton';
import { graphql } from '../gql';
import { SEVERITY, STAGE } from '../labels';

const OpinionEventDetailDocument = graphql(`
  query OpinionEventDetail($id: ID!) {
    opinionEvent(id: $id) {
      id
      title
      content
      platform
      sourceUrl
      detectedAt
      severity
      status
      version
      escalatedTo
      caseId
      case {
        id
        number
        title
      }
      cases {
        ...CaseRow
      }
      closedAt
      transitions
      entity {
        ...EntityRef
      }
      township {
        ...TownshipRef
      }
      steps {
        id
        fromStatus
        toStatus
        at
        byName
        note
      }
    }
  }
`);

/**
 * One opinion event: what was said where, its entity and case, its steps, the moves the table allows, and the leads
 * and cases enforcement registered from it (in the caller's case scope).
 */
export function OpinionEventPage() {
  const canWrite = useCanWriteRecord();
  const t = useT();
  const view = useRecord({ query: OpinionEventDetailDocument, pick: (d) => d.opinionEvent, missing: '未找到该舆情' });
  const event = view.record;
  if (!event) return view.fallback;
  // As the subgraph decides: an event of a township is its writers', one of no township the district's.
  const mayWrite = canWrite(!event.township);
  return (
    <>
      <RecordHeader
        view={view}
        title={event.title}
        back="/opinions"
        extra={
          mayWrite && (
            <Flex gap={8}>
              <LinkOpinionButton event={event} onLinked={view.reload} />
              {event.transitions.map((next) => (
                <MoveOpinionButton key={next} id={event.id} version={event.version} to={next} onMoved={view.reload} />
              ))}
            </Flex>
          )
        }
      >
        <StatusTag value={event.status} map={STAGE} />
        <StatusTag value={event.severity} map={SEVERITY} />
      </RecordHeader>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('处置阶段')}>{labelOf(STAGE, event.status)}</Descriptions.Item>
          <Descriptions.Item label={t('舆情等级')}>{labelOf(SEVERITY, event.severity)}</Descriptions.Item>
          <Descriptions.Item label={t('发现平台')}>{event.platform}</Descriptions.Item>
          <Descriptions.Item label={t('发现时间')}>{formatDateTime(event.detectedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('涉及主体')}>
            <EntityLink entity={event.entity} />
          </Descriptions.Item>
          <Descriptions.Item label={t('乡镇(街道)')}>{event.township?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('关联案件')}>
            {event.case ? (
              <CaseLink id={event.case.id}>{`${event.case.title}(${event.case.number ?? event.case.id})`}</CaseLink>
            ) : (
              (event.caseId ?? '—')
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('升级上报单位')}>{event.escalatedTo ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('办结时间')}>{formatDateTime(event.closedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('原帖链接')}>
            {event.sourceUrl ? (
              <a href={event.sourceUrl} target="_blank" rel="noreferrer">
                {event.sourceUrl}
              </a>
            ) : (
              '—'
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('舆情内容')} span="filled">
            {event.content}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('处置记录')}>
        <Timeline
          items={event.steps.map((step) => ({
            color: STAGE[step.toStatus].color === 'default' ? 'gray' : STAGE[step.toStatus].color,
            content: (
              <>
                <strong>{labelOf(STAGE, step.toStatus)}</strong> · {formatDateTime(step.at)} · {step.byName}
                <div>{step.note}</div>
              </>
            ),
          }))}
        />
      </Card>
      <Card title={t('由此登记的线索和案件')} style={{ marginTop: 16 }}>
        <CaseTable aria-label="由此登记的线索和案件" rows={event.cases ?? []} empty={t('暂无线索和案件')} />
      </Card>
      <RecordAuditCard trail={Audit} recordType="OpinionEvent" recordId={event.id} />
    </>
  );
}
