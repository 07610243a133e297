import { useMutation, useQuery } from '@shian/graphql-client';
import { type LabelMap, labelOf, optionsOf, PageHeader, useT } from '@shian/ui-kit';
import { App as AntApp, AutoComplete, Button, Card, DatePicker, Flex, Form, Select } from '@shian/antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate } from '@shian/router';
import {
  applyServerErrors,
  EntityPicker,
  type FormValuesOf,
  localDate,
  PastDayField,
  TextField,
  todayInChina,
  useCurrentUser,
  useModulePath,
} from '@shian/remote-kit';
import { graphql } from '../gql';
import type { SampleInput } from '../gql/graphql';
import { CATEGORY, FOCUS_AREA, FOCUS_PERIOD, FOCUS_VARIETY, LABS, LEVEL } from '../labels';

const RegisterOptionsQuery = graphql(`
  query RegisterOptions($year: Int!) {
    samplingPlans(filter: { year: $year }, first: 100) {
      nodes {
        ...PlanScope
      }
    }
  }
`);

const RegisterSampleMutation = graphql(`
  mutation RegisterSample($input: SampleInput!) {
    registerSample(input: $input) {
      id
    }
  }
`);

type Values = FormValuesOf<SampleInput, 'producedOn' | 'sampledOn'>;

/** A plan that declares an axis takes only its own values there (the subgraph refuses others); else every value. */
function focusOptions<K extends string>(
  map: LabelMap<K>,
  declared: readonly K[] | undefined,
): { value: string; label: string }[] {
  return optionsOf(map).filter((option) => !declared?.length || declared.includes(option.value));
}

/** 登记抽样: the plan, the business (searched in the entities register), the food and the sampling record. */
export function RegisterSamplePage() {
  const t = useT();
  const [form] = Form.useForm<Values>();
  // The sample's scope is the business's township as the register has it: the picker hands it over.
  const [townshipId, setTownshipId] = useState<string>();
  const [{ data, fetching }] = useQuery({
    query: RegisterOptionsQuery,
    variables: { year: Number(todayInChina().slice(0, 4)) },
  });
  const [{ fetching: saving }, register] = useMutation(RegisterSampleMutation);
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const to = useModulePath();
  const user = useCurrentUser();
  const planId = Form.useWatch('planId', form);
  const plans = data?.samplingPlans?.nodes ?? [];
  const plan = plans.find((p) => p.id === planId);

  const submit = async (values: Values) => {
    const result = await register({
      input: {
        planId: values.planId,
        entityId: values.entityId,
        townshipId: townshipId ?? '',
        foodName: values.foodName,
        category: values.category,
        brand: values.brand || null,
        specification: values.specification || null,
        batchNumber: values.batchNumber,
        producedOn: localDate(values.producedOn) ?? null,
        sampledOn: localDate(values.sampledOn),
        samplers: values.samplers,
        lab: values.lab,
        focusVariety: values.focusVariety ?? null,
        focusPeriod: values.focusPeriod ?? null,
        focusArea: values.focusArea ?? null,
      },
    });
    if (result.error || !result.data) {
      const general = applyServerErrors(form, result.error);
      if (general) message.error(general);
      return;
    }
    message.success(t('已登记抽样'));
    navigate(to(`/${result.data.registerSample.id}`));
  };

  return (
    <>
      <PageHeader title="登记抽样" onBack={() => navigate(to('/'))} />
      <Card style={{ maxWidth: 760 }}>
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ sampledOn: dayjs(todayInChina()), samplers: user?.name ? [user.name] : [] }}
        >
          <Form.Item name="planId" label={t('抽检计划')} rules={[{ required: true, message: t('请选择抽检计划') }]}>
            <Select
              loading={fetching}
              options={plans.map((p) => ({ value: p.id, label: `【${labelOf(LEVEL, p.level)}】${p.name}` }))}
              onChange={() =>
                form.setFieldsValue({
                  category: undefined,
                  focusVariety: undefined,
                  focusPeriod: undefined,
                  focusArea: undefined,
                })
              }
            />
          </Form.Item>
          <Form.Item
            name="entityId"
            label={t('被抽样单位')}
            rules={[{ required: true, message: t('请选择被抽样单位') }]}
          >
            <EntityPicker aria-label={t('被抽样单位')} onPick={(entity) => setTownshipId(entity?.townshipId)} />
          </Form.Item>
          <TextField name="foodName" label="样品名称" required="请填写样品名称" max={200} />
          <Form.Item name="category" label={t('食品类别')} rules={[{ required: true, message: t('请选择食品类别') }]}>
            <Select
              options={(plan?.categories ?? []).map((c) => ({ value: c, label: labelOf(CATEGORY, c) }))}
              placeholder={plan ? undefined : t('先选择抽检计划')}
            />
          </Form.Item>
          <TextField name="brand" label="标称商标" max={100} placeholder="散装可不填" />
          <TextField name="specification" label="规格型号" max={100} />
          <TextField name="batchNumber" label="生产批号(或购进日期)" required="请填写生产批号" max={60} />
          <Form.Item name="producedOn" label={t('生产日期')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <PastDayField name="sampledOn" label="抽样日期" refuseTyped />
          <Form.Item
            name="samplers"
            label={t('抽样人员(不少于2人)')}
            rules={[{ required: true, type: 'array', min: 2, message: t('抽样人员不得少于2人') }]}
          >
            <Select mode="tags" placeholder={t('输入姓名后回车')} />
          </Form.Item>
          <Form.Item name="lab" label={t('承检机构')} rules={[{ required: true, message: t('请选择承检机构') }]}>
            <AutoComplete options={LABS.map((value) => ({ value }))} />
          </Form.Item>
          <Flex gap={16} wrap>
            {[
              {
                name: 'focusVariety',
                label: '重点品种',
                extra: '须与食品类别相符',
                style: { flex: 2, minWidth: 220 },
                options: focusOptions(FOCUS_VARIETY, plan?.focusVarieties),
              },
              {
                name: 'focusPeriod',
                label: '重点时段',
                extra: '抽样日期须在该时段内',
                style: { flex: 1, minWidth: 150 },
                options: focusOptions(FOCUS_PERIOD, plan?.focusPeriods),
              },
              {
                name: 'focusArea',
                label: '重点区域',
                style: { flex: 1, minWidth: 150 },
                options: focusOptions(FOCUS_AREA, plan?.focusAreas),
              },
            ].map((axis) => (
              <Form.Item
                key={axis.name}
                name={axis.name}
                label={t(axis.label)}
                extra={axis.extra && t(axis.extra)}
                style={axis.style}
              >
                <Select allowClear options={axis.options} placeholder={t('无')} />
              </Form.Item>
            ))}
          </Flex>
          <Button type="primary" htmlType="submit" loading={saving}>
            {t('登记')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
