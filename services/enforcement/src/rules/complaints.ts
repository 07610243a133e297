import { type ClockRule, type ClockState, computeClock, type HolidayCalendar, type LocalDate } from '@shian/clock';
import { CLOCK_RULES, ClockCode } from './clock-rules';

/**
 * 投诉举报: the register's closed vocabularies, its transition table, its clocks and the masking of the complainant's
 * personal data. Pure: the resolvers ask these before anything is written.
 */

export enum ComplaintKind {
  /** 投诉: a consumer's own dispute with a business (can be mediated). */
  COMPLAINT = 'COMPLAINT',
  /** 举报: a lead about a suspected violation (verified and decided on filing; may be anonymous). */
  REPORT = 'REPORT',
}

export enum ComplaintChannel {
  PLATFORM_12315 = 'PLATFORM_12315',
  PHONE = 'PHONE',
  LETTER = 'LETTER',
  VISIT = 'VISIT',
  ONLINE = 'ONLINE',
}

export enum ComplaintStatus {
  RECEIVED = 'RECEIVED',
  ACCEPTED = 'ACCEPTED',
  REFUSED = 'REFUSED',
  MEDIATED = 'MEDIATED',
  REFERRED = 'REFERRED',
  ANSWERED = 'ANSWERED',
}

/** What became of it, for the figures and the filter: the outcome that an answer does not erase. */
export enum ComplaintOutcome {
  PENDING = 'PENDING',
  REFUSED = 'REFUSED',
  MEDIATED = 'MEDIATED',
  REFERRED = 'REFERRED',
  ANSWERED = 'ANSWERED',
}

export enum MediationResult {
  SETTLED = 'SETTLED',
  FAILED = 'FAILED',
}

export const COMPLAINT_LABELS = {
  ComplaintKind: { COMPLAINT: '投诉', REPORT: '举报' },
  ComplaintChannel: {
    PLATFORM_12315: '12315平台',
    PHONE: '电话',
    LETTER: '来信',
    VISIT: '来访',
    ONLINE: '网络',
  },
  ComplaintStatus: {
    RECEIVED: '待处理',
    ACCEPTED: '已受理',
    REFUSED: '不予受理',
    MEDIATED: '已调解',
    REFERRED: '已转线索(立案)',
    ANSWERED: '已答复',
  },
  ComplaintOutcome: {
    PENDING: '办理中',
    REFUSED: '不予受理',
    MEDIATED: '调解',
    REFERRED: '转线索(立案)',
    ANSWERED: '答复办结',
  },
  MediationResult: { SETTLED: '调解成功', FAILED: '调解不成' },
} as const;

// ---- clocks ----

/** 市场监督管理投诉举报处理暂行办法: a complaint is accepted or refused within 7 working days of receipt. */
export const COMPLAINT_ACCEPTANCE_RULE: ClockRule = {
  code: 'COMPLAINT_ACCEPTANCE',
  name: '投诉受理期限',
  unit: 'WORKING_DAYS',
  amount: 7,
  extension: 0,
  endsOnWorkingDay: true,
  source: '市场监督管理投诉举报处理暂行办法第十五条(收到投诉之日起7个工作日内决定是否受理)',
};

/**
 * A report is a lead: verified and decided on filing within 15 working days, +15 with approval — the case filing
 * clock itself (docs/domain.md#statutory-clocks), so one rule says it for clues and reports alike.
 */
export const REPORT_FILING_RULE: ClockRule = CLOCK_RULES[ClockCode.CASE_FILING];

export const complaintRule = (kind: ComplaintKind): ClockRule =>
  kind === ComplaintKind.COMPLAINT ? COMPLAINT_ACCEPTANCE_RULE : REPORT_FILING_RULE;

export interface ComplaintClockFacts {
  kind: ComplaintKind;
  receivedOn: LocalDate;
  /** The day it was accepted, refused or referred: what the clock waits for. */
  decidedOn: LocalDate | null;
  extended: boolean;
}

export function complaintClock(facts: ComplaintClockFacts, calendar: HolidayCalendar, today: LocalDate): ClockState {
  return computeClock({
    rule: complaintRule(facts.kind),
    startedOn: facts.receivedOn,
    extended: facts.kind === ComplaintKind.REPORT && facts.extended,
    completedOn: facts.decidedOn,
    today,
    calendar,
  });
}

// ---- the transition table ----

export type ComplaintMoveField = 'reason' | 'mediationResult' | 'case' | 'answer';

export interface ComplaintMove {
  from: ComplaintStatus;
  to: ComplaintStatus;
  /** Which kinds may take this step: mediation is for a consumer's own dispute, acceptance for complaints. */
  kinds: readonly ComplaintKind[];
  label: string;
  requires: readonly ComplaintMoveField[];
}

const S = ComplaintStatus;
const BOTH = [ComplaintKind.COMPLAINT, ComplaintKind.REPORT] as const;
const COMPLAINT_ONLY = [ComplaintKind.COMPLAINT] as const;

