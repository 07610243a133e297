import { errorMessage, useMutation } from '@shian/graphql-client';
import { labelOf, optionsOf } from '@shian/ui-kit';
import { App as AntApp, Button, DatePicker, Flex, Form, Input, Modal, Select, Typography } from '@shian/antd';
import dayjs, { type Dayjs } from 'dayjs';
import { graphql } from '../gql';
import type { ComplaintListQuery, ComplaintStatus, MediationResult, Violation } from '../gql/graphql';
import { COMPLAINT_STATUS, MEDIATION_RESULT, VIOLATION } from '../labels';
import { applyServerErrors } from '@shian/remote-kit';

const MoveComplaintMutation = graphql(`
  mutation MoveComplaint($input: ComplaintMoveInput!) {
    moveComplaint(input: $input) {
      id
      status
      outcome
      version
    }
  }
`);

const ExtendComplaintMutation = graphql(`
  mutation ExtendComplaintClock($input: ComplaintExtensionInput!) {
    extendComplaintClock(input: $input) {
      id
      extended
      version
    }
  }
`);

/** A row of the 投诉举报 register, as ComplaintList reads it. */
export type ComplaintRow = ComplaintListQuery['complaints']['nodes'][number];

/** Only a report (举报) still being checked may have its checking period extended, once. */
export const canExtend = (row: ComplaintRow) => row.kind === 'REPORT' && row.status === 'RECEIVED' && !row.extended;

interface MoveValues {
  to: ComplaintStatus;
  on: Dayjs;
  reason?: string;
  mediationResult?: MediationResult;
  mediationNote?: string;
  caseId?: string;
  caseTitle?: string;
  violations?: Violation[];
  answer?: string;
}

/** The outcomes the transition table allows from here, each with what it needs; and a report's extension. */
export function ComplaintActionModal({
  record,
  onClose,
}: {
  record: ComplaintRow;
  onClose: (changed: boolean) => void;
}) {
  const [form] = Form.useForm<MoveValues>();
  const target = Form.useWatch('to', form);
  const [{ fetching }, move] = useMutation(MoveComplaintMutation);
  const [{ fetching: extending }, extend] = useMutation(ExtendComplaintMutation);
  const { message } = AntApp.useApp();

  const submit = async () => {
    const values = await form.validateFields();
    const result = await move({
      input: {
        complaintId: record.id,
        version: record.version,
        to: values.to,
        on: values.on.format('YYYY-MM-DD'),
        reason: values.reason?.trim() || null,
        mediationResult: values.mediationResult ?? null,
        mediationNote: values.mediationNote?.trim() || null,
        caseId: values.caseId?.trim() || null,
        caseTitle: values.caseTitle?.trim() || null,
        violations: values.violations ?? [],
        answer: values.answer?.trim() || null,
      },
    });
    if (result.error) {
      const general = applyServerErrors(form, result.error);
      if (general) message.error(general);
      if (result.error.graphQLErrors.some((e) => e.extensions?.code === 'CONFLICT')) onClose(true);
      return;
    }
    message.success(`已办理:${labelOf(COMPLAINT_STATUS, result.data!.moveComplaint.status)}`);
    onClose(true);
  };

  const extendClock = async () => {
    const result = await extend({ input: { complaintId: record.id, version: record.version } });
    if (result.error) return message.error(errorMessage(result.error));
    message.success('核查期限已延长15个工作日');
    onClose(true);
  };

  return (
    <Modal
      title={`办理 ${record.code}`}
      open
      onOk={submit}
      okText="保存"
      cancelText="取消"
      okButtonProps={{ disabled: record.nextStatuses.length === 0 }}
      confirmLoading={fetching}
      onCancel={() => onClose(false)}
      destroyOnHidden
      width={600}
      footer={(_, { OkBtn, CancelBtn }) => (
        <>
          {canExtend(record) && (
            <Button loading={extending} onClick={extendClock}>
              延长核查期限
            </Button>
          )}
          <CancelBtn />
          <OkBtn />
        </>
      )}
    >
      <Typography.Paragraph type="secondary">{record.content}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ to: record.nextStatuses[0], on: dayjs() }}>
        <Flex gap={12}>
          <Form.Item label="办理结果" name="to" rules={[{ required: true }]} style={{ flex: 2 }}>
            <Select
              aria-label="办理结果"
              options={record.nextStatuses.map((s) => ({ value: s, label: labelOf(COMPLAINT_STATUS, s) }))}
            />
          </Form.Item>
          <Form.Item label="办理日期" name="on" rules={[{ required: true, message: '请选择日期' }]} style={{ flex: 1 }}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        {target === 'REFUSED' && (
          <Form.Item label="不予受理理由" name="reason" rules={[{ required: true, message: '请填写不予受理理由' }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
        {target === 'MEDIATED' && (
          <>
            <Form.Item label="调解结果" name="mediationResult" rules={[{ required: true, message: '请选择调解结果' }]}>
              <Select aria-label="调解结果" options={optionsOf(MEDIATION_RESULT)} />
            </Form.Item>
            <Form.Item label="调解情况" name="mediationNote">
              <Input.TextArea rows={2} />
            </Form.Item>
          </>
        )}
        {target === 'REFERRED' && (
          <>
            <Form.Item label="新登记线索的案由" name="caseTitle" extra="或填写已有线索(案件)ID,关联到该案">
              <Input placeholder="如:某餐馆涉嫌使用过期原料案" />
            </Form.Item>
            <Form.Item label="已有线索(案件)ID" name="caseId">
              <Input />
            </Form.Item>
            <Form.Item label="涉嫌违法行为" name="violations">
              <Select mode="multiple" options={optionsOf(VIOLATION)} />
            </Form.Item>
          </>
        )}
        {target === 'ANSWERED' && (
          <Form.Item label="答复内容" name="answer" rules={[{ required: true, message: '请填写答复内容' }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
