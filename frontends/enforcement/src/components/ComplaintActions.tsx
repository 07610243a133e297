import { labelOf, optionsOf, useT } from '@shian/ui-kit';
import { Flex, Form, Select, Typography } from '@shian/antd';
import dayjs from 'dayjs';
import { graphql } from '../gql';
import type { ComplaintInput, ComplaintListQuery, ComplaintMoveInput, ComplaintStatus } from '../gql/graphql';
import { COMPLAINT_CHANNEL, COMPLAINT_STATUS, MEDIATION_RESULT, VIOLATION } from '../labels';
import {
  CasePicker,
  type FormValuesOf,
  localDate,
  MutationDialog,
  PastDayField,
  RecordActions,
  TextField,
} from '@shian/remote-kit';
import { ComplainantFields, type ComplainantValues, complainantInput } from './ComplainantFields';

const MoveComplaintMutation = graphql(`
  mutation MoveComplaint($input: ComplaintMoveInput!) {
    moveComplaint(input: $input) {
      id
    }
  }
`);

const ExtendComplaintMutation = graphql(`
  mutation ExtendComplaintClock($input: ComplaintExtensionInput!) {
    extendComplaintClock(input: $input) {
      id
    }
  }
`);

const UpdateComplaintMutation = graphql(`
  mutation UpdateComplaint($input: ComplaintUpdateInput!) {
    updateComplaint(input: $input) {
      id
    }
  }
`);

/** A row of the 投诉举报 register, as ComplaintList reads it. */
export type ComplaintRow = ComplaintListQuery['complaints']['nodes'][number];

/** Only a report (举报) still being checked may have its checking period extended, once. */
const canExtend = (row: ComplaintRow) => row.kind === 'REPORT' && row.status === 'RECEIVED' && !row.extended;

/** A record is editable until it is answered (答复办结). */
const canEdit = (row: ComplaintRow) => row.status !== 'ANSWERED';

/** A register row's 办理: its next steps, the extension of a report's period, and corrections until it is answered. */
export function ComplaintActions({ record, onChanged }: { record: ComplaintRow; onChanged: () => void }) {
  return (
    <RecordActions onChanged={onChanged}>
      {record.nextStatuses.length > 0 && <ComplaintMoveButton record={record} />}
      {canExtend(record) && <ComplaintExtendButton record={record} />}
      {canEdit(record) && <ComplaintEditButton record={record} />}
    </RecordActions>
  );
}

/** The move's input but the record's own (its id, its version); a case to link to is typed in as its id's text. */
type MoveValues = FormValuesOf<Omit<ComplaintMoveInput, 'complaintId' | 'version' | 'caseId'>, 'on'> & {
  caseId?: string;
};

/** The row's dialogs reload the register through `ComplaintActions`' RecordActions. */
interface Props {
  record: ComplaintRow;
}

/** 办理: the outcomes the transition table allows from here, each with what it needs. */
function ComplaintMoveButton({ record }: Props) {
  const t = useT();
  return (
    <MutationDialog
      label={t('办理')}
      title={t('办理 {{code}}', { code: record.code })}
      button={{ size: 'small' }}
      okText="保存"
      width={600}
      success="已办理"
      initialValues={{ to: record.nextStatuses[0], on: dayjs() }}
      mutation={MoveComplaintMutation}
      variables={(values: MoveValues) => ({
        input: {
          complaintId: record.id,
          version: record.version,
          to: values.to,
          on: localDate(values.on),
          reason: values.reason?.trim() || null,
          mediationResult: values.mediationResult ?? null,
          mediationNote: values.mediationNote?.trim() || null,
          caseId: values.caseId ?? null,
          caseTitle: values.caseTitle?.trim() || null,
          violations: values.violations ?? [],
          answer: values.answer?.trim() || null,
        },
      })}
    >
      <Typography.Paragraph type="secondary">{record.content}</Typography.Paragraph>
      <Flex gap={12}>
        <Form.Item label={t('办理结果')} name="to" rules={[{ required: true }]} style={{ flex: 2 }}>
          <Select
            aria-label="办理结果"
            options={record.nextStatuses.map((s) => ({ value: s, label: labelOf(COMPLAINT_STATUS, s) }))}
          />
        </Form.Item>
        <PastDayField name="on" label="办理日期" style={{ flex: 1 }} />
      </Flex>
      <Form.Item noStyle dependencies={['to']}>
        {({ getFieldValue }) => <MoveFields to={getFieldValue('to')} entityId={record.entity?.id} />}
      </Form.Item>
    </MutationDialog>
  );
}

