import { labelOf, optionsOf, StatusTag, useT, t } from '@shian/ui-kit';
import { DatePicker, Form, Input, Select, type TableColumnsType, Tag, Tooltip } from '@shian/antd';
import dayjs from 'dayjs';
import type { ReactElement } from 'react';
import { graphql } from '../gql';
import type {
  DutyClockStatus,
  DutyFrequency,
  DutyInput,
  DutyOwnerKind,
  DutyStatus,
  DutyUpdateInput,
} from '../gql/graphql';
import {
  ChoiceField,
  type FormValuesOf,
  localDate,
  MutationDialog,
  NewRecordDialog,
  pickLabels,
  tableCells,
  TextField,
} from '@shian/remote-kit';
import { CLOCK_STATUS, DEPARTMENT, DUTY_FREQUENCY, DUTY_OWNER_KIND, DUTY_STATUS } from '../labels';
import { DepartmentSelect, OfficialSelect, TownshipSelect } from './pickers';

/** A duty as lists and records show it (owner, clock) and as its actions need it (version). */
export const DutyItemFragment = graphql(`
  fragment DutyItem on Duty {
    id
    code
    task
    status
    dueDate
    version
    evidence
    ownerKind
    ownerDepartment
    # Written out, not TownshipRef: a consultation's list reads this for every conclusion, and the gateway counts a
    # fragment spread as armor does (one level deeper, so dearer): with it a page of 100 consultations would cost more
    # than the gateway's limit (gateway limits.test.ts).
    township {
      id
      name
    }
    owner {
      id
      name
    }
    clock {
      deadline
      remaining
      status
      overdue
      calendarNote
    }
  }
`);

/** Who owns a duty and by when, as the form holds it. */
export type DutyOwnerValues = FormValuesOf<
  Pick<DutyInput, 'ownerKind' | 'ownerDepartment' | 'townshipId' | 'ownerId' | 'dueDate'>,
  'dueDate'
>;

/** The one field each kind of owner fills in: its name, its label, what is said when it is missing, its picker. */
const OWNER_FIELD: Record<
  DutyOwnerKind,
  { name: keyof DutyOwnerValues; label: string; missing: string; picker: ReactElement }
> = {
  DEPARTMENT: {
    name: 'ownerDepartment',
    label: '责任部门',
    missing: '请填写责任部门',
    picker: <DepartmentSelect aria-label="责任部门" />,
  },
  TOWNSHIP: {
    name: 'townshipId',
    label: '责任乡镇(街道)',
    missing: '请选择乡镇(街道)',
    picker: <TownshipSelect aria-label="责任乡镇(街道)" />,
  },
  OFFICIAL: {
    name: 'ownerId',
    label: '责任干部',
    missing: '请选择包保干部',
    picker: <OfficialSelect aria-label="责任干部" />,
  },
};

/** Who owns a duty and by when: one department, township or 包保 official, as the kind says. */
export function DutyOwnerFields({
  prefix = [],
  absolute = prefix,
  dueRequired = false,
}: {
  prefix?: (string | number)[];
  /** Inside a Form.List, the full path of the item (the list's name first): what the owner's kind is read from. */
  absolute?: (string | number)[];
  dueRequired?: boolean;
}) {
  const t = useT();
  const name = (field: string) => [...prefix, field];
  return (
    <>
      <Form.Item
        label={t('责任主体类型')}
        name={name('ownerKind')}
        rules={[{ required: true, message: t('请选择责任主体类型') }]}
      >
        <Select aria-label="责任主体类型" options={optionsOf(DUTY_OWNER_KIND)} />
      </Form.Item>
      <Form.Item noStyle dependencies={[[...absolute, 'ownerKind']]}>
        {({ getFieldValue }) => {
          const kind = getFieldValue([...absolute, 'ownerKind']) as DutyOwnerKind | undefined;
          const owner = kind && OWNER_FIELD[kind];
          return owner ? (
            <Form.Item
              key={kind}
              label={t(owner.label)}
              name={name(owner.name)}
              rules={[{ required: true, message: t(owner.missing) }]}
            >
              {owner.picker}
            </Form.Item>
          ) : null;
        }}
      </Form.Item>
      <Form.Item
        label={t('完成期限')}
        name={name('dueDate')}
        dependencies={[[...absolute, 'frequency']]}
        rules={[
          // A one-off duty needs its deadline; a recurring one runs by its period.
          ({ getFieldValue }) => ({
            required: dueRequired || getFieldValue([...absolute, 'frequency']) === 'ONCE',
            message: t('请选择完成期限'),
          }),
        ]}
      >
        <DatePicker aria-label="完成期限" style={{ width: '100%' }} />
      </Form.Item>
    </>
  );
}

