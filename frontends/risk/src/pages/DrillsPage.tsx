import { labelOf, PageHeader, StatusTag, t, useT } from '@shian/ui-kit';
import { Flex, Form, type TableColumnsType } from '@shian/antd';
import dayjs from 'dayjs';
import {
  CompleteDutyButton,
  dutyInput,
  DutyTaskFields,
  type DutyValues,
  OverdueTag,
  ownerText,
} from '../components/duty';
import { FormCardList } from '../components/FormCardList';
import { FORMER_KEYS, townshipYear } from '../components/filters';
import {
  atLeastOne,
  CountField,
  DateField,
  type FormValuesOf,
  ListTable,
  localDate,
  MutationDialog,
  names,
  NewRecordDialog,
  TextField,
  useCanWrite,
  useListPage,
} from '@shian/remote-kit';
import { DepartmentSelect, TownshipSelect } from '../components/pickers';
import { graphql } from '../gql';
import type { DrillInput, DrillListQuery } from '../gql/graphql';
import { DUTY_STATUS, departmentNames } from '../labels';

export const DrillListDocument = graphql(`
  query DrillList($filter: DrillFilter, $first: Int, $after: String) {
    drills(filter: $filter, first: $first, after: $after) {
      ...Paging
      nodes {
        id
        code
        scenario
        date
        departments
        participants
        evaluation
        version
        townships {
          ...TownshipRef
        }
        followUps {
          ...DutyItem
        }
      }
    }
  }
`);

const CreateDrillMutation = graphql(`
  mutation CreateDrill($input: DrillInput!) {
    createDrill(input: $input) {
      id
    }
  }
`);

const EvaluateDrillMutation = graphql(`
  mutation EvaluateDrill($id: ID!, $version: Int!, $evaluation: String!) {
    evaluateDrill(id: $id, version: $version, evaluation: $evaluation) {
      id
      evaluation
      version
    }
  }
`);

type Row = DrillListQuery['drills']['nodes'][number];

const EXPORT_COLUMNS = [
  { title: '编号', value: 'code' as const, width: 14 },
  { title: '演练日期', value: 'date' as const, width: 12 },
  { title: '演练科目(情景)', value: 'scenario' as const, width: 40 },
  { title: '参演部门', value: (r: Row) => departmentNames(r.departments), width: 36 },
  { title: '乡镇(街道)', value: (r: Row) => names(r.townships), width: 24 },
  { title: '参演人数', value: (r: Row) => r.participants ?? '', width: 10 },
  { title: '评估', value: (r: Row) => r.evaluation ?? '', width: 40 },
  {
    title: '后续整改事项',
    value: (r: Row) =>
      r.followUps
        .map((d) =>
          t('{{code}} {{task}}({{owner}},{{status}})', {
            code: d.code,
            task: d.task,
            owner: ownerText(d),
            status: labelOf(DUTY_STATUS, d.status),
          }),
        )
        .join('\n'),
    width: 60,
  },
];

type Values = Omit<FormValuesOf<DrillInput, 'date'>, 'followUps'> & { followUps?: DutyValues[] };

function NewDrillButton({ onDone }: { onDone?: () => void }) {
  const t = useT();
  return (
    <NewRecordDialog
      label="登记演练"
      title="登记应急演练"
      width={760}
      success="演练已登记"
      initialValues={{ date: dayjs(), departments: [], followUps: [] }}
      onDone={onDone}
      mutation={CreateDrillMutation}
      variables={(v: Values) => ({
        input: {
          scenario: v.scenario.trim(),
          date: localDate(v.date),
          departments: v.departments,
          townshipIds: v.townshipIds ?? [],
          participants: v.participants ?? null,
          evaluation: v.evaluation?.trim() || null,
          followUps: (v.followUps ?? []).map((f) => dutyInput(f)),
        },
      })}
    >
      <TextField
        label="演练科目(情景)"
        name="scenario"
        required="请填写演练情景"
        rows={2}
        placeholder="如:学校食堂集体性食物中毒应急处置演练"
      />
      <DateField label="演练日期" name="date" required="请选择演练日期" />
      <Form.Item label={t('参演部门')} name="departments" rules={atLeastOne(t('请至少填写一个参演部门'))}>
        <DepartmentSelect multiple aria-label="参演部门" />
      </Form.Item>
      <Form.Item label={t('乡镇(街道)')} name="townshipIds">
        <TownshipSelect multiple />
      </Form.Item>
      <CountField label="参演人数" name="participants" min={1} />
      <TextField label="评估" name="evaluation" rows={2} />
      <FormCardList
        name="followUps"
        title={(n) => t('后续整改事项 {{n}}', { n })}
        removeLabel={(n) => t('删除事项 {{n}}', { n })}
        addLabel={t('添加后续整改事项')}
        newItem={{ ownerKind: 'DEPARTMENT', frequency: 'ONCE' }}
      >
        {(field) => <DutyTaskFields prefix={[field.name]} absolute={['followUps', field.name]} />}
      </FormCardList>
    </NewRecordDialog>
  );
}

