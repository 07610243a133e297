import { errorMessage, useMutation, useQuery } from '@shian/graphql-client';
import { AuditTrailCard, ErrorPanel, labelOf, PageHeader, PartialNotice, StatusTag } from '@shian/ui-kit';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  Modal,
  Skeleton,
  Timeline,
} from '@shian/antd';
import { useState } from 'react';
import { useNavigate, useParams } from '@shian/router';
import { applyServerErrors, formatDateTime, useCanWrite, useCurrentUser, useModulePath } from '@shian/remote-kit';
import { AUDIT_RECORD_TYPE, RecordAuditTrailQueryDocument } from '../audit';
import { graphql } from '../gql';
import type { OpinionStatus } from '../gql/graphql';
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

const MoveOpinionMutation = graphql(`
  mutation MoveOpinionEvent($id: ID!, $input: OpinionMoveInput!, $expectedVersion: Int) {
    moveOpinionEvent(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      status
      version
    }
  }
`);

/** The verb on a stage's button. */
const ACTION: Record<OpinionStatus, string> = {
  DETECTED: '登记',
  VERIFYING: '开始核实',
  ESCALATED: '升级上报',
  HANDLING: '进入处置',
  RESPONDED: '发布回应',
  CLOSED: '办结',
};

interface MoveValues {
  note: string;
  escalatedTo?: string;
  caseId?: string;
}

function MoveButton({
  id,
  version,
  to,
  onMoved,
}: {
  id: string;
  version: number;
  to: OpinionStatus;
  onMoved: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<MoveValues>();
  const [{ fetching }, move] = useMutation(MoveOpinionMutation);
  const [problem, setProblem] = useState<string>();
  const { message } = AntApp.useApp();

  const submit = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    setProblem(undefined);
    const result = await move({
      id,
      expectedVersion: version,
      input: {
        to,
        note: values.note.trim(),
        escalatedTo: values.escalatedTo?.trim() || null,
        caseId: values.caseId?.trim() || null,
      },
    });
    if (result.error) {
      setProblem(applyServerErrors(form, result.error) ?? errorMessage(result.error));
      return;
    }
    message.success(`已变更为「${labelOf(STAGE, to)}」`);
    setOpen(false);
    onMoved();
  };

  return (
    <>
      <Button
        type={to === 'ESCALATED' ? 'default' : 'primary'}
        danger={to === 'ESCALATED'}
        onClick={() => setOpen(true)}
      >
        {ACTION[to]}
      </Button>
      <Modal
        title={`${ACTION[to]}(变更为「${labelOf(STAGE, to)}」)`}
        open={open}
        onOk={submit}
        okText="确定"
        cancelText="取消"
        confirmLoading={fetching}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} role="alert" />}
        <Form form={form} layout="vertical">
          {to === 'ESCALATED' && (
            <Form.Item
              label="上报单位"
              name="escalatedTo"
              rules={[{ required: true, whitespace: true, message: '请输入上报单位' }]}
            >
              <Input placeholder="如 巴州区食品安全委员会办公室" />
            </Form.Item>
          )}
          <Form.Item
            label="处理情况"
            name="note"
            rules={[{ required: true, whitespace: true, message: '请填写处理情况' }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
          {to === 'HANDLING' && (
            <Form.Item label="关联案件编号" name="caseId" extra="处置中立案的,填写案件编号">
              <Input />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}

/** One opinion event: what was said where, its entity and case, its steps, and the moves the table allows. */
export function OpinionEventPage() {
  const { id = '' } = useParams();
  const role = useCurrentUser()?.role;
  const to = useModulePath();
  const navigate = useNavigate();
  const canWrite = useCanWrite();
  const [{ data, fetching, error }, refetch] = useQuery({ query: OpinionEventDetailDocument, variables: { id } });
  // With the record itself, an error is about another domain's fields: shown beside the record, not instead.
  if (error && !data?.opinionEvent) return <ErrorPanel error={error} />;
  if (fetching && !data) return <Skeleton active />;
  const event = data?.opinionEvent;
  if (!event) return <ErrorPanel title="记录不存在" error={new Error('未找到该舆情')} />;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <>
      {error && <PartialNotice error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      <PageHeader
        title={event.title}
        onBack={() => navigate(to('/opinions'))}
        extra={
          canWrite && (
            <Flex gap={8}>
              {event.transitions.map((next) => (
                <MoveButton key={next} id={event.id} version={event.version} to={next} onMoved={reload} />
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
          <Descriptions.Item label="处置阶段">{labelOf(STAGE, event.status)}</Descriptions.Item>
          <Descriptions.Item label="舆情等级">{labelOf(SEVERITY, event.severity)}</Descriptions.Item>
          <Descriptions.Item label="发现平台">{event.platform}</Descriptions.Item>
          <Descriptions.Item label="发现时间">{formatDateTime(event.detectedAt)}</Descriptions.Item>
          <Descriptions.Item label="涉及主体">{event.entity?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="乡镇(街道)">{event.township?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="关联案件">
            {event.case ? `${event.case.title}(${event.case.number ?? event.case.id})` : (event.caseId ?? '—')}
          </Descriptions.Item>
          <Descriptions.Item label="升级上报单位">{event.escalatedTo ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="办结时间">{formatDateTime(event.closedAt)}</Descriptions.Item>
          <Descriptions.Item label="原帖链接">
            {event.sourceUrl ? (
              <a href={event.sourceUrl} target="_blank" rel="noreferrer">
                {event.sourceUrl}
              </a>
            ) : (
              '—'
            )}
          </Descriptions.Item>
          <Descriptions.Item label="舆情内容" span="filled">
            {event.content}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title="处置记录">
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
