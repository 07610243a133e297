import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { type LabelMap, labelOf, optionsOf, useT } from '@shian/ui-kit';
import { AutoComplete, Button, Form, Input, InputNumber, Radio, Select, Space } from '@shian/antd';
import dayjs from 'dayjs';
import { graphql } from '../gql';
import type {
  CompleteDisposalInput,
  DisposalInput,
  MoveSampleInput,
  ObjectionInput,
  RecheckInput,
  RecheckResultInput,
  SampleStatus,
  TestItemInput,
} from '../gql/graphql';
import { ACTION, FAILURE_KIND, LABS, OBJECTION_KIND, STATUS, VERDICT } from '../labels';
import {
  CasePicker,
  ChoiceField,
  type FormValuesOf,
  localDate,
  MutationDialog,
  PastDayField,
  RecordActions,
  TextField,
  todayInChina,
  useCanWrite,
} from '@shian/remote-kit';
import type { SampleDetail } from '../pages/SamplePage';
import { required } from './fields';

const MoveSample = graphql(`
  mutation MoveSample($input: MoveSampleInput!) {
    moveSample(input: $input) {
      id
      status
      version
    }
  }
`);
const RecordTestResults = graphql(`
  mutation RecordTestResults($sampleId: ID!, $items: [TestItemInput!]!) {
    recordTestResults(sampleId: $sampleId, items: $items) {
      id
    }
  }
`);
const RequestRecheck = graphql(`
  mutation RequestRecheck($input: RecheckInput!) {
    requestRecheck(input: $input) {
      id
    }
  }
`);
const RecordRecheckResult = graphql(`
  mutation RecordRecheckResult($input: RecheckResultInput!) {
    recordRecheckResult(input: $input) {
      id
    }
  }
`);
const StartDisposal = graphql(`
  mutation StartDisposal($input: DisposalInput!) {
    startDisposal(input: $input) {
      id
    }
  }
`);
const CompleteDisposal = graphql(`
  mutation CompleteDisposal($input: CompleteDisposalInput!) {
    completeDisposal(input: $input) {
      id
    }
  }
`);
const FileObjection = graphql(`
  mutation FileObjection($input: ObjectionInput!) {
    fileObjection(input: $input) {
      id
    }
  }
`);

type ItemValues = FormValuesOf<TestItemInput>;
type MoveValues = FormValuesOf<Pick<MoveSampleInput, 'on' | 'notifiedOn' | 'note'>, 'on' | 'notifiedOn'>;
type RecheckValues = FormValuesOf<Omit<RecheckInput, 'sampleId'>, 'requestedOn'>;
type RecheckResultValues = FormValuesOf<Omit<RecheckResultInput, 'recheckId'>, 'completedOn'>;
type DisposalValues = FormValuesOf<Omit<DisposalInput, 'sampleId'>, 'startedOn'>;
type CompletionValues = FormValuesOf<Omit<CompleteDisposalInput, 'disposalId'>, 'completedOn'>;
type ObjectionValues = FormValuesOf<Omit<ObjectionInput, 'sampleId'>, 'filedOn'>;

