import { useQuery } from '@shian/graphql-client';
import { AuditTrailCard, ErrorPanel, labelOf, PageHeader, PartialNotice, StatusTag, useT } from '@shian/ui-kit';
import { Card, Descriptions, Flex, Skeleton, Timeline } from '@shian/antd';
import { useNavigate, useParams } from '@shian/router';
import { formatDateTime, useCanWrite, useCanWriteDistrict, useCurrentUser, useModulePath } from '@shian/remote-kit';
import { AUDIT_RECORD_TYPE, RecordAuditTrailQueryDocument } from '../audit';
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
      closedAt
      transitions
      entity {
        id
        name
      }
      township {
        id
        name
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

/** One opinion event: what was said where, its entity and case, its steps, and the moves the table allows. */
export function OpinionEventPage() {
  const { id = '' } = useParams();
  const role = useCurrentUser()?.role;
  const to = useModulePath();
  const navigate = useNavigate();
  const canWrite = useCanWrite();
  const canWriteDistrict = useCanWriteDistrict();
  const t = useT();
  const [{ data, fetching, error }, refetch] = useQuery({ query: OpinionEventDetailDocument, variables: { id } });
  // With the record itself, an error is about another domain's fields: shown beside the record, not instead.
  if (error && !data?.opinionEvent) return <ErrorPanel error={error} />;
  if (fetching && !data) return <Skeleton active />;
  const event = data?.opinionEvent;
  if (!event) return <ErrorPanel title="记录不存在" error={new Error(t('未找到该舆情'))} />;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  // As the subgraph decides: an event of a township is its writers', one of no township the district's.
  const mayWrite = event.township ? canWrite : canWriteDistrict;
  return (
    <>
      {error && <PartialNotice error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      <PageHeader
        title={event.title}
        onBack={() => navigate(to('/opinions'))}
        extra={
          mayWrite && (
            <Flex gap={8}>
              <LinkOpinionButton event={event} onLinked={reload} />
              {event.transitions.map((next) => (
                <MoveOpinionButton key={next} id={event.id} version={event.version} to={next} onMoved={reload} />
              ))}
            </Flex>
          )
        }
      >
        <div>
          <StatusTag value={event.status} map={STAGE} /> <StatusTag value={event.severity} map={SEVERITY} />
        </div>
      </PageHeader>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('处置阶段')}>{labelOf(STAGE, event.status)}</Descriptions.Item>
          <Descriptions.Item label={t('舆情等级')}>{labelOf(SEVERITY, event.severity)}</Descriptions.Item>
          <Descriptions.Item label={t('发现平台')}>{event.platform}</Descriptions.Item>
          <Descriptions.Item label={t('发现时间')}>{formatDateTime(event.detectedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('涉及主体')}>{event.entity?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('乡镇(街道)')}>{event.township?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('关联案件')}>
            {event.case ? `${event.case.title}(${event.case.number ?? event.case.id})` : (event.caseId ?? '—')}
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
      <AuditTrailCard
        role={role}
        query={RecordAuditTrailQueryDocument}
        pick={(d) => d.auditTrail.publicity}
        recordType="OpinionEvent"
        recordId={event.id}
        recordTypeLabels={AUDIT_RECORD_TYPE}
      />
    </>
  );
}