/**
 * What each outcome asks for (the subgraph's limits). 移送立案 makes a new lead, or links one of the business's own
 * (the subgraph refuses another party's).
 */
function MoveFields({ to, entityId }: { to: ComplaintStatus | undefined; entityId?: string }) {
  const t = useT();
  switch (to) {
    case 'REFUSED':
      return <TextField label="不予受理理由" name="reason" required max={1000} rows={2} />;
    case 'MEDIATED':
      return (
        <>
          <Form.Item
            label={t('调解结果')}
            name="mediationResult"
            rules={[{ required: true, message: t('请选择调解结果') }]}
          >
            <Select aria-label="调解结果" options={optionsOf(MEDIATION_RESULT)} />
          </Form.Item>
          <TextField label="调解情况" name="mediationNote" max={1000} rows={2} />
        </>
      );
    case 'REFERRED':
      return (
        <>
          <TextField
            label="新登记线索的案由"
            name="caseTitle"
            max={200}
            placeholder="如:某餐馆涉嫌使用过期原料案"
            extra={t('或选择该主体已有的线索(案件),关联到该案')}
          />
          <Form.Item label={t('已有线索(案件)')} name="caseId">
            <CasePicker entityId={entityId} aria-label="已有线索(案件)" />
          </Form.Item>
          <Form.Item label={t('涉嫌违法行为')} name="violations">
            <Select mode="multiple" options={optionsOf(VIOLATION)} />
          </Form.Item>
        </>
      );
    case 'ANSWERED':
      return <TextField label="答复内容" name="answer" required max={2000} rows={3} />;
    default:
      return null;
  }
}

/** 延长核查期限: a report's checking period, once, by 15 working days. */
function ComplaintExtendButton({ record }: Props) {
  const t = useT();
  return (
    <MutationDialog
      label={t('延长核查期限')}
      title={t('延长核查期限 {{code}}', { code: record.code })}
      button={{ size: 'small' }}
      success="核查期限已延长15个工作日"
      mutation={ExtendComplaintMutation}
      variables={(_: object) => ({ input: { complaintId: record.id, version: record.version } })}
    >
      <Typography.Paragraph>
        {t('举报的核查期限(15个工作日)延长15个工作日,只能延长一次。当前期限:{{deadline}}', {
          deadline: record.clock.deadline ?? '—',
        })}
      </Typography.Paragraph>
    </MutationDialog>
  );
}

/** The record's channel and content as it was registered (both required), and its complainant's fields. */
type EditValues = Pick<ComplaintInput, 'channel' | 'content'> & ComplainantValues;

/**
 * 修改登记信息: channel, content and, for those who see the complainant unmasked (who handle the record), the
 * complainant. The server replaces the complainant as a whole, so it is sent only when its fields were edited, and
 * never from a masked row (the stars would overwrite the real data).
 */
function ComplaintEditButton({ record }: Props) {
  const t = useT();
  const person = !record.complainant.masked;
  return (
    <MutationDialog
      label={t('修改')}
      title={t('修改登记信息 {{code}}', { code: record.code })}
      button={{ size: 'small' }}
      okText="保存"
      width={640}
      success="登记信息已修改"
      initialValues={{
        channel: record.channel,
        content: record.content,
        name: record.complainant.name ?? undefined,
        phone: record.complainant.phone ?? undefined,
        idNumber: record.complainant.idNumber ?? undefined,
      }}
      mutation={UpdateComplaintMutation}
      variables={(values: EditValues, form) => ({
        input: {
          complaintId: record.id,
          version: record.version,
          channel: values.channel,
          content: values.content.trim(),
          complainant:
            person && form.isFieldsTouched(['name', 'phone', 'idNumber']) ? complainantInput(values) : undefined,
        },
      })}
    >
      <Form.Item label={t('渠道')} name="channel" rules={[{ required: true }]}>
        <Select aria-label="渠道" options={optionsOf(COMPLAINT_CHANNEL)} />
      </Form.Item>
      {person ? (
        <ComplainantFields kind={record.kind} />
      ) : (
        <Typography.Paragraph type="secondary">{t('投诉举报人信息仅承办人员可修改。')}</Typography.Paragraph>
      )}
      <TextField label="投诉举报内容" name="content" required max={4000} rows={3} />
    </MutationDialog>
  );
}
