import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { type LabelMap, labelOf, optionsOf, useT } from '@shian/ui-kit';
import { AutoComplete, Button, Form, Input, InputNumber, Radio, Select, Space } from '@shian/antd';
import dayjs, { type Dayjs } from 'dayjs';
import { graphql } from '../gql';
import type { DisposalAction, ObjectionKind, SampleStatus, TestItemInput, Verdict } from '../gql/graphql';
import { ACTION, FAILURE_KIND, LABS, OBJECTION_KIND, STATUS, VERDICT } from '../labels';
import { type FormValuesOf, MutationDialog, RecordActions, todayInChina, useCanWrite } from '@shian/remote-kit';
import type { SampleDetail } from '../pages/SamplePage';
import { DateItem, day, required } from './fields';

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
      variables={(v: { on: Dayjs; notifiedOn?: Dayjs; note?: string }) => ({
        input: {
          sampleId: sample.id,
          version: sample.version,
          to,
          on: day(v.on),
          notifiedOn: to === 'UNQUALIFIED' ? day(v.notifiedOn) : undefined,
          note: v.note || undefined,
        },
      })}
    >
      <DateItem name="on" label={t(to === 'TESTING' ? '收样日期' : to === 'PUBLISHED' ? '公开日期' : '报告日期')} />
      {to === 'UNQUALIFIED' && <DateItem name="notifiedOn" label={t('结论送达日期')} />}
      <Form.Item name="note" label={t('说明')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
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
            variables={(v: { requestedOn: Dayjs; applicant: string; lab: string }) => ({
              input: { sampleId: sample.id, requestedOn: day(v.requestedOn)!, applicant: v.applicant, lab: v.lab },
            })}
          >
            <DateItem name="requestedOn" label={t('申请日期')} />
            <Form.Item name="applicant" label={t('申请人')} rules={required(t('请填写申请人'))}>
              <Input />
            </Form.Item>
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
            variables={(v: { result: Verdict; completedOn: Dayjs }) => ({
              input: { recheckId: sample.recheck!.id, result: v.result, completedOn: day(v.completedOn)! },
            })}
          >
            <Form.Item name="result" label={t('复检结论')} rules={required(t('请选择复检结论'))}>
              <Radio.Group options={optionsOf(VERDICT)} />
            </Form.Item>
            <DateItem name="completedOn" label={t('结论日期')} />
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
            variables={(v: { startedOn: Dayjs; actions: DisposalAction[]; quantity?: number; measures?: string }) => ({
              input: {
                sampleId: sample.id,
                startedOn: day(v.startedOn)!,
                actions: v.actions,
                quantity: v.quantity ?? null,
                measures: v.measures || null,
              },
            })}
          >
            <DateItem name="startedOn" label={t('启动日期')} />
            <Form.Item name="actions" label={t('处置措施')} rules={required(t('请选择处置措施'))}>
              <Select mode="multiple" options={optionsOf(ACTION)} />
            </Form.Item>
            <Form.Item name="quantity" label={t('涉及数量(件)')}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="measures" label={t('处置情况')}>
              <Input.TextArea rows={2} />
            </Form.Item>
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
            variables={(v: {
              completedOn: Dayjs;
              actions: DisposalAction[];
              measures: string;
              caseNumber?: string;
            }) => ({
              input: {
                disposalId: sample.disposal!.id,
                completedOn: day(v.completedOn)!,
                actions: v.actions,
                measures: v.measures,
                caseNumber: v.caseNumber || null,
              },
            })}
          >
            <DateItem name="completedOn" label={t('完成日期')} />
            <Form.Item name="actions" label={t('采取的措施')} rules={required(t('请选择处置措施'))}>
              <Select mode="multiple" options={optionsOf(ACTION)} />
            </Form.Item>
            <Form.Item name="measures" label={t('处置情况')} rules={required(t('请填写处置情况'))}>
              <Input.TextArea rows={3} />
            </Form.Item>
            <Form.Item name="caseNumber" label={t('案件编号(立案时必填)')}>
              <Input placeholder={t('如 巴州市监罚立〔2024〕12号')} />
            </Form.Item>
          </MutationDialog>
        )}
        {unqualifiedNow && (
          <MutationDialog
            label="登记异议"
            title="异议申请(收到结论后7个工作日内)"
            success="异议已登记"
            initialValues={{ filedOn: today }}
            mutation={FileObjection}
            variables={(v: { kind: ObjectionKind; filedOn: Dayjs; applicant: string; reason: string }) => ({
              input: {
                sampleId: sample.id,
                kind: v.kind,
                filedOn: day(v.filedOn)!,
                applicant: v.applicant,
                reason: v.reason,
              },
            })}
          >
            <Form.Item name="kind" label={t('异议事项')} rules={required(t('请选择异议事项'))}>
              <Select options={optionsOf(OBJECTION_KIND)} />
            </Form.Item>
            <DateItem name="filedOn" label={t('提出日期')} />
            <Form.Item name="applicant" label={t('申请人')} rules={required(t('请填写申请人'))}>
              <Input />
            </Form.Item>
            <Form.Item name="reason" label={t('异议理由')} rules={required(t('请填写异议理由'))}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </MutationDialog>
        )}
      </RecordActions>
    </div>
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
