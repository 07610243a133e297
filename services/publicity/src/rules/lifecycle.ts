import type { FieldProblem } from './checks';
import { LABELS, OpinionStatus } from './enums';

const { DETECTED, VERIFYING, ESCALATED, HANDLING, RESPONDED, CLOSED } = OpinionStatus;

/**
 * The one place that says how a public-opinion event moves: 发现 → 核实 → 处置 → 回应 → 办结. An event that the
 * bureau cannot settle alone is escalated (升级上报) while it is being verified or handled; once the authority it
 * went to has directed the handling, it goes back to 处置. A closed event does not move.
 */
export const OPINION_TRANSITIONS: Readonly<Record<OpinionStatus, readonly OpinionStatus[]>> = {
  [DETECTED]: [VERIFYING],
  [VERIFYING]: [HANDLING, ESCALATED],
  [ESCALATED]: [HANDLING],
  [HANDLING]: [RESPONDED, ESCALATED],
  [RESPONDED]: [CLOSED],
  [CLOSED]: [],
};

export const nextStatuses = (from: OpinionStatus): readonly OpinionStatus[] => OPINION_TRANSITIONS[from];

const label = (status: OpinionStatus) => `「${LABELS.OpinionStatus[status]}」`;

export interface Move {
  to: OpinionStatus;
  note: string;
  /** To whom an escalation goes (区委网信办, 市市场监管局 …): required when moving to ESCALATED. */
  escalatedTo?: string | null;
}

/** Whether a move is allowed from `from`; the answer names both states, as the user sees them. */
export function checkMove(from: OpinionStatus, move: Move): FieldProblem[] {
  if (!OPINION_TRANSITIONS[from].includes(move.to)) {
    const allowed = OPINION_TRANSITIONS[from];
    const hint = allowed.length ? `,只能变更为${allowed.map(label).join('或')}` : ',该舆情已办结';
    return [{ field: 'to', message: `舆情当前状态为${label(from)},不能变更为${label(move.to)}${hint}` }];
  }
  const problems: FieldProblem[] = [];
  if (!move.note.trim()) problems.push({ field: 'note', message: `变更为${label(move.to)}需要填写处理情况` });
  if (move.to === ESCALATED && !move.escalatedTo?.trim())
    problems.push({ field: 'escalatedTo', message: '升级上报必须写明上报单位' });
  return problems;
}

/** Events counted as handled (处置完毕) in the year's figures. */
export const isHandled = (status: OpinionStatus) => status === CLOSED;
