import { fetchAllNodes, useClient, useMutation } from '@shian/graphql-client';
import { errorText, optionsOf, PageHeader, useT } from '@shian/ui-kit';
import { Alert, App as AntApp, Button, Card, Form, Select } from '@shian/antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate } from '@shian/router';
import {
  applyServerErrors,
  atLeastOne,
  CountField,
  type FormValuesOf,
  localDate,
  PastDayField,
  TextField,
  useModulePath,
} from '@shian/remote-kit';
import { useInspectors } from '../components/useInspectors';
import { graphql } from '../gql';
import type { EntityCategory, RandomDrawInput } from '../gql/graphql';
import { CATEGORY } from '../labels';

/** The population comes from the register (the entities subgraph), filtered as the draw's criteria say. */
const PopulationQuery = graphql(`
  query DrawPopulation($filter: EntityFilter, $first: Int, $after: String) {
    entities(filter: $filter, first: $first, after: $after) {
      ...Paging
      nodes {
        id
        township {
          id
        }
      }
    }
  }
`);

const RunDrawMutation = graphql(`
  mutation RunDraw($input: RandomDrawInput!) {
    runDraw(input: $input) {
      id
    }
  }
`);

/** The draw's input but its population and pool, which the form gives as categories and units to look them up by. */
type Values = FormValuesOf<
  Pick<RandomDrawInput, 'title' | 'drawnOn' | 'entityCount' | 'inspectorsPerEntity' | 'seed'>,
  'drawnOn'
> & { categories: EntityCategory[]; units?: string[] };

/**
 * 新建抽取: the population is every trading business of the chosen categories in the register, the pool the
 * inspectors in post of the chosen units; the subgraph draws (with the seed given, or one it makes) and keeps all
 * three, so anyone can repeat the draw.
 */
export function RunDrawPage() {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const client = useClient();
  const inspectors = useInspectors();
  const [{ fetching }, run] = useMutation(RunDrawMutation);
  const [loading, setLoading] = useState(false);
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const to = useModulePath();

  const submit = async () => {
    const v = await form.validateFields();
    setLoading(true);
    try {
      const population = (
        await Promise.all(
          v.categories.map((category) =>
            fetchAllNodes(client, PopulationQuery, { filter: { category, status: 'OPERATING' } }, (d) => d.entities),
          ),
        )
      ).flat();
      const result = await run({
        input: {
          title: v.title,
          drawnOn: localDate(v.drawnOn),
          // The record's own text, kept as the bureau files it whatever the screen's language.
          // i18n-check-ignore: data saved on the draw, not a message
          populationCriteria: `在营的${v.categories.map((c) => CATEGORY[c].label).join('、')}(全区)`,
          population: population.map((e) => ({ entityId: e.id, townshipId: e.township.id })),
          inspectorUnits: v.units ?? [],
          entityCount: v.entityCount,
          inspectorsPerEntity: v.inspectorsPerEntity,
          seed: v.seed?.trim() || null,
        },
      });
      if (result.error) {
        const general = applyServerErrors(form, result.error);
        if (general) message.error(general);
        return;
      }
      message.success(t('抽取完成'));
      navigate(to(`/draws/${result.data!.runDraw.id}`));
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setLoading(false);
    }
  };

  return (
    <>
      <PageHeader title="新建双随机抽取" onBack={() => navigate(to('/draws'))} />
      <Card style={{ maxWidth: 720 }}>
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('抽取结果由随机种子、检查对象名录和执法人员名录唯一确定,保存后可随时复现核验。')}
        />
        <Form
          form={form}
          layout="vertical"
          initialValues={{ drawnOn: dayjs(), categories: ['FOOD_SELLER'], entityCount: 10, inspectorsPerEntity: 2 }}
        >
          <TextField
            label="抽查任务名称"
            name="title"
            required
            max={200}
            placeholder="如:2026年第四季度食品销售者双随机抽查"
          />
          <PastDayField name="drawnOn" label="抽取日期" />
          <Form.Item label={t('检查对象(业态)')} name="categories" rules={atLeastOne(t('至少选择一类'))}>
            <Select mode="multiple" options={optionsOf(CATEGORY)} />
          </Form.Item>
          <Form.Item label={t('执法人员所属科室(所)')} name="units" extra={t('不选为全部在岗人员')}>
            <Select mode="multiple" options={inspectors.units} loading={inspectors.loading} />
          </Form.Item>
          <CountField label="抽取主体数" name="entityCount" required="请填写抽取主体数" min={1} />
          <CountField label="每户检查人员数" name="inspectorsPerEntity" required="请填写每户检查人员数" min={2} />
          <TextField label="随机种子" name="seed" max={64} extra={t('留空由系统生成')} />
          <Button type="primary" loading={loading || fetching} onClick={submit}>
            {t('抽取')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
