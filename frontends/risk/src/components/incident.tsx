import { labelOf, useT, t } from '@shian/ui-kit';
import { Form, Tag } from '@shian/antd';
import dayjs, { type Dayjs } from 'dayjs';
import { graphql } from '../gql';
import type { IncidentReportStatus, IncidentStep } from '../gql/graphql';
import {
  type CaseOption,
  CasePicker,
  formatDateTime,
  MutationDialog,
  PastMomentField,
  TextField,
} from '@shian/remote-kit';
import { INCIDENT_STEP } from '../labels';
import { type LinkedSample, SamplePicker } from './pickers';

const STEPS = Object.keys(INCIDENT_STEP) as IncidentStep[];

/** The step after `current`, in the only order the subgraph accepts; none after 终止. */
export const nextStep = (current: IncidentStep): IncidentStep | undefined => STEPS[STEPS.indexOf(current) + 1];

/** The reporting clock as lists and the record read it (ReportClockTag's input). */
export const ReportClockFragment = graphql(`
  fragment ReportClockFields on IncidentReportClock {
    deadline
    hoursAllowed
    reportedAt
    missed
    status
    remainingMinutes
  }
`);

export interface ReportClockView {
  deadline: string;
  hoursAllowed: number;
  reportedAt?: string | null;
  missed: boolean;
  status: IncidentReportStatus;
  remainingMinutes?: number | null;
}

/**
 * The reporting clock as the server computed it: 按时 or 已超时 once reported, 已超时 (未报告) past the deadline,
 * else the time left.
 */
export function ReportClockTag({ clock }: { clock: ReportClockView }) {
  const t = useT();
  const at = formatDateTime(clock.reportedAt);
  const [color, text] =
    clock.status === 'MET'
      ? ['green', clock.reportedAt ? t('按时(报告于 {{at}})', { at }) : t('按时')]
      : clock.status === 'LATE'
        ? ['red', clock.reportedAt ? t('已超时(报告于 {{at}})', { at }) : t('已超时')]
        : clock.status === 'OVERDUE'
          ? ['red', t('已超时 · 未报告')]
          : ['blue', t('待报告 · 剩余 {{left}}', { left: leftText(clock.remainingMinutes) })];
  return (
    <Tag color={color} data-testid="report-clock">
      {text}
    </Tag>
  );
}

const leftText = (minutes?: number | null) =>
  minutes == null
    ? '—'
    : t('{{hours}} 小时 {{minutes}} 分', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });

const AdvanceIncidentMutation = graphql(`
  mutation AdvanceIncident($id: ID!, $version: Int!, $step: IncidentStep!, $at: DateTimeISO!, $note: String) {
    advanceIncident(id: $id, version: $version, step: $step, at: $at, note: $note) {
      id
      currentStep
      version
    }
  }
`);

const MarkReportedMutation = graphql(`
  mutation MarkIncidentReported($id: ID!, $version: Int!, $at: DateTimeISO!) {
    markIncidentReported(id: $id, version: $version, at: $at) {
      id
      reportedAt
      version
    }
  }
`);

const LinkRecordsMutation = graphql(`
  mutation LinkIncidentRecords($id: ID!, $version: Int!, $sampleIds: [ID!]!, $caseIds: [ID!]!) {
    linkIncidentRecords(id: $id, version: $version, sampleIds: $sampleIds, caseIds: $caseIds) {
      id
      version
    }
  }
`);

interface IncidentRef {
  id: string;
  version: number;
  currentStep: IncidentStep;
  occurredAt: string;
}

/** The next step's action: 核实, 启动响应 … 终止, each in its turn. */
export function AdvanceIncidentButton({ incident, onDone }: { incident: IncidentRef; onDone?: () => void }) {
  const t = useT();
  const step = nextStep(incident.currentStep);
  if (!step) return null;
  const label = labelOf(INCIDENT_STEP, step);
  return (
    <MutationDialog
      label={t('进入下一步:{{step}}', { step: label })}
      title={t('{{step}}(上一步:{{previous}})', {
        step: label,
        previous: labelOf(INCIDENT_STEP, incident.currentStep),
      })}
      button={{ type: 'primary' }}
      initialValues={{ at: dayjs() }}
      success={t('已记录“{{step}}”', { step: label })}
      onDone={onDone}
      mutation={AdvanceIncidentMutation}
      variables={(v: { at: Dayjs; note?: string }) => ({
        id: incident.id,
        version: incident.version,
        step,
        at: v.at.toISOString(),
        note: v.note?.trim() || null,
      })}
    >
      <PastMomentField label="时间" name="at" required="请选择时间" future="时间不能晚于现在" />
      <TextField label="情况说明" name="note" rows={3} />
    </MutationDialog>
  );
}

/** 登记上报: when the incident was reported up to the district and city (the clock then reads 按时 or 已超时). */
export function MarkReportedButton({ incident, onDone }: { incident: IncidentRef; onDone?: () => void }) {
  const t = useT();
  return (
    <MutationDialog
      label="登记上报"
      title="登记向上级报告的时间"
      initialValues={{ at: dayjs() }}
      success="已登记上报时间"
      onDone={onDone}
      mutation={MarkReportedMutation}
      variables={(v: { at: Dayjs }) => ({ id: incident.id, version: incident.version, at: v.at.toISOString() })}
    >
      <PastMomentField
        label="报告时间"
        name="at"
        required="请选择报告时间"
        future="时间不能晚于现在"
        rules={[
          {
            validator: async (_, v?: Dayjs) => {
              if (v?.isBefore(dayjs(incident.occurredAt))) throw new Error(t('报告时间不能早于事发时间'));
            },
          },
        ]}
      />
    </MutationDialog>
  );
}

/** 关联样品/案件: sampling's samples and enforcement's cases, searched; the subgraph checks each exists and is in scope. */
export function LinkRecordsButton({
  incident,
  samples,
  cases,
  onDone,
}: {
  incident: IncidentRef;
  samples: readonly LinkedSample[];
  cases: readonly CaseOption[];
  onDone?: () => void;
}) {
  const t = useT();
  return (
    <MutationDialog
      label="关联样品和案件"
      initialValues={{ sampleIds: samples.map((s) => s.id), caseIds: cases.map((c) => c.id) }}
      success="关联已保存"
      onDone={onDone}
      mutation={LinkRecordsMutation}
      variables={(v: { sampleIds?: string[]; caseIds?: string[] }) => ({
        id: incident.id,
        version: incident.version,
        sampleIds: v.sampleIds ?? [],
        caseIds: v.caseIds ?? [],
      })}
    >
      <Form.Item label={t('抽检样品')} name="sampleIds">
        <SamplePicker current={samples} />
      </Form.Item>
      <Form.Item label={t('线索或案件')} name="caseIds">
        <CasePicker mode="multiple" current={cases} aria-label="线索或案件" />
      </Form.Item>
    </MutationDialog>
  );
}
