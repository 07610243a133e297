import { optionsOf, useT } from '@shian/ui-kit';
import { DatePicker, Form, Select } from '@shian/antd';
import dayjs from 'dayjs';
import { graphql } from '../gql';
import type { InspectionInput } from '../gql/graphql';
import { INSPECTION_KIND, VERDICT } from '../labels';
import {
  dayNotBefore,
  entityInput,
  EntityPicker,
  localDate,
  NewRecordDialog,
  PastDayField,
  type PickedEntityValues,
  TextField,
} from '@shian/remote-kit';
import { InspectorsItem } from './InspectorsItem';

const CreateInspectionMutation = graphql(`
  mutation CreateInspection($input: InspectionInput!) {
    createInspection(input: $input) {
      id
    }
  }
`);

type Values = PickedEntityValues<InspectionInput, 'inspectedOn' | 'rectificationDeadline'>;

/** 登记检查: at least two inspectors, and a rectification deadline whenever the verdict is not 符合. */
export function NewInspectionButton({ onCreated }: { onCreated: () => void }) {
  const t = useT();
  return (
    <NewRecordDialog
      label="登记检查"
      title="登记监督检查"
      width={640}
      success="检查已登记"
      initialValues={{
        inspectedOn: dayjs(),
        kind: 'ROUTINE',
        verdict: 'COMPLIANT',
        findings: '检查项目均符合要求,未发现问题。',
      }}
      mutation={CreateInspectionMutation}
      variables={(v: Values) => ({
        input: {
          ...entityInput(v.entity),
          inspectedOn: localDate(v.inspectedOn),
          kind: v.kind,
          verdict: v.verdict,
          inspectorIds: v.inspectorIds,
          findings: v.findings,
          rectificationDeadline: v.rectificationDeadline ? localDate(v.rectificationDeadline) : null,
        },
      })}
      onDone={onCreated}
    >
      <Form.Item label={t('被检查主体')} name="entity" rules={[{ required: true, message: t('请选择主体') }]}>
        <EntityPicker whole aria-label="被检查主体" />
      </Form.Item>
      <PastDayField name="inspectedOn" label="检查日期" />
      <Form.Item label={t('检查类型')} name="kind" rules={[{ required: true }]}>
        <Select options={optionsOf(INSPECTION_KIND)} />
      </Form.Item>
      <InspectorsItem name="inspectorIds" who={t('检查人员')} />
      <Form.Item label={t('检查结果')} name="verdict" rules={[{ required: true }]}>
        <Select options={optionsOf(VERDICT)} />
      </Form.Item>
      <Form.Item noStyle dependencies={['verdict']}>
        {({ getFieldValue }) =>
          getFieldValue('verdict') !== 'COMPLIANT' && (
            <Form.Item
              label={t('整改期限')}
              name="rectificationDeadline"
              dependencies={['inspectedOn']}
              rules={[
                { required: true, message: t('请设定整改期限') },
                dayNotBefore('inspectedOn', t('整改期限不能早于检查日期')),
              ]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          )
        }
      </Form.Item>
      <TextField label="检查情况" name="findings" required max={4000} rows={3} />
    </NewRecordDialog>
  );
}
