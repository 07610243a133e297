import { Form, Radio } from '@shian/antd';
import {
  EntityPicker,
  type FormValuesOf,
  localDate,
  NewRecordDialog,
  PastDayField,
  TextField,
  todayInChina,
} from '@shian/remote-kit';
import { type Translate, useT } from '@shian/ui-kit';
import dayjs from 'dayjs';
import { graphql } from '../gql';
import type { InfantFormulaBatchInput } from '../gql/graphql';
import { required } from './fields';

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
      <TextField name="brand" label="品牌" required="请填写品牌" max={60} counted />
      <TextField
        name="product"
        label="产品名称"
        required="请填写产品名称"
        max={200}
        counted
        placeholder="如 飞鹤星飞帆较大婴儿配方奶粉"
      />
      <Form.Item name="stage" label={t('段别')} rules={required(t('请选择段别'))}>
        <Radio.Group options={[1, 2, 3].map((stage) => ({ value: stage, label: stageLabel(t, stage) }))} />
      </Form.Item>
      <TextField name="batchNumber" label="生产批号" required="请填写生产批号" max={60} counted />
      <Form.Item name="entityId" label={t('销售单位')} rules={required(t('请选择销售单位'))}>
        <EntityPicker aria-label={t('销售单位')} />
      </Form.Item>
      <PastDayField name="foundOn" label="发现日期" refuseTyped />
    </NewRecordDialog>
  );
}
