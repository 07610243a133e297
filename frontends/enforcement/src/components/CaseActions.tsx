import { labelOf, optionsOf, useT } from '@shian/ui-kit';
import { Checkbox, DatePicker, Form, InputNumber, Select, Typography } from '@shian/antd';
import dayjs from 'dayjs';
import { graphql } from '../gql';
import type {
  CaseMoveInput,
  CasePauseInput,
  CaseResumeInput,
  CaseStatus,
  PenaltyInput,
  TransferInput,
} from '../gql/graphql';
import { CASE_STATUS, DEPARTMENT, PAUSE_KIND, PENALTY_KIND, TRANSFER_KIND } from '../labels';
import type { CaseDetail, CasePart } from '../pages/CasePage';
import {
  afterToday,
  atLeastOne,
  type FormValuesOf,
  localDate,
  MutationDialog,
  PastDayField,
  RecordActions,
  TextField,
} from '@shian/remote-kit';
import { CaseEditButton, canEditCase, OfficersItem, ViolationsItem } from './CaseEdit';

const MoveCaseMutation = graphql(`
  mutation MoveCase($input: CaseMoveInput!) {
    moveCase(input: $input) {
      id
      status
      version
    }
  }
`);

const PauseMutation = graphql(`
  mutation PauseCaseClock($input: CasePauseInput!) {
    pauseCaseClock(input: $input) {
      id
      version
    }
  }
`);

const ResumeMutation = graphql(`
  mutation ResumeCaseClock($input: CaseResumeInput!) {
    resumeCaseClock(input: $input) {
      id
      version
    }
  }
`);

const ExtendMutation = graphql(`
  mutation ExtendCaseClock($input: CaseExtensionInput!) {
    extendCaseClock(input: $input) {
      id
      version
    }
  }
`);

/** What the UI calls each move (the transition table's labels live in the subgraph; these name the buttons). */
const MOVE_LABEL: Partial<Record<CaseStatus, string>> = {
  FILED: '立案',
  NOT_FILED: '不予立案',
  TRANSFERRED: '移送',
  INVESTIGATING: '调查取证',
  NOTIFIED: '处罚告知',
  DECIDED: '作出处罚决定',
  EXECUTING: '送达执行',
  CLOSED: '结案',
};

/**
 * A move's form: the move's input but the case's own, with the penalty's and the transfer's fields beside the rest
 * (as the move asks for them), the transfer's reason as `transferReason` apart from the move's own.
 */
type MoveValues = FormValuesOf<Omit<CaseMoveInput, 'caseId' | 'version' | 'to' | 'penalty' | 'transfer'>, 'on'> &
  Partial<PenaltyInput & Omit<TransferInput, 'reason'>> & { transferReason?: string };

/**
 * The moves the transition table allows from the case's status (the subgraph says which: `nextStatuses`), each a
 * form asking what that step needs. Every write carries the version the page read: if someone else changed the
 * case meanwhile, the subgraph answers CONFLICT and the dialog reloads the case instead of overwriting it.
 */
export function CaseActions({ record, onChanged }: CasePart) {
  return (
    <>
      {record.nextStatuses.map((to) => (
        <MoveButton key={to} record={record} to={to} onChanged={onChanged} />
      ))}
      {canEditCase(record) && <CaseEditButton record={record} onChanged={onChanged} />}
    </>
  );
}

function MoveButton({ record, to, onChanged }: CasePart & { to: CaseStatus }) {
  const t = useT();
  const label = record.status === 'TRANSFERRED' && to === 'INVESTIGATING' ? '移送退回,继续调查' : MOVE_LABEL[to];
  const moveLabel = t(MOVE_LABEL[to] ?? labelOf(CASE_STATUS, to));
  return (
    <MutationDialog
      label={label ?? moveLabel}
      title={t('{{move}} · {{title}}', { move: moveLabel, title: record.title })}
      button={{ type: to === 'NOT_FILED' || to === 'TRANSFERRED' ? 'default' : 'primary' }}
      width={640}
      success={t('已{{move}}', { move: moveLabel })}
      initialValues={{
        on: dayjs(),
        officerIds: record.officers.map((o) => o.id),
        violations: record.violations,
        legalBasis: record.legalBasis ?? undefined,
        kind: record.status === 'CLUE' ? 'JURISDICTION' : 'CRIMINAL',
        department: 'POLICE',
        copiedToProcuratorate: true,
        handOverSeizedItems: true,
      }}
      mutation={MoveCaseMutation}
      variables={(v: MoveValues) => ({
        input: {
          caseId: record.id,
          version: record.version,
          to,
          on: localDate(v.on),
          officerIds: v.officerIds,
          violations: v.violations,
          legalBasis: v.legalBasis,
          reason: v.reason,
          penalty:
            to === 'DECIDED'
              ? { kinds: v.kinds ?? [], fine: v.fine ?? null, confiscatedGains: v.confiscatedGains ?? null }
              : null,
          transfer:
            to === 'TRANSFERRED'
              ? {
                  department: v.department!,
                  kind: v.kind!,
                  reason: v.transferReason ?? '',
                  copiedToProcuratorate: v.copiedToProcuratorate ?? false,
                  handOverSeizedItems: v.handOverSeizedItems ?? false,
                }
              : null,
        },
      })}
      onDone={onChanged}
    >
      <PastDayField name="on" label="日期" />
      <MoveFields record={record} to={to} />
    </MutationDialog>
  );
}

