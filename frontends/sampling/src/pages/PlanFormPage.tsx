import { useMutation } from '@shian/graphql-client';
import { optionsOf, thisYearInChina, useT } from '@shian/ui-kit';
import { Flex, Form, InputNumber, Select } from '@shian/antd';
import type { Dayjs } from 'dayjs';
import {
  atLeastOne,
  comparedWith,
  DateField,
  dayNotBefore,
  FormPage,
  type FormValuesOf,
  localDate,
  TextField,
} from '@shian/remote-kit';
import { graphql } from '../gql';
import type { PlanInput } from '../gql/graphql';
import { CATEGORY, FOCUS_AREA, FOCUS_PERIOD, FOCUS_VARIETY, LEVEL, PURPOSE } from '../labels';

const CreatePlanMutation = graphql(`
  mutation CreateSamplingPlan($input: PlanInput!) {
    createSamplingPlan(input: $input) {
      id
    }
  }
`);

export type PlanFormValues = FormValuesOf<PlanInput, 'startsOn' | 'endsOn'>;

/**
 * 新建抽检计划 (leaders and bureau officers): the task, its period and the focus it targets. Whether each 重点品种
 * belongs to a covered category is the subgraph's rule; its refusal shows next to the field.
 */
export function PlanFormPage() {
  const t = useT();
  const [, createPlan] = useMutation(CreatePlanMutation);
  // A plan's period starts within the plan's own year (年度).
  const withinPlanYear = comparedWith<Dayjs, number>('year', (day, year) =>
    day.year() === year ? undefined : t('执行开始日期应在 {{year}} 年内', { year }),
  );
  const submit = (values: PlanFormValues) =>
    createPlan({
      input: {
        year: values.year,
        level: values.level,
        purpose: values.purpose,
        name: values.name.trim(),
        issuer: values.issuer.trim(),
        categories: values.categories,
        quota: values.quota,
        startsOn: localDate(values.startsOn),
        endsOn: localDate(values.endsOn),
        focusVarieties: values.focusVarieties ?? [],
        focusPeriods: values.focusPeriods ?? [],
        focusAreas: values.focusAreas ?? [],
      },
    });

  return (
    <FormPage<PlanFormValues, Awaited<ReturnType<typeof submit>>>
      title="新建抽检计划"
      back="/plans"
      width={820}
      initialValues={{ year: thisYearInChina(), purpose: 'SUPERVISION', level: 'DISTRICT' }}
      onSubmit={submit}
      success="抽检计划已新建"
      savedAt={() => '/plans'}
    >
      <TextField name="name" label="计划名称" required="请填写计划名称" max={200} />
      <Flex gap={16} wrap>
        <Form.Item
          name="year"
          label={t('年度')}
          rules={[{ required: true, type: 'integer', min: 2000, max: 2100, message: t('请填写年度') }]}
        >
          <InputNumber precision={0} />
        </Form.Item>
        <Form.Item name="level" label={t('层级')} rules={[{ required: true, message: t('请选择层级') }]}>
          <Select options={optionsOf(LEVEL)} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="purpose" label={t('目的')} rules={[{ required: true, message: t('请选择目的') }]}>
          <Select options={optionsOf(PURPOSE)} style={{ width: 140 }} />
        </Form.Item>
        <TextField
          name="issuer"
          label="下达单位"
          required="请填写下达单位"
          max={100}
          style={{ flex: 1, minWidth: 200 }}
        />
      </Flex>
      <Form.Item name="categories" label={t('食品类别')} rules={atLeastOne(t('至少选择一个食品类别'))}>
        <Select mode="multiple" options={optionsOf(CATEGORY)} optionFilterProp="label" />
      </Form.Item>
      <Flex gap={16} wrap>
        <Form.Item
          name="quota"
          label={t('任务量(批次)')}
          rules={[
            { required: true, message: t('请填写任务量') },
            { type: 'integer', min: 1, max: 100_000, message: t('任务量应为 1 到 100000 的整数') },
          ]}
        >
          <InputNumber min={1} precision={0} />
        </Form.Item>
        <DateField
          name="startsOn"
          label="执行开始日期"
          required="请选择执行开始日期"
          dependencies={['year']}
          rules={[withinPlanYear]}
          style={{ flex: 1 }}
        />
        <DateField
          name="endsOn"
          label="执行截止日期"
          required="请选择执行截止日期"
          dependencies={['startsOn']}
          rules={[dayNotBefore('startsOn', t('执行截止日期不能早于开始日期'))]}
          style={{ flex: 1 }}
        />
      </Flex>
      <Form.Item name="focusVarieties" label={t('重点品种')} extra={t('须属于计划覆盖的食品类别')}>
        <Select mode="multiple" allowClear options={optionsOf(FOCUS_VARIETY)} placeholder={t('无')} />
      </Form.Item>
      <Flex gap={16} wrap>
        <Form.Item name="focusPeriods" label={t('重点时段')} style={{ flex: 1, minWidth: 240 }}>
          <Select mode="multiple" allowClear options={optionsOf(FOCUS_PERIOD)} placeholder={t('无')} />
        </Form.Item>
        <Form.Item name="focusAreas" label={t('重点区域')} style={{ flex: 1, minWidth: 240 }}>
          <Select mode="multiple" allowClear options={optionsOf(FOCUS_AREA)} placeholder={t('无')} />
        </Form.Item>
      </Flex>
    </FormPage>
  );
}
