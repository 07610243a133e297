import { LABELS, SampleStatus } from './enums';

/**
 * The sample lifecycle, all of it: 已抽样 → 检验中 → 合格 | 不合格 → (复检) → 核查处置 → 已处置 → 已公开.
 * Each edge names the one operation that takes it (`via`), so that e.g. 复检中 is entered only by a 复检 request,
 * which also records the request. Nothing else in the service decides which moves are legal.
 */
export type TransitionVia = 'move' | 'recheck' | 'recheckResult' | 'startDisposal' | 'completeDisposal';

export interface Transition {
  from: SampleStatus;
  to: SampleStatus;
  via: TransitionVia;
  /** What the move means, for the timeline. */
  label: string;
}

const S = SampleStatus;

export const TRANSITIONS: readonly Transition[] = [
  { from: S.SAMPLED, to: S.TESTING, via: 'move', label: '样品送达检验机构' },
  { from: S.TESTING, to: S.QUALIFIED, via: 'move', label: '检验结论:合格' },
  { from: S.TESTING, to: S.UNQUALIFIED, via: 'move', label: '检验结论:不合格' },
  { from: S.QUALIFIED, to: S.PUBLISHED, via: 'move', label: '结果公开' },
  { from: S.UNQUALIFIED, to: S.RECHECKING, via: 'recheck', label: '受理复检申请' },
  { from: S.RECHECKING, to: S.QUALIFIED, via: 'recheckResult', label: '复检结论:合格' },
  { from: S.RECHECKING, to: S.UNQUALIFIED, via: 'recheckResult', label: '复检结论:不合格(维持原结论)' },
  { from: S.UNQUALIFIED, to: S.DISPOSING, via: 'startDisposal', label: '启动核查处置' },
  { from: S.DISPOSING, to: S.DISPOSED, via: 'completeDisposal', label: '核查处置完成' },
  { from: S.DISPOSED, to: S.PUBLISHED, via: 'move', label: '结果公开' },
];

const VIA_LABELS: Record<TransitionVia, string> = {
  move: '变更状态',
  recheck: '复检申请',
  recheckResult: '录入复检结论',
  startDisposal: '启动核查处置',
  completeDisposal: '完成核查处置',
};

export const statusLabel = (status: SampleStatus): string => LABELS.SampleStatus[status];

export class IllegalTransition extends Error {
  constructor(
    message: string,
    readonly from: SampleStatus,
    readonly to: SampleStatus,
  ) {
    super(message);
  }
}

/** The edge for a move, or an IllegalTransition naming the current and the requested state. */
export function checkTransition(from: SampleStatus, to: SampleStatus, via: TransitionVia): Transition {
  const edge = TRANSITIONS.find((t) => t.from === from && t.to === to);
  if (!edge) {
    const allowed = nextStatuses(from).map(statusLabel);
    const hint = allowed.length ? `;当前状态可变更为:${allowed.join('、')}` : ';当前状态已是终态';
    throw new IllegalTransition(
      `样品当前状态为「${statusLabel(from)}」,不能变更为「${statusLabel(to)}」${hint}`,
      from,
      to,
    );
  }
  if (edge.via !== via) {
    throw new IllegalTransition(
      `样品从「${statusLabel(from)}」变更为「${statusLabel(to)}」须通过「${VIA_LABELS[edge.via]}」办理`,
      from,
      to,
    );
  }
  return edge;
}

export function nextStatuses(from: SampleStatus): SampleStatus[] {
  return TRANSITIONS.filter((t) => t.from === from).map((t) => t.to);
}

/** The moves a user can make directly with "move" from this state (the buttons a sample's page offers). */
export function directMoves(from: SampleStatus): SampleStatus[] {
  return TRANSITIONS.filter((t) => t.from === from && t.via === 'move').map((t) => t.to);
}

/** States in which a sample's result is final and no clock of the bureau runs any more. */
export const SETTLED: ReadonlySet<SampleStatus> = new Set([S.QUALIFIED, S.DISPOSED, S.PUBLISHED]);
