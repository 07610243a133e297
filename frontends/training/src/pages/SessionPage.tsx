import { labelOf, StatusTag, useT } from '@shian/ui-kit';
import { Card, Descriptions } from '@shian/antd';
import { AttendanceSheet } from '../components/AttendanceSheet';
import {
  EditRecordButton,
  formatDate,
  RecordAuditCard,
  RecordHeader,
  useCanWriteRecord,
  useRecord,
} from '@shian/remote-kit';
import { Audit } from '../audit';
import { graphql } from '../gql';
import { AUDIENCE, KIND, MODE } from '../labels';
import { signedCount } from '../sessions';

const SessionDetailDocument = graphql(`
  query TrainingSessionDetail($id: ID!) {
    trainingSession(id: $id) {
      ...TrainingSessionFields
      topics
      attendeeCount
      kind
      officerCount
      township {
        ...TownshipRef
      }
    }
  }
`);

/** One session: what, when, where, and its attendance sheet. */
export function SessionPage() {
  const canWriteRecord = useCanWriteRecord();
  const t = useT();
  const view = useRecord({ query: SessionDetailDocument, pick: (d) => d.trainingSession, missing: '未找到该培训' });
  const session = view.record;
  if (!session) return view.fallback;
  const officers = session.kind === 'OFFICERS';
  // An officers' session is the district's record: a township officer may read it but not edit it.
  const canWrite = canWriteRecord(officers);
  return (
    <>
      <RecordHeader
        view={view}
        title={session.title}
        back="/"
        extra={canWrite && <EditRecordButton to={`/sessions/${session.id}/edit`} />}
      >
        <StatusTag value={session.kind} map={KIND} />
        <StatusTag value={session.audience} map={AUDIENCE} />
        <StatusTag value={session.mode} map={MODE} />
      </RecordHeader>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('培训对象')}>{labelOf(AUDIENCE, session.audience)}</Descriptions.Item>
          <Descriptions.Item label={t('培训日期')}>{formatDate(session.heldOn)}</Descriptions.Item>
          <Descriptions.Item label={t('授课人')}>{session.trainer}</Descriptions.Item>
          <Descriptions.Item label={t('方式')}>{labelOf(MODE, session.mode)}</Descriptions.Item>
          <Descriptions.Item label={t('培训地点')}>{session.place ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('学时')}>{session.hours}</Descriptions.Item>
          <Descriptions.Item label={t('承办乡镇(街道)')}>{session.township?.name ?? t('全区')}</Descriptions.Item>
          <Descriptions.Item label={t('签到人数')}>{signedCount(session)}</Descriptions.Item>
          <Descriptions.Item label={t('培训内容')}>{session.topics || '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <AttendanceSheet session={session} officers={officers} />
      <RecordAuditCard trail={Audit} recordType="TrainingSession" recordId={session.id} />
    </>
  );
}