/** What can be done with a sample now: exactly the moves its lifecycle allows from its current state. */
export function SampleActions({ sample, onChange }: { sample: SampleDetail; onChange: () => void }) {
  const t = useT();
  const canWrite = useCanWrite();
  if (!canWrite) return null;
  const today = dayjs(todayInChina());
  const unqualifiedNow =
    sample.status === 'UNQUALIFIED' || sample.status === 'RECHECKING' || sample.status === 'DISPOSING';

  const move = (to: SampleStatus) => (
    <MutationDialog
      key={to}
      label={t('变更为「{{status}}」', { status: labelOf(STATUS, to) })}
      title={`${labelOf(STATUS, sample.status)} → ${labelOf(STATUS, to)}`}
      success={t('已变更为「{{status}}」', { status: labelOf(STATUS, to) })}
      button={{ type: to === 'UNQUALIFIED' ? 'default' : 'primary', danger: to === 'UNQUALIFIED' }}
      initialValues={{ on: today, notifiedOn: today }}
      mutation={MoveSample}
      variables={(v: MoveValues) => ({
        input: {
          sampleId: sample.id,
          version: sample.version,
          to,
          on: localDate(v.on),
          notifiedOn: to === 'UNQUALIFIED' ? localDate(v.notifiedOn) : undefined,
          note: v.note || undefined,
        },
      })}
    >
      <PastDayField
        name="on"
        label={to === 'TESTING' ? '收样日期' : to === 'PUBLISHED' ? '公开日期' : '报告日期'}
        refuseTyped
      />
      {to === 'UNQUALIFIED' && <PastDayField name="notifiedOn" label="结论送达日期" refuseTyped />}
      <TextField name="note" label="说明" max={500} rows={2} counted />
    </MutationDialog>
  );

  return (
    // The end-to-end suite finds the sample's actions by this test id.
    <div data-testid="sample-actions">
      <RecordActions onChanged={onChange}>
        {sample.nextStatuses.map(move)}
        {sample.status === 'TESTING' && (
          <MutationDialog
            label="录入检验结果"
            title="录入检验项目结果"
            success="检验结果已保存"
            initialValues={{
              items: sample.testItems.length
                ? sample.testItems.map(({ name, measured, limit, unit, standard, verdict, failureKind }) => ({
                    name,
                    measured,
                    limit,
                    unit,
                    standard,
                    verdict,
                    failureKind: failureKind ?? undefined,
                  }))
                : [{ name: '', measured: '', limit: '', unit: 'mg/kg', standard: '' }],
            }}
            mutation={RecordTestResults}
            variables={(v: { items: ItemValues[] }) => ({
              sampleId: sample.id,
              items: v.items.map((item) => ({
                ...item,
                verdict: item.verdict ?? null,
                failureKind: item.failureKind ?? null,
              })),
            })}
          >
            <TestItemsFields />
          </MutationDialog>
        )}
        {sample.status === 'UNQUALIFIED' && !sample.recheck && (
          <MutationDialog
            label="受理复检申请"
            title="复检申请(收到结论后7个工作日内,不得在初检机构)"
            success="已受理复检申请"
            initialValues={{ requestedOn: today }}
            mutation={RequestRecheck}
            variables={(v: RecheckValues) => ({
              input: { ...v, sampleId: sample.id, requestedOn: localDate(v.requestedOn) },
            })}
          >
            <PastDayField name="requestedOn" label="申请日期" refuseTyped />
            <TextField name="applicant" label="申请人" required="请填写申请人" max={100} />
            <Form.Item name="lab" label={t('复检机构')} rules={required(t('请选择复检机构'))}>
              <AutoComplete options={LABS.filter((lab) => lab !== sample.lab).map((value) => ({ value }))} />
            </Form.Item>
          </MutationDialog>
        )}
        {sample.status === 'RECHECKING' && sample.recheck && (
          <MutationDialog
            label="录入复检结论"
            title="复检结论(最终结论)"
            success="复检结论已录入"
            initialValues={{ completedOn: today }}
            mutation={RecordRecheckResult}
            variables={(v: RecheckResultValues) => ({
              input: { ...v, recheckId: sample.recheck!.id, completedOn: localDate(v.completedOn) },
            })}
          >
            <Form.Item name="result" label={t('复检结论')} rules={required(t('请选择复检结论'))}>
              <Radio.Group options={optionsOf(VERDICT)} />
            </Form.Item>
            <PastDayField name="completedOn" label="结论日期" refuseTyped />
          </MutationDialog>
        )}
        {sample.status === 'UNQUALIFIED' && (
          <MutationDialog
            label="启动核查处置"
            title="启动不合格食品核查处置"
            success="已启动核查处置"
            button={{ type: 'primary' }}
            initialValues={{ startedOn: today, actions: ['OFF_SHELF'] }}
            mutation={StartDisposal}
            variables={(v: DisposalValues) => ({
              input: {
                sampleId: sample.id,
                startedOn: localDate(v.startedOn),
                actions: v.actions,
                quantity: v.quantity ?? null,
                measures: v.measures || null,
              },
            })}
          >
            <PastDayField name="startedOn" label="启动日期" refuseTyped />
            <Form.Item name="actions" label={t('处置措施')} rules={required(t('请选择处置措施'))}>
              <Select mode="multiple" options={optionsOf(ACTION)} />
            </Form.Item>
            <Form.Item name="quantity" label={t('涉及数量(件)')}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
            <TextField name="measures" label="处置情况" rows={2} max={1000} />
          </MutationDialog>
        )}
        {sample.status === 'DISPOSING' && sample.disposal && (
          <MutationDialog
            label="完成核查处置"
            title="完成核查处置"
            success="核查处置已完成"
            button={{ type: 'primary' }}
            initialValues={{ completedOn: today, actions: sample.disposal.actions }}
            mutation={CompleteDisposal}
            variables={(v: CompletionValues) => ({
              input: {
                disposalId: sample.disposal!.id,
                completedOn: localDate(v.completedOn),
                actions: v.actions,
                measures: v.measures,
                caseNumber: v.caseNumber || null,
                caseId: v.caseId || null,
              },
            })}
          >
            <PastDayField name="completedOn" label="完成日期" refuseTyped />
            <Form.Item name="actions" label={t('采取的措施')} rules={required(t('请选择处置措施'))}>
              <Select mode="multiple" options={optionsOf(ACTION)} />
            </Form.Item>
            <TextField name="measures" label="处置情况" rows={3} required="请填写处置情况" max={1000} />
            <LinkedCaseField entityId={sample.entity?.id} />
            <TextField
              name="caseNumber"
              label="案件编号(立案时必填)"
              max={60}
              placeholder="如 巴州市监罚立〔2024〕12号"
            />
          </MutationDialog>
        )}
        {unqualifiedNow && (
          <MutationDialog
            label="登记异议"
            title="异议申请(收到结论后7个工作日内)"
            success="异议已登记"
            initialValues={{ filedOn: today }}
            mutation={FileObjection}
            variables={(v: ObjectionValues) => ({
              input: { ...v, sampleId: sample.id, filedOn: localDate(v.filedOn) },
            })}
          >
            <ChoiceField name="kind" label="异议事项" labels={OBJECTION_KIND} required="请选择异议事项" />
            <PastDayField name="filedOn" label="提出日期" refuseTyped />
            <TextField name="applicant" label="申请人" required="请填写申请人" max={100} />
            <TextField name="reason" label="异议理由" rows={3} required="请填写异议理由" max={1000} />
          </MutationDialog>
        )}
      </RecordActions>
    </div>
  );
}

