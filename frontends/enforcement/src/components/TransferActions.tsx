import { useMutation } from '@shian/graphql-client';
import { optionsOf } from '@shian/ui-kit';
import { App as AntApp, Button, DatePicker, Flex, Form, Input, Modal, Select } from '@shian/antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { graphql } from '../gql';
import type { PartnerDepartment, TransferKind, TransferOutcome, TransferStatus } from '../gql/graphql';
import { TRANSFER_OUTCOME } from '../labels';
import { applyServerErrors, usePartnerDepartment } from '@shian/remote-kit';

const ReceiveMutation = graphql(`
  mutation ReceiveTransfer($input: TransferReceiptInput!) {
    receiveTransfer(input: $input) {
      id
      status
      receivedOn
      receiptNumber
      receivedBy
    }
  }
`);

const AnswerMutation = graphql(`
  mutation AnswerTransfer($input: TransferAnswerInput!) {
    answerTransfer(input: $input) {
      id
      status
      outcome
      answeredOn
      outcomeNote
      partnerCaseNumber
    }
  }
`);

export interface TransferForActions {
  id: string;
  department: PartnerDepartment;
  kind: TransferKind;
  status: TransferStatus;
  outcome?: TransferOutcome | null;
}

/** What may follow what (the subgraph checks the same): a filed criminal case goes on to prosecution. */
function nextOutcomes(t: TransferForActions): TransferOutcome[] {
  if (!t.outcome) return ['FILED', 'DECLINED', 'CONCLUDED'];
  if (t.outcome === 'FILED') return t.kind === 'CRIMINAL' ? ['PROSECUTED', 'CONCLUDED'] : ['CONCLUDED'];
  return [];
}

/**
 * The receiving department's own part of a transfer: 签收 (its receipt) and 答复 (its outcome). Shown only to that
 * department; the subgraph refuses everyone else.
 */
export function TransferActions({ transfer, onChanged }: { transfer: TransferForActions; onChanged: () => void }) {
  const department = usePartnerDepartment();
  const [mode, setMode] = useState<'receive' | 'answer' | null>(null);
  const [form] = Form.useForm<{
    on: Dayjs;
    receiptNumber?: string;
    receivedBy?: string;
    outcome?: TransferOutcome;
    note?: string;
    partnerCaseNumber?: string;
  }>();
  const [{ fetching: receiving }, receive] = useMutation(ReceiveMutation);
  const [{ fetching: answering }, answer] = useMutation(AnswerMutation);
  const { message } = AntApp.useApp();
  if (!department || department !== transfer.department) return null;
  const outcomes = nextOutcomes(transfer);

  const submit = async () => {
    const v = await form.validateFields();
    const on = v.on.format('YYYY-MM-DD');
    const result =
      mode === 'receive'
        ? await receive({
            input: {
              transferId: transfer.id,
              receivedOn: on,
              receiptNumber: v.receiptNumber!,
              receivedBy: v.receivedBy!,
            },
          })
        : await answer({
            input: {
              transferId: transfer.id,
              answeredOn: on,
              outcome: v.outcome!,
              note: v.note!,
              partnerCaseNumber: v.partnerCaseNumber || null,
            },
          });
    if (result.error) {
      const general = applyServerErrors(form, result.error);
      if (general) message.error(general);
      return;
    }
    message.success(mode === 'receive' ? '已签收' : '已答复');
    setMode(null);
    onChanged();
  };

  return (
    <Flex gap={8}>
      {transfer.status === 'SENT' && (
        <Button type="primary" size="small" onClick={() => setMode('receive')}>
          签收
        </Button>
      )}
      {transfer.status !== 'SENT' && outcomes.length > 0 && (
        <Button type="primary" size="small" onClick={() => setMode('answer')}>
          答复处理结果
        </Button>
      )}
      <Modal
        title={mode === 'receive' ? '签收移送(回执)' : '答复处理结果'}
        open={mode !== null}
        onOk={submit}
        okText="提交"
        cancelText="取消"
        confirmLoading={receiving || answering}
        onCancel={() => setMode(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={{ on: dayjs(), outcome: outcomes[0] }}>
          <Form.Item label={mode === 'receive' ? '接收日期' : '答复日期'} name="on" rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          {mode === 'receive' ? (
            <>
              <Form.Item label="回执编号" name="receiptNumber" rules={[{ required: true, message: '请填写回执编号' }]}>
                <Input />
              </Form.Item>
              <Form.Item label="接收人" name="receivedBy" rules={[{ required: true, message: '请填写接收人' }]}>
                <Input />
              </Form.Item>
            </>
          ) : (
            <>
              <Form.Item label="处理结果" name="outcome" rules={[{ required: true }]}>
                <Select options={optionsOf(TRANSFER_OUTCOME).filter((o) => outcomes.includes(o.value))} />
              </Form.Item>
              <Form.Item label="处理情况" name="note" rules={[{ required: true, message: '请填写处理情况' }]}>
                <Input.TextArea rows={3} />
              </Form.Item>
              <Form.Item label="本单位案件编号" name="partnerCaseNumber">
                <Input />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </Flex>
  );
}
