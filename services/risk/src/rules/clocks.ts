import {
  addDays,
  addMonths,
  type ClockRule,
  type ClockState,
  computeClock,
  computeHourClock,
  type HolidayCalendar,
  type HourClockState,
  type HourRule,
  isLocalDate,
  type LocalDate,
} from '@shian/clock';
import { DutyFrequency, DutyStatus, IncidentLevel, LABELS } from './enums';
import type { Problem } from './problem';

/**
 * A duty is due on a day: its clock ends there (a day falling on a rest day of the bureau's calendar moves to the next
 * working day, as a period's last day does), and counts nothing after it. `computeClock` with a zero-day period
 * started on the due date gives exactly that, on the same engine and calendar as every other clock.
 */
export const DUTY_DUE_RULE: ClockRule = {
  code: 'DUTY_DUE',
  name: '责任落实期限',
  unit: 'CALENDAR_DAYS',
  amount: 0,
  extension: 0,
  endsOnWorkingDay: true,
  source: '责任清单确定的完成时限',
};

/** The last day of the frequency's period that contains `day` (month, quarter, year); ONCE has no period. */
export function periodEnd(frequency: DutyFrequency, day: LocalDate): LocalDate | null {
  const [year, month] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  const firstOf = (m: number) => `${year}-${String(m).padStart(2, '0')}-01`;
  switch (frequency) {
    case DutyFrequency.MONTHLY:
      return addDays(addMonths(firstOf(month), 1), -1);
    case DutyFrequency.QUARTERLY:
      return addDays(addMonths(firstOf(month - ((month - 1) % 3)), 3), -1);
    case DutyFrequency.YEARLY:
      return `${year}-12-31`;
    default:
      return null;
  }
}

/**
 * The next due date of a recurring duty once one round is done: the end of the period after the one `day` falls in
 * (monthly, 03-20 → 04-30). Null for ONCE: done is done. The duty resolver passes the round's own due day, so a round
 * done early does not yield a second duty for the same period and one done late does not skip a period.
 */
export function nextDueDate(frequency: DutyFrequency, day: LocalDate): LocalDate | null {
  const end = periodEnd(frequency, day);
  return end && periodEnd(frequency, addDays(end, 1));
}

export interface DutyTiming {
  frequency: DutyFrequency;
  dueDate?: LocalDate | null;
  /** The day the duty was assigned (its creation day in China). */
  assignedOn: LocalDate;
  status: DutyStatus;
  completedOn?: LocalDate | null;
}

/**
 * The day a duty is due: its due date, or else the end of its frequency's period in which it was assigned. The duty
 * resolver stores the result when a duty is written (one column, read by its clock, the list's `overdue` filter and
 * WorkReport.risk alike); the fallback then serves only rows from before that (done ones; open ones were backfilled
 * by the duty_due_date migration with this same function).
 */
export function dutyDueDate(duty: Pick<DutyTiming, 'frequency' | 'dueDate' | 'assignedOn'>): LocalDate {
  const due = duty.dueDate ?? periodEnd(duty.frequency, duty.assignedOn);
  if (!due) throw new RangeError('a one-off duty needs a due date (checkDutyTiming)');
  return due;
}

/** A duty's timing as a form sends it: a one-off duty needs a due date; a due date is not before assignment. */
export function checkDutyTiming(duty: Pick<DutyTiming, 'frequency' | 'dueDate' | 'assignedOn'>): Problem[] {
  if (duty.dueDate == null)
    return duty.frequency === DutyFrequency.ONCE
      ? [{ field: 'dueDate', message: `${LABELS.DutyFrequency.ONCE}的责任必须填写完成时限` }]
      : [];
  if (!isLocalDate(duty.dueDate)) return [{ field: 'dueDate', message: `完成时限不是有效日期:${duty.dueDate}` }];
  if (duty.dueDate < duty.assignedOn)
    return [{ field: 'dueDate', message: `完成时限(${duty.dueDate})不能早于责任下达日期(${duty.assignedOn})` }];
  return [];
}

/**
 * The last due date already overdue on `today`: a duty not done is overdue once its deadline (its due date, moved
 * to the next working day when that is a rest day: `DUTY_DUE_RULE`) is before today, which is exactly when its due
 * date is on or before the last working day before today. One date, so the database can select overdue duties by
 * comparing the stored due date (the list's filter, WorkReport.risk's count), and agree with `dutyClock`.
 */
