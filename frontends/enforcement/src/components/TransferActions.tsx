import { optionsOf, useT } from '@shian/ui-kit';
import { Form, Select } from '@shian/antd';
import dayjs from 'dayjs';
import { graphql } from '../gql';
import type {
  PartnerDepartment,
  TransferAnswerInput,
  TransferKind,
  TransferOutcome,
  TransferReceiptInput,
  TransferStatus,
} from '../gql/graphql';
import { TRANSFER_OUTCOME } from '../labels';
import {
  type FormValuesOf,
  localDate,
  MutationDialog,
  PastDayField,
  RecordActions,
  TextField,
  usePartnerDepartment,
} from '@shian/remote-kit';

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
function nextOutcomes(transfer: TransferForActions): TransferOutcome[] {
  if (!transfer.outcome) return ['FILED', 'DECLINED', 'CONCLUDED'];
  if (transfer.outcome === 'FILED') return transfer.kind === 'CRIMINAL' ? ['PROSECUTED', 'CONCLUDED'] : ['CONCLUDED'];
  return [];
}

/** The receipt and the answer as their forms hold them: their inputs but the transfer, which the row gives. */
type ReceiptValues = FormValuesOf<Omit<TransferReceiptInput, 'transferId'>, 'receivedOn'>;
type AnswerValues = FormValuesOf<Omit<TransferAnswerInput, 'transferId'>, 'answeredOn'>;

/**
 * The receiving department's own part of a transfer: 签收 (its receipt) and 答复 (its outcome). Shown only to that
 * department; the subgraph refuses everyone else.
 */
export function TransferActions({ transfer, onChanged }: { transfer: TransferForActions; onChanged: () => void }) {
  const t = useT();
  const department = usePartnerDepartment();
  if (!department || department !== transfer.department) return null;
  const outcomes = nextOutcomes(transfer);

  return (
    <RecordActions onChanged={onChanged}>
      {transfer.status === 'SENT' && (
        <MutationDialog
          label="签收"
          title="签收移送(回执)"
          button={{ type: 'primary', size: 'small' }}
          okText="提交"
          success="已签收"
          initialValues={{ receivedOn: dayjs() }}
          mutation={ReceiveMutation}
          variables={(v: ReceiptValues) => ({
            input: { ...v, transferId: transfer.id, receivedOn: localDate(v.receivedOn) },
          })}
        >
          <PastDayField name="receivedOn" label="接收日期" />
          <TextField label="回执编号" name="receiptNumber" required max={60} />
          <TextField label="接收人" name="receivedBy" required max={50} />
        </MutationDialog>
      )}
      {transfer.status !== 'SENT' && outcomes.length > 0 && (
        <MutationDialog
          label="答复处理结果"
          button={{ type: 'primary', size: 'small' }}
          okText="提交"
          success="已答复"
          initialValues={{ answeredOn: dayjs(), outcome: outcomes[0] }}
          mutation={AnswerMutation}
          variables={(v: AnswerValues) => ({
            input: {
              transferId: transfer.id,
              answeredOn: localDate(v.answeredOn),
              outcome: v.outcome,
              note: v.note,
              partnerCaseNumber: v.partnerCaseNumber || null,
            },
          })}
        >
          <PastDayField name="answeredOn" label="答复日期" />
          <Form.Item label={t('处理结果')} name="outcome" rules={[{ required: true, message: t('请选择处理结果') }]}>
            <Select options={optionsOf(TRANSFER_OUTCOME).filter((o) => outcomes.includes(o.value))} />
          </Form.Item>
          <TextField label="处理情况" name="note" required max={1000} rows={3} />
          <TextField label="本单位案件编号" name="partnerCaseNumber" max={60} />
        </MutationDialog>
      )}
    </RecordActions>
  );
}
