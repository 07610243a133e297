import { HazardStatus, IncidentStep, LABELS } from './enums';
import type { Problem } from './problem';

/**
 * A hazard is rectified by the business, then verified by an official: the only moves. A verified hazard is closed.
 * `rectifyHazard` asks for RECTIFIED, `verifyHazard` for VERIFIED.
 */
export const HAZARD_TRANSITIONS: Readonly<Record<HazardStatus, readonly HazardStatus[]>> = {
  [HazardStatus.OPEN]: [HazardStatus.RECTIFIED],
  [HazardStatus.RECTIFIED]: [HazardStatus.VERIFIED],
  [HazardStatus.VERIFIED]: [],
};

/** Null when the move is allowed; otherwise the problem, naming the current and the requested state. */
export function checkHazardTransition(from: HazardStatus, to: HazardStatus): Problem | null {
  if (HAZARD_TRANSITIONS[from].includes(to)) return null;
  const allowed = HAZARD_TRANSITIONS[from].map((next) => `「${LABELS.HazardStatus[next]}」`).join('、');
  return {
    field: 'status',
    message: `隐患当前为「${LABELS.HazardStatus[from]}」,不能变更为「${LABELS.HazardStatus[to]}」${
      allowed ? `(只能变更为${allowed})` : '(已复核的隐患不能再变更)'
    }`,
  };
}

/** Not rectified by its deadline: open, and the deadline (the last day allowed) is before today. */
export const hazardOverdue = (hazard: { status: HazardStatus; rectifyBy: string }, today: string): boolean =>
  hazard.status === HazardStatus.OPEN && hazard.rectifyBy < today;

/** The response of an incident, in the only order it may take: 接报 → 核实 → 启动响应 → 控制 → 调查 → 终止. */
export const INCIDENT_STEPS: readonly IncidentStep[] = [
  IncidentStep.RECEIVED,
  IncidentStep.VERIFIED,
  IncidentStep.RESPONSE_STARTED,
  IncidentStep.CONTROLLED,
  IncidentStep.INVESTIGATED,
  IncidentStep.CLOSED,
];

/** The step after `current`; null once the response is closed. */
export function nextIncidentStep(current: IncidentStep): IncidentStep | null {
  return INCIDENT_STEPS[INCIDENT_STEPS.indexOf(current) + 1] ?? null;
}

const step = (value: IncidentStep) => `「${LABELS.IncidentStep[value]}」`;

/**
 * Whether an incident at `current` (reached at `currentAt`) may record `requested` at `at`: only the next step, not
 * earlier than the current one, and not in the future (`now`). Problems name both steps.
 */
export function checkIncidentStep(
  current: { step: IncidentStep; at: Date },
  requested: { step: IncidentStep; at: Date },
  now: Date,
): Problem[] {
  const next = nextIncidentStep(current.step);
  if (next === null)
    return [{ field: 'step', message: `事件已${step(current.step)},不能再进入${step(requested.step)}` }];
  if (requested.step !== next)
    return [
      {
        field: 'step',
        message: `事件当前处于${step(current.step)},下一步应为${step(next)},不能进入${step(requested.step)}`,
      },
    ];
  const problems: Problem[] = [];
  if (Number.isNaN(requested.at.getTime())) problems.push({ field: 'at', message: '时间无效' });
  else if (requested.at < current.at)
    problems.push({ field: 'at', message: `${step(requested.step)}的时间不能早于${step(current.step)}的时间` });
  else if (requested.at > now) problems.push({ field: 'at', message: `${step(requested.step)}的时间不能晚于现在` });
  return problems;
}