export function lastOverdueDueDate(on: { calendar: HolidayCalendar; today: LocalDate }): LocalDate {
  let day = addDays(on.today, -1);
  for (let steps = 0; !on.calendar.isWorkingDay(day); steps++) {
    if (steps > 366) throw new RangeError('no working day within a year');
    day = addDays(day, -1);
  }
  return day;
}

/**
 * A duty's clock: RUNNING until its due day, OVERDUE after it while not done, MET or LATE once done (by its
 * completion day). `overdue` is what the responsibility list flags.
 */
export function dutyClock(duty: DutyTiming, on: { calendar: HolidayCalendar; today: LocalDate }): ClockState {
  const done = duty.status === DutyStatus.DONE;
  if (done && !duty.completedOn) throw new RangeError('a done duty needs its completion day');
  return computeClock({
    rule: DUTY_DUE_RULE,
    startedOn: dutyDueDate(duty),
    completedOn: done ? duty.completedOn : null,
    today: on.today,
    calendar: on.calendar,
  });
}

const ROMAN: Record<IncidentLevel, string> = { I: 'Ⅰ', II: 'Ⅱ', III: 'Ⅲ', IV: 'Ⅳ' };

/** The rule code of a level's reporting limit: INCIDENT_REPORT_I … INCIDENT_REPORT_IV. */
export const reportRuleCode = (level: IncidentLevel) => `INCIDENT_REPORT_${level}`;

/**
 * The default reporting limits, received → reported up: 1 hour for levels I and II, 2 hours for III and IV. The bureau's
 * leaders may edit them (stored rows replace these by code).
 */
export const DEFAULT_INCIDENT_REPORT_RULES: readonly (HourRule & { level: IncidentLevel })[] = (
  [
    [IncidentLevel.I, 1],
    [IncidentLevel.II, 1],
    [IncidentLevel.III, 2],
    [IncidentLevel.IV, 2],
  ] as const
).map(([level, hours]) => ({
  level,
  code: reportRuleCode(level),
  name: `${ROMAN[level]}级突发事件报告时限`,
  hours,
  source: '本局突发事件信息报告时限(默认)',
}));

/** The rule for a level: the bureau's edited one when there is one, else the default. */
export function reportRuleFor(level: IncidentLevel, edited: readonly HourRule[] = []): HourRule {
  const code = reportRuleCode(level);
  const rule = edited.find((r) => r.code === code) ?? DEFAULT_INCIDENT_REPORT_RULES.find((r) => r.code === code);
  if (!rule) throw new RangeError(`no reporting rule for level ${level}`);
  return rule;
}

export interface IncidentReportClock extends HourClockState {
  hoursAllowed: number;
  reportedAt: Date | null;
  /** Reported after the deadline, or not reported and already past it. */
  missed: boolean;
}

/**
 * The reporting clock of an incident: from the moment it was received (接报), in hours on the wall clock. `limit` is
 * the one stored on the incident when it was received (hours and source); without it, the level's rule from `rules`.
 */
export function incidentReportClock(input: {
  level: IncidentLevel;
  receivedAt: Date;
  reportedAt?: Date | null;
  now: Date;
  rules?: readonly HourRule[];
  limit?: { hours: number; source: string };
}): IncidentReportClock {
  const base = reportRuleFor(input.level, input.rules);
  const rule = input.limit ? { ...base, hours: input.limit.hours, source: input.limit.source } : base;
  const state = computeHourClock({
    rule,
    startedAt: input.receivedAt,
    completedAt: input.reportedAt ?? null,
    now: input.now,
  });
  return { ...state, hoursAllowed: rule.hours, reportedAt: state.completedAt, missed: state.overdue };
}

/** When an incident was reported up: not before it was received, not in the future. */
export function checkReportedAt(reportedAt: Date, receivedAt: Date, now: Date): Problem[] {
  if (Number.isNaN(reportedAt.getTime())) return [{ field: 'at', message: '上报时间无效' }];
  if (reportedAt < receivedAt) return [{ field: 'at', message: '上报时间不能早于接报时间' }];
  if (reportedAt > now) return [{ field: 'at', message: '上报时间不能晚于现在' }];
  return [];
}