/**
 * 关联案件: the case the disposal led to, among the sampled business's in enforcement's register; picking it fills
 * 案件编号 with its 立案编号 (a case not in the platform is still written by its number alone).
 */
function LinkedCaseField({ entityId }: { entityId?: string }) {
  const t = useT();
  const form = Form.useFormInstance();
  return (
    <Form.Item name="caseId" label={t('关联案件')}>
      <CasePicker
        entityId={entityId}
        onPick={(picked) => {
          if (picked?.number) form.setFieldValue('caseNumber', picked.number);
        }}
      />
    </Form.Item>
  );
}

/** A test item's texts, each required, in a line's order: the name, the measured value, the limit, its unit, the standard. */
const ITEM_TEXTS = [
  { name: 'name', required: '项目', placeholder: '检验项目', width: 120 },
  { name: 'measured', required: '结果', placeholder: '结果', width: 80 },
  { name: 'limit', required: '指标', placeholder: '指标如 ≤0.02', width: 100 },
  { name: 'unit', required: '单位', placeholder: '单位', width: 70 },
  { name: 'standard', required: '依据', placeholder: '判定依据', width: 120 },
] as const;

/** A test item's verdict and failure kind: left empty, the server judges the item against its limit. */
const ITEM_CHOICES: { name: keyof ItemValues; placeholder: string; labels: LabelMap<string>; width: number }[] = [
  { name: 'verdict', placeholder: '自动判定', labels: VERDICT, width: 100 },
  { name: 'failureKind', placeholder: '不合格类型', labels: FAILURE_KIND, width: 150 },
];

/** A report's test items, a line each, added and removed in place. */
function TestItemsFields() {
  const t = useT();
  return (
    <Form.List name="items">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Space key={field.key} align="baseline" wrap style={{ marginBottom: 8 }}>
              {ITEM_TEXTS.map((text) => (
                <Form.Item key={text.name} name={[field.name, text.name]} rules={required(t(text.required))} noStyle>
                  <Input placeholder={t(text.placeholder)} style={{ width: text.width }} />
                </Form.Item>
              ))}
              {ITEM_CHOICES.map((choice) => (
                <Form.Item key={choice.name} name={[field.name, choice.name]} noStyle>
                  <Select
                    allowClear
                    placeholder={t(choice.placeholder)}
                    options={optionsOf(choice.labels)}
                    style={{ width: choice.width }}
                  />
                </Form.Item>
              ))}
              <MinusCircleOutlined aria-label={t('删除该项')} onClick={() => remove(field.name)} />
            </Space>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ unit: 'mg/kg' })}>
            {t('增加检验项目')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