function EvaluateDrillButton({ drill, onDone }: { drill: Row; onDone?: () => void }) {
  const t = useT();
  return (
    <MutationDialog
      label={drill.evaluation ? '修改评估' : '评估'}
      title={t('演练评估 {{code}}', { code: drill.code })}
      button={{ size: 'small' }}
      initialValues={{ evaluation: drill.evaluation ?? '' }}
      success="评估已保存"
      onDone={onDone}
      mutation={EvaluateDrillMutation}
      variables={(v: { evaluation: string }) => ({
        id: drill.id,
        version: drill.version,
        evaluation: v.evaluation.trim(),
      })}
    >
      <TextField label="评估" name="evaluation" required="请填写评估意见" rows={4} />
    </MutationDialog>
  );
}

/** 应急演练: drills, their evaluation and follow-up duties (on the responsibility list, with their clocks). */
export function DrillsPage() {
  const t = useT();
  const list = useListPage({
    query: DrillListDocument,
    formerKeys: FORMER_KEYS,
    filters: [{ search: '搜索演练情景或编号' }, ...townshipYear()],
    pick: (d) => d.drills,
  });
  const reload = list.reload;
  const canWrite = useCanWrite();
  const columns: TableColumnsType<Row> = [
    { title: '编号', dataIndex: 'code' },
    { title: '演练日期', dataIndex: 'date' },
    { title: '演练科目(情景)', dataIndex: 'scenario' },
    { title: '参演部门', key: 'departments', render: (_, r) => departmentNames(r.departments) },
    { title: '乡镇(街道)', key: 'townships', render: (_, r) => names(r.townships) },
    { title: '参演人数', dataIndex: 'participants', render: (n?: number | null) => n ?? '—' },
    { title: '评估', dataIndex: 'evaluation', render: (e?: string | null) => e ?? t('未评估') },
    {
      title: '后续整改事项',
      key: 'followUps',
      render: (_, r) =>
        r.followUps.length ? (
          <Flex vertical gap={4}>
            {r.followUps.map((d) => (
              <Flex key={d.id} gap={4} wrap align="center">
                <span>{t('{{code}} {{task}}({{owner}})', { code: d.code, task: d.task, owner: ownerText(d) })}</span>
                <StatusTag value={d.status} map={DUTY_STATUS} />
                <OverdueTag overdue={d.clock.overdue} />
                {canWrite && d.status !== 'DONE' && <CompleteDutyButton duty={d} onDone={reload} />}
              </Flex>
            ))}
          </Flex>
        ) : (
          '—'
        ),
    },
    ...(canWrite
      ? [
          {
            title: t('操作'),
            key: 'a',
            render: (_: unknown, r: Row) => <EvaluateDrillButton drill={r} onDone={reload} />,
          },
        ]
      : []),
  ];
  return (
    <>
      <PageHeader title="应急演练" subTitle="演练情景、参演部门、评估及后续整改事项" />
      <ListTable
        list={list}
        aria-label={t('应急演练')}
        columns={columns}
        exportAs={{ columns: EXPORT_COLUMNS }}
        actions={<NewDrillButton onDone={reload} />}
      />
    </>
  );
}