/** The owner part of a duty's input: only the field the kind asks for is sent. */
export function ownerInput(values: DutyOwnerValues) {
  return {
    ownerKind: values.ownerKind,
    ownerDepartment: values.ownerKind === 'DEPARTMENT' ? values.ownerDepartment : null,
    townshipId: values.ownerKind === 'TOWNSHIP' ? values.townshipId : null,
    ownerId: values.ownerKind === 'OFFICIAL' ? values.ownerId : null,
    dueDate: localDate(values.dueDate) ?? null,
  };
}

export interface DutyOwnerView {
  ownerKind: DutyOwnerKind;
  ownerDepartment?: string | null;
  township?: { name: string } | null;
  owner?: { name: string } | null;
}

export const ownerText = (d: DutyOwnerView) =>
  d.ownerKind === 'DEPARTMENT'
    ? labelOf(DEPARTMENT, d.ownerDepartment)
    : d.ownerKind === 'TOWNSHIP'
      ? (d.township?.name ?? '—')
      : (d.owner?.name ?? '—');

export interface DutyClockView {
  deadline?: string | null;
  remaining?: number | null;
  status: DutyClockStatus;
  overdue: boolean;
  calendarNote?: string | null;
}

export const remainingText = (clock: DutyClockView) => {
  if (clock.remaining == null) return clock.status === 'PAUSED' ? t('暂停中') : '—';
  if (clock.status === 'MET' || clock.status === 'LATE') return '';
  if (clock.remaining < 0) return t('超期 {{days}} 日', { days: -clock.remaining });
  if (clock.remaining === 0) return t('今日截止');
  return t('剩余 {{days}} 日', { days: clock.remaining });
};

/** A duty's clock as the other remotes show clocks: the status tag, its deadline and what is left. */
export function DutyClock({ clock }: { clock: DutyClockView }) {
  const t = useT();
  const rest = remainingText(clock);
  return (
    <Tooltip title={clock.calendarNote ?? undefined}>
      <span data-testid="duty-clock">
        <StatusTag value={clock.status} map={CLOCK_STATUS} />
        {clock.deadline ? t('截止 {{deadline}}', { deadline: clock.deadline }) : t('无期限')}
        {rest ? ` · ${rest}` : ''}
      </span>
    </Tooltip>
  );
}

/** The list's flag: red when the time allowed has run out. */
export function OverdueTag({ overdue, text }: { overdue: boolean; text?: string }) {
  const t = useT();
  return overdue ? (
    <Tag color="red" data-testid="overdue">
      {text ?? t('超期')}
    </Tag>
  ) : null;
}

const CompleteDutyMutation = graphql(`
  mutation CompleteDuty($id: ID!, $version: Int!, $evidence: String!) {
    completeDuty(id: $id, version: $version, evidence: $evidence) {
      id
    }
  }
`);

/** 完成: a duty is done only with its evidence (the subgraph refuses DONE without it). */
export function CompleteDutyButton({
  duty,
  onDone,
}: {
  duty: { id: string; version: number; code: string };
  onDone?: () => void;
}) {
  const t = useT();
  return (
    <MutationDialog
      label="完成"
      title={t('完成责任事项 {{code}}', { code: duty.code })}
      button={{ size: 'small' }}
      success="已登记完成"
      onDone={onDone}
      mutation={CompleteDutyMutation}
      variables={(v: { evidence: string }) => ({ id: duty.id, version: duty.version, evidence: v.evidence.trim() })}
    >
      <TextField
        label="完成佐证"
        name="evidence"
        required="请填写完成佐证(文件、记录或照片的说明)"
        rows={3}
        placeholder="如:已印发《…工作方案》(文号),附件存档于…"
      />
    </MutationDialog>
  );
}

const CreateDutyMutation = graphql(`
  mutation CreateDuty($input: DutyInput!) {
    createDuty(input: $input) {
      id
    }
  }
`);

/** A duty as its form holds it (a drill's follow-up too). */
export type DutyValues = FormValuesOf<DutyInput, 'dueDate'>;

/** The fields of a duty's input from the form (task, basis, frequency, owner and due date). */
export function dutyInput(values: DutyValues, extra: Partial<DutyInput> = {}): DutyInput {
  return {
    task: values.task.trim(),
    basis: values.basis?.trim() || null,
    frequency: values.frequency,
    ...ownerInput(values),
    ...extra,
  };
}