export const COMPLAINT_MOVES: readonly ComplaintMove[] = [
  { from: S.RECEIVED, to: S.ACCEPTED, kinds: COMPLAINT_ONLY, label: '受理', requires: [] },
  { from: S.RECEIVED, to: S.REFUSED, kinds: BOTH, label: '不予受理', requires: ['reason'] },
  { from: S.RECEIVED, to: S.REFERRED, kinds: BOTH, label: '转线索(立案)', requires: ['case'] },
  { from: S.ACCEPTED, to: S.MEDIATED, kinds: COMPLAINT_ONLY, label: '调解', requires: ['mediationResult'] },
  { from: S.ACCEPTED, to: S.REFERRED, kinds: COMPLAINT_ONLY, label: '转线索(立案)', requires: ['case'] },
  { from: S.ACCEPTED, to: S.ANSWERED, kinds: COMPLAINT_ONLY, label: '答复办结', requires: ['answer'] },
  { from: S.MEDIATED, to: S.REFERRED, kinds: COMPLAINT_ONLY, label: '调解后转线索(立案)', requires: ['case'] },
  { from: S.MEDIATED, to: S.ANSWERED, kinds: COMPLAINT_ONLY, label: '答复办结', requires: ['answer'] },
  { from: S.REFUSED, to: S.ANSWERED, kinds: BOTH, label: '告知不予受理', requires: ['answer'] },
  { from: S.REFERRED, to: S.ANSWERED, kinds: BOTH, label: '答复处理结果', requires: ['answer'] },
];

/** Leaving RECEIVED is the decision the statutory clock waits for. */
export const DECIDING_STATUSES: ReadonlySet<ComplaintStatus> = new Set([S.ACCEPTED, S.REFUSED, S.REFERRED]);

export function findComplaintMove(kind: ComplaintKind, from: ComplaintStatus, to: ComplaintStatus) {
  return COMPLAINT_MOVES.find((move) => move.from === from && move.to === to && move.kinds.includes(kind));
}

export function nextComplaintStatuses(kind: ComplaintKind, from: ComplaintStatus): ComplaintStatus[] {
  return COMPLAINT_MOVES.filter((move) => move.from === from && move.kinds.includes(kind)).map((move) => move.to);
}

const FIELD_LABELS: Record<ComplaintMoveField, string> = {
  reason: '不予受理理由',
  mediationResult: '调解结果',
  case: '关联案件或线索案由',
  answer: '答复内容',
};

const FIELD_NAMES: Record<ComplaintMoveField, string> = {
  reason: 'reason',
  mediationResult: 'mediationResult',
  case: 'caseTitle',
  answer: 'answer',
};

/** Null when the move is allowed, else a Chinese message and the input field for a BAD_USER_INPUT. */
export function checkComplaintMove(
  kind: ComplaintKind,
  from: ComplaintStatus,
  to: ComplaintStatus,
  present: ReadonlySet<ComplaintMoveField>,
): { message: string; field: string } | null {
  const move = findComplaintMove(kind, from, to);
  const label = (status: ComplaintStatus) => COMPLAINT_LABELS.ComplaintStatus[status];
  if (!move) {
    const allowed = nextComplaintStatuses(kind, from).map(label);
    return {
      field: 'to',
      message: `该${COMPLAINT_LABELS.ComplaintKind[kind]}当前为「${label(from)}」,不能变更为「${label(to)}」${
        allowed.length ? `(可变更为:${allowed.join('、')})` : '(已办结)'
      }`,
    };
  }
  const missing = move.requires.find((field) => !present.has(field));
  if (missing) return { field: FIELD_NAMES[missing], message: `「${move.label}」须填写${FIELD_LABELS[missing]}` };
  return null;
}

/** The outcome a record shows, from what it holds: an answer keeps the outcome it answers. */
export function complaintOutcome(facts: {
  status: ComplaintStatus;
  refusedReason: string | null;
  mediationResult: MediationResult | null;
  caseId: string | null;
}): ComplaintOutcome {
  if (facts.refusedReason) return ComplaintOutcome.REFUSED;
  if (facts.caseId) return ComplaintOutcome.REFERRED;
  if (facts.mediationResult) return ComplaintOutcome.MEDIATED;
  if (facts.status === ComplaintStatus.ANSWERED) return ComplaintOutcome.ANSWERED;
  return ComplaintOutcome.PENDING;
}

// ---- the complainant's personal data ----

/** 张三丰 → 张**: the surname stays, so a handler can still address a letter. */
export function maskName(name: string | null): string | null {
  if (!name) return name;
  const chars = [...name];
  return chars[0] + '*'.repeat(Math.max(1, chars.length - 1));
}

/** 13812345678 → 138****5678; a landline keeps its last four digits. */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return phone;
  if (/^1\d{10}$/.test(phone)) return `${phone.slice(0, 3)}****${phone.slice(7)}`;
  return `${'*'.repeat(Math.max(0, phone.length - 4))}${phone.slice(-4)}`;
}

/** An ID number shows its first and last character only. */
export function maskIdNumber(id: string | null): string | null {
  if (!id) return id;
  return `${id[0]}${'*'.repeat(id.length - 2)}${id.at(-1)}`;
}

/** A mobile number, or a landline with or without its area code (and an extension). */
export function isPhone(value: string): boolean {
  return /^(1[3-9]\d{9}|(0\d{2,3}-?)?\d{7,8}(-\d{1,6})?|12315)$/.test(value);
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** 居民身份证号码 (GB 11643-1999): 17 digits, a birth date, and the check character. */
export function isIdNumber(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const birth = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  const date = new Date(`${birth}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== birth) return false;
  const sum = ID_WEIGHTS.reduce((total, weight, i) => total + weight * Number(value[i]), 0);
  return ID_CHECK[sum % 11] === value[17];
}
