import { CaseStatus, LABELS, TransferKind, TransferOutcome } from './enums';

/**
 * A case's lifecycle (市场监督管理行政处罚程序规定): 线索 → 立案 → 调查取证 → 告知 → 决定 → 执行 → 结案, or 不予立案,
 * or 移送. This table is the only place that says which moves exist and what each needs; the `moveCase` mutation
 * asks it before anything is written.
 */

/** Input a move must carry besides its date (checked by name against the mutation's input). */
export type MoveField = 'officerIds' | 'violations' | 'legalBasis' | 'reason' | 'penalty' | 'transfer';

/** What a guard sees: the case as it stands and what the move brings. */
export interface MoveFacts {
  /** The latest transfer's kind and outcome, when the case has been transferred. */
  transfer?: { kind: TransferKind; outcome: TransferOutcome | null } | null;
  /** The kind of transfer this move would make. */
  transferKind?: TransferKind | null;
  /** Clock pauses still open (a case cannot be decided while testing time runs). */
  openPause?: boolean;
}

export interface CaseMove {
  from: CaseStatus;
  to: CaseStatus;
  /** What the UI and the history call this step (zh-CN). */
  label: string;
  requires: readonly MoveField[];
  /** A reason the move is not allowed for these facts (in Chinese), or null. */
  guard?: (facts: MoveFacts) => string | null;
}

const S = CaseStatus;

const noOpenPause = (facts: MoveFacts) => (facts.openPause ? '计时暂停中(如检测检验、听证),请先结束暂停' : null);

export const CASE_MOVES: readonly CaseMove[] = [
  { from: S.CLUE, to: S.FILED, label: '立案', requires: ['officerIds', 'violations'] },
  { from: S.CLUE, to: S.NOT_FILED, label: '不予立案', requires: ['reason'] },
  {
    from: S.CLUE,
    to: S.TRANSFERRED,
    label: '移送管辖',
    requires: ['transfer'],
    // A suspected crime is transferred once the facts are investigated (行政执法机关移送涉嫌犯罪案件的规定 art. 3).
    guard: (facts) =>
      facts.transferKind === TransferKind.CRIMINAL ? '涉嫌犯罪的案件须立案调查后方可移送公安机关' : null,
  },
  { from: S.FILED, to: S.INVESTIGATING, label: '调查取证', requires: [] },
  { from: S.INVESTIGATING, to: S.NOTIFIED, label: '行政处罚告知', requires: ['legalBasis'] },
  { from: S.INVESTIGATING, to: S.TRANSFERRED, label: '移送', requires: ['transfer'] },
  {
    from: S.INVESTIGATING,
    to: S.CLOSED,
    label: '撤销立案(违法事实不能成立)',
    requires: ['reason'],
    guard: noOpenPause,
  },
  { from: S.NOTIFIED, to: S.DECIDED, label: '作出行政处罚决定', requires: ['penalty'], guard: noOpenPause },
  { from: S.NOTIFIED, to: S.CLOSED, label: '不予行政处罚', requires: ['reason'], guard: noOpenPause },
  { from: S.DECIDED, to: S.EXECUTING, label: '送达并执行', requires: [] },
  { from: S.EXECUTING, to: S.CLOSED, label: '结案', requires: [] },
  {
    from: S.TRANSFERRED,
    to: S.INVESTIGATING,
    label: '移送退回,继续调查',
    requires: ['reason'],
    guard: (facts) =>
      facts.transfer?.outcome === TransferOutcome.DECLINED ? null : '只有被接收部门不予立案(退回)的案件才能继续调查',
  },
];

/** Statuses from which nothing moves on. */
export const FINAL_STATUSES: ReadonlySet<CaseStatus> = new Set([S.CLOSED, S.NOT_FILED]);

/** Statuses in which the case is still being worked (its clocks can run out). */
export const OPEN_STATUSES: readonly CaseStatus[] = [
  S.CLUE,
  S.FILED,
  S.INVESTIGATING,
  S.NOTIFIED,
  S.DECIDED,
  S.EXECUTING,
];

export function findMove(from: CaseStatus, to: CaseStatus): CaseMove | undefined {
  return CASE_MOVES.find((move) => move.from === from && move.to === to);
}

export function nextStatuses(from: CaseStatus): CaseStatus[] {
  return CASE_MOVES.filter((move) => move.from === from).map((move) => move.to);
}

export const statusLabel = (status: CaseStatus) => LABELS.CaseStatus[status];

/**
 * Whether a case may move from `from` to `to` given what the move carries: null when it may, else a message naming
 * the current and requested state (and the missing input) for a BAD_USER_INPUT.
 */
export function checkMove(
  from: CaseStatus,
  to: CaseStatus,
  present: ReadonlySet<MoveField>,
  facts: MoveFacts = {},
): { message: string; field: string } | null {
  const move = findMove(from, to);
  if (!move) {
    const allowed = nextStatuses(from).map(statusLabel);
    return {
      field: 'to',
      message: `案件当前为「${statusLabel(from)}」,不能变更为「${statusLabel(to)}」${
        allowed.length ? `(可变更为:${allowed.join('、')})` : '(已办结)'
      }`,
    };
  }
  const missing = move.requires.find((field) => !present.has(field));
  if (missing) return { field: missing, message: `「${move.label}」须填写${FIELD_LABELS[missing]}` };
  const refusal = move.guard?.(facts);
  return refusal ? { field: 'to', message: refusal } : null;
}

export const FIELD_LABELS: Record<MoveField, string> = {
  officerIds: '办案人员(至少2名)',
  violations: '违法行为',
  legalBasis: '法律依据',
  reason: '理由',
  penalty: '处罚内容',
  transfer: '移送信息',
};