export function DutyTaskFields({
  prefix = [],
  absolute = prefix,
}: {
  prefix?: (string | number)[];
  absolute?: (string | number)[];
}) {
  const t = useT();
  return (
    <>
      <TextField label="责任事项" name={[...prefix, 'task']} required="请填写责任事项" rows={2} max={1000} />
      <Form.Item label={t('法律或政策依据')} name={[...prefix, 'basis']}>
        <Input aria-label="法律或政策依据" placeholder={t('如:《食品安全法》第一百零二条')} />
      </Form.Item>
      <Form.Item
        label={t('频次')}
        name={[...prefix, 'frequency']}
        rules={[{ required: true, message: t('请选择频次') }]}
      >
        <Select aria-label="频次" options={optionsOf(DUTY_FREQUENCY)} />
      </Form.Item>
      <DutyOwnerFields prefix={prefix} absolute={absolute} />
    </>
  );
}

export function NewDutyButton({ riskId, onDone }: { riskId?: string; onDone?: () => void }) {
  return (
    <NewRecordDialog
      label="新增责任事项"
      success="责任事项已登记"
      initialValues={{ ownerKind: 'DEPARTMENT', frequency: 'ONCE' }}
      onDone={onDone}
      mutation={CreateDutyMutation}
      variables={(v: DutyValues) => ({ input: dutyInput(v, riskId ? { riskId } : {}) })}
    >
      <DutyTaskFields />
    </NewRecordDialog>
  );
}

const UpdateDutyMutation = graphql(`
  mutation UpdateDuty($id: ID!, $version: Int!, $input: DutyUpdateInput!) {
    updateDuty(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`);

export interface EditableDuty {
  id: string;
  code: string;
  version: number;
  task: string;
  basis?: string | null;
  frequency: DutyFrequency;
  status: DutyStatus;
  ownerKind: DutyOwnerKind;
  ownerDepartment?: string | null;
  township?: { id: string } | null;
  owner?: { id: string } | null;
  dueDate?: string | null;
  risk?: { id: string } | null;
}

/** 修改 a duty not yet done: its task, owner, deadline and 待落实/落实中 (完成 goes through its evidence). */
export function EditDutyButton({ duty, onDone }: { duty: EditableDuty; onDone?: () => void }) {
  const t = useT();
  return (
    <MutationDialog
      label="修改"
      title={t('修改责任事项 {{code}}', { code: duty.code })}
      button={{ size: 'small' }}
      success="责任事项已修改"
      initialValues={{
        task: duty.task,
        basis: duty.basis ?? undefined,
        frequency: duty.frequency,
        status: duty.status,
        ownerKind: duty.ownerKind,
        ownerDepartment: duty.ownerDepartment ?? undefined,
        townshipId: duty.township?.id,
        ownerId: duty.owner?.id,
        dueDate: duty.dueDate ? dayjs(duty.dueDate) : undefined,
      }}
      onDone={onDone}
      mutation={UpdateDutyMutation}
      variables={(v: FormValuesOf<DutyUpdateInput, 'dueDate'>) => ({
        id: duty.id,
        version: duty.version,
        input: { ...dutyInput(v, { riskId: duty.risk?.id ?? null }), status: v.status },
      })}
    >
      <DutyTaskFields />
      <ChoiceField
        label="落实状态"
        name="status"
        labels={pickLabels(DUTY_STATUS, ['PENDING', 'IN_PROGRESS'])}
        required="请选择落实状态"
      />
    </MutationDialog>
  );
}

export interface DutyRow extends DutyOwnerView {
  id: string;
  code: string;
  task: string;
  status: DutyStatus;
  dueDate?: string | null;
  version: number;
  evidence?: string | null;
  clock: DutyClockView;
}

const column = tableCells<DutyRow>();

/** The columns of a record's duties (a risk's), with their clocks, completed in place. */
export function dutyColumns<Row extends DutyRow>(canWrite: boolean, onChanged?: () => void): TableColumnsType<Row> {
  return [
    { title: '编号', dataIndex: 'code' },
    { title: '责任事项', dataIndex: 'task' },
    { title: '责任主体', key: 'owner', render: (_, d) => ownerText(d) },
    { title: '完成期限', ...column.date('dueDate') },
    { title: '状态', ...column.tag('status', DUTY_STATUS) },
    { title: '时限', key: 'clock', render: (_, d) => <DutyClock clock={d.clock} /> },
    {
      title: '操作',
      key: 'a',
      render: (_, d) => (canWrite && d.status !== 'DONE' ? <CompleteDutyButton duty={d} onDone={onChanged} /> : null),
    },
  ];
}
