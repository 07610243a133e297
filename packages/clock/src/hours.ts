/**
 * Time limits counted in hours from an instant (an incident must be reported up within 1 or 2 hours of being
 * received). They do not fit `computeClock`, whose periods are whole days counted from a date on a holiday
 * calendar: an hour limit runs on the clock on the wall, through nights, weekends and holidays alike, from the
 * moment the period starts. Instants are absolute, so no timezone enters the arithmetic.
 */

export interface HourRule {
  /** Stable identifier, e.g. "INCIDENT_REPORT_III". */
  code: string;
  /** What the UI shows, e.g. "较大事件报告时限". */
  name: string;
  /** Whole hours allowed after the start. */
  hours: number;
  /** Where the figure comes from, shown next to the clock. */
  source: string;
}

/** Longest period an hour rule may have: a week. Anything longer is a day-counted limit (`computeClock`). */
export const MAX_RULE_HOURS = 168;

export interface HourClockInput {
  rule: HourRule;
  /** When the period starts (e.g. the incident was received). */
  startedAt: Date;
  /** When the act the clock waits for was done (e.g. reported); the clock stops there. */
  completedAt?: Date | null;
  now: Date;
}

/** As `ClockStatus`, without pauses: RUNNING, OVERDUE (past the deadline, not done), MET, LATE (done after it). */
export type HourClockStatus = 'RUNNING' | 'OVERDUE' | 'MET' | 'LATE';

export interface HourClockState {
  rule: HourRule;
  startedAt: Date;
  /** The last instant at which the act is still in time (done exactly then: MET). */
  deadline: Date;
  /** Whole minutes from now to the deadline, rounded down; negative once past it. Null once done. */
  remainingMinutes: number | null;
  status: HourClockStatus;
  /** The deadline passed before the act was done (still undone, or done late). */
  overdue: boolean;
  completedAt: Date | null;
}

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

const isInstant = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime());

/** The problems of an hour rule, field by field (empty when it is usable); messages are for the bureau's editors. */
export function validateHourRule(rule: HourRule): { field: keyof HourRule; message: string }[] {
  const problems: { field: keyof HourRule; message: string }[] = [];
  if (!/^[A-Z][A-Z0-9_]*$/.test(rule.code))
    problems.push({ field: 'code', message: '规则代码只能由大写字母、数字和下划线组成' });
  if (!rule.name?.trim()) problems.push({ field: 'name', message: '规则名称不能为空' });
  if (!Number.isInteger(rule.hours) || rule.hours < 1 || rule.hours > MAX_RULE_HOURS)
    problems.push({ field: 'hours', message: `时限应为 1 到 ${MAX_RULE_HOURS} 之间的整数小时(收到 ${rule.hours})` });
  return problems;
}

/** "2小时". */
export const describeHours = (rule: Pick<HourRule, 'hours'>): string => `${rule.hours}小时`;

/** The hour clock of one record: its deadline, the minutes left, whether it was met or missed. Pure. */
export function computeHourClock(input: HourClockInput): HourClockState {
  const { rule, startedAt, now } = input;
  const completedAt = input.completedAt ?? null;
  if (!isInstant(startedAt)) throw new RangeError(`startedAt is not an instant: ${String(startedAt)}`);
  if (!isInstant(now)) throw new RangeError(`now is not an instant: ${String(now)}`);
  if (completedAt !== null && !isInstant(completedAt))
    throw new RangeError(`completedAt is not an instant: ${String(completedAt)}`);
  if (completedAt !== null && completedAt < startedAt)
    throw new RangeError(`completedAt (${completedAt.toISOString()}) is before startedAt (${startedAt.toISOString()})`);
  if (!Number.isInteger(rule.hours) || rule.hours < 0) throw new RangeError(`rule hours invalid: ${rule.hours}`);

  const deadline = new Date(startedAt.getTime() + rule.hours * HOUR_MS);
  const base = { rule, startedAt, deadline, completedAt };
  if (completedAt !== null) {
    const late = completedAt > deadline;
    return { ...base, remainingMinutes: null, status: late ? 'LATE' : 'MET', overdue: late };
  }
  const remainingMinutes = Math.floor((deadline.getTime() - now.getTime()) / MINUTE_MS);
  if (now > deadline) return { ...base, remainingMinutes, status: 'OVERDUE', overdue: true };
  return { ...base, remainingMinutes, status: 'RUNNING', overdue: false };
}
