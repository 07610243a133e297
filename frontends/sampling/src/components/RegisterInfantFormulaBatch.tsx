import { Form, Input, Radio } from '@shian/antd';
import {
  EntityPicker,
  type FormValuesOf,
  localDate,
  NewRecordDialog,
  PastDayField,
  todayInChina,
} from '@shian/remote-kit';
import { type Translate, useT } from '@shian/ui-kit';
import dayjs from 'dayjs';
import { graphql } from '../gql';
import type { InfantFormulaBatchInput } from '../gql/graphql';
import { required, requiredText } from './fields';

const RegisterInfantFormulaBatchMutation = graphql(`
  mutation RegisterInfantFormulaBatch($input: InfantFormulaBatchInput!) {
    registerInfantFormulaBatch(input: $input) {
      id
    }
  }
`);

/** 段别 as shown (1段…3段). */
export const stageLabel = (t: Translate, stage: number) => t('{{stage}}段', { stage });

type Values = FormValuesOf<InfantFormulaBatchInput, 'foundOn'>;

/**
 * 登记在售批次: a batch of infant formula found on sale, to be tested (批批检). The subgraph takes the seller's
 * township from the register, so only the seller is sent.
 */
export function RegisterInfantFormulaBatch({ onDone }: { onDone: () => void }) {
  const t = useT();
  return (
    <NewRecordDialog
      label="登记在售批次"
      title="登记在售的婴幼儿配方乳粉批次"
      success="在售批次已登记,待检验"
      initialValues={{ foundOn: dayjs(todayInChina()) }}
      onDone={onDone}
      mutation={RegisterInfantFormulaBatchMutation}
      variables={({ foundOn, ...batch }: Values) => ({ input: { ...batch, foundOn: localDate(foundOn) } })}
    >
      <Form.Item name="brand" label={t('品牌')} rules={requiredText(t('请填写品牌'), 60)}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="product" label={t('产品名称')} rules={requiredText(t('请填写产品名称'), 200)}>
        <Input maxLength={200} placeholder={t('如 飞鹤星飞帆较大婴儿配方奶粉')} />
      </Form.Item>
      <Form.Item name="stage" label={t('段别')} rules={required(t('请选择段别'))}>
        <Radio.Group options={[1, 2, 3].map((stage) => ({ value: stage, label: stageLabel(t, stage) }))} />
      </Form.Item>
      <Form.Item name="batchNumber" label={t('生产批号')} rules={requiredText(t('请填写生产批号'), 60)}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="entityId" label={t('销售单位')} rules={required(t('请选择销售单位'))}>
        <EntityPicker aria-label={t('销售单位')} />
      </Form.Item>
      <PastDayField name="foundOn" label="发现日期" refuseTyped />
    </NewRecordDialog>
  );
}
