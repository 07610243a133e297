import { labelOf, optionsOf, useT } from '@shian/ui-kit';
import { Form, Radio } from '@shian/antd';
import {
  type FormValuesOf,
  localDate,
  MutationDialog,
  PastDayField,
  TextField,
  todayInChina,
  useCanWrite,
} from '@shian/remote-kit';
import dayjs from 'dayjs';
import { graphql } from '../gql';
import type { ObjectionDecisionInput } from '../gql/graphql';
import { OBJECTION_KIND, OBJECTION_STATUS } from '../labels';
import type { SampleDetail } from '../pages/SamplePage';
import { required } from './fields';

const DecideObjectionMutation = graphql(`
  mutation DecideObjection($input: ObjectionDecisionInput!) {
    decideObjection(input: $input) {
      id
    }
  }
`);

type Objection = SampleDetail['objections'][number];
type Values = FormValuesOf<Omit<ObjectionDecisionInput, 'objectionId'>, 'decidedOn'>;

/** 异议审核: a pending objection's decision (成立 or 不成立), its date and the conclusion sent to the applicant. */
export function DecideObjection({ objection, onDone }: { objection: Objection; onDone: () => void }) {
  const t = useT();
  const canWrite = useCanWrite();
  if (!canWrite || objection.status !== 'PENDING') return null;
  return (
    <MutationDialog
      label="审核异议"
      title={t('审核异议({{kind}},{{applicant}} {{filedOn}} 提出)', {
        kind: labelOf(OBJECTION_KIND, objection.kind),
        applicant: objection.applicant,
        filedOn: objection.filedOn,
      })}
      success="异议审核结论已录入"
      button={{ size: 'small', type: 'primary' }}
      initialValues={{ decidedOn: dayjs(todayInChina()) }}
      onDone={onDone}
      mutation={DecideObjectionMutation}
      variables={(v: Values) => ({
        input: { ...v, objectionId: objection.id, decidedOn: localDate(v.decidedOn) },
      })}
    >
      <Form.Item name="status" label={t('审核结果')} rules={required(t('请选择审核结果'))}>
        <Radio.Group options={optionsOf(OBJECTION_STATUS).filter((o) => o.value !== 'PENDING')} />
      </Form.Item>
      <PastDayField
        name="decidedOn"
        label="审核日期"
        after={{ on: objection.filedOn, label: '提出日期' }}
        refuseTyped
      />
      <TextField name="conclusion" label="审核结论" required="请填写审核结论" max={1000} rows={3} counted />
    </MutationDialog>
  );
}