/** What each move asks for, as the subgraph's transition table requires it. */
function MoveFields({ record, to }: { record: CaseDetail; to: CaseStatus }) {
  const t = useT();
  const needsReason =
    to === 'NOT_FILED' ||
    (to === 'CLOSED' && record.status !== 'EXECUTING') ||
    (to === 'INVESTIGATING' && record.status === 'TRANSFERRED');
  return (
    <>
      {to === 'FILED' && (
        <>
          <OfficersItem />
          <ViolationsItem required />
        </>
      )}
      {(to === 'FILED' || to === 'NOTIFIED') && (
        <TextField label="法律依据" name="legalBasis" required={to === 'NOTIFIED'} max={500} rows={2} />
      )}
      {to === 'DECIDED' && (
        <>
          <Form.Item label={t('处罚种类')} name="kinds" rules={atLeastOne(t('至少选择一种处罚'))}>
            <Select mode="multiple" options={optionsOf(PENALTY_KIND)} />
          </Form.Item>
          <Form.Item label={t('罚款(元)')} name="fine">
            <InputNumber min={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label={t('没收违法所得(元)')} name="confiscatedGains">
            <InputNumber min={0} style={{ width: '100%' }} />
          </Form.Item>
        </>
      )}
      {to === 'TRANSFERRED' && (
        <>
          <Form.Item label={t('接收部门')} name="department" rules={[{ required: true }]}>
            <Select options={optionsOf(DEPARTMENT)} />
          </Form.Item>
          <Form.Item label={t('移送类型')} name="kind" rules={[{ required: true }]}>
            <Select options={optionsOf(TRANSFER_KIND)} />
          </Form.Item>
          <TextField label="移送理由(涉嫌罪名或管辖依据)" name="transferReason" required max={1000} rows={2} />
          <Form.Item name="copiedToProcuratorate" valuePropName="checked">
            <Checkbox>{t('抄送区人民检察院')}</Checkbox>
          </Form.Item>
          <Form.Item name="handOverSeizedItems" valuePropName="checked">
            <Checkbox>{t('涉案财物随案移交')}</Checkbox>
          </Form.Item>
        </>
      )}
      {needsReason && <TextField label="理由" name="reason" required max={1000} rows={2} />}
    </>
  );
}

type PauseValues = FormValuesOf<Omit<CasePauseInput, 'caseId' | 'version'>, 'startsOn'>;
type ResumeValues = FormValuesOf<Omit<CaseResumeInput, 'caseId' | 'version'>, 'endsOn'>;

/**
 * The statutory clocks' own writes, in the 法定时限 tab: pausing for testing, appraisal, hearing or notice and
 * resuming, and the one extension each of the filing and the decision period (with the leader's approval on paper).
 */
export function CaseClockActions({ record, onChanged }: CasePart) {
  const t = useT();
  const openPause = record.pauses.find((p) => !p.endsOn);
  const pausable = !openPause && ['CLUE', 'FILED', 'INVESTIGATING', 'NOTIFIED'].includes(record.status);
  const clocks = [
    ...(record.status === 'CLUE' && !record.filingExtended
      ? [
          {
            clock: 'FILING' as const,
            label: '延长立案期限',
            note: '经负责人批准,立案期限延长一次;延长后不能再延长。',
          },
        ]
      : []),
    ...(['FILED', 'INVESTIGATING', 'NOTIFIED'].includes(record.status) && !record.decisionExtended
      ? [
          {
            clock: 'DECISION' as const,
            label: '延长办案期限',
            note: '经负责人批准,办案期限延长一次;延长后不能再延长。',
          },
        ]
      : []),
  ];
  const version = { caseId: record.id, version: record.version };
  return (
    <RecordActions onChanged={onChanged}>
      {pausable && (
        <MutationDialog
          label="暂停计时"
          title="暂停计时(检测、鉴定、听证、公告期间不计入期限)"
          success="已暂停计时"
          initialValues={{ kind: 'TESTING', startsOn: dayjs() }}
          mutation={PauseMutation}
          variables={(v: PauseValues) => ({ input: { ...version, ...v, startsOn: localDate(v.startsOn) } })}
        >
          <Form.Item label={t('事项')} name="kind" rules={[{ required: true }]}>
            <Select aria-label="事项" options={optionsOf(PAUSE_KIND)} />
          </Form.Item>
          <PastDayField name="startsOn" label="开始日期" />
          <TextField label="事由" name="reason" required max={300} />
        </MutationDialog>
      )}
      {openPause && (
        <MutationDialog
          label={t('恢复计时({{kind}})', { kind: labelOf(PAUSE_KIND, openPause.kind) })}
          success="已恢复计时"
          initialValues={{ endsOn: dayjs() }}
          mutation={ResumeMutation}
          variables={(v: ResumeValues) => ({ input: { ...version, endsOn: localDate(v.endsOn) } })}
        >
          <Typography.Paragraph type="secondary">
            {t('自 {{date}} 起暂停:{{reason}}', { date: openPause.startsOn, reason: openPause.reason })}
          </Typography.Paragraph>
          <Form.Item label={t('结束日期')} name="endsOn" rules={[{ required: true, message: t('请选择结束日期') }]}>
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={(d) => afterToday(d) || localDate(d) < openPause.startsOn}
            />
          </Form.Item>
        </MutationDialog>
      )}
      {clocks.map(({ clock, label, note }) => (
        <MutationDialog
          key={clock}
          label={label}
          success="期限已延长"
          mutation={ExtendMutation}
          variables={(_: object) => ({ input: { ...version, clock } })}
        >
          <Typography.Paragraph>{t(note)}</Typography.Paragraph>
        </MutationDialog>
      ))}
    </RecordActions>
  );
}
