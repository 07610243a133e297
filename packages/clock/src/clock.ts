import type { HolidayCalendar } from './calendar';
import { addDays, addMonths, isLocalDate, type LocalDate } from './dates';
import type { ClockRule } from './rule';

/** A stretch during which the clock stops (e.g. testing time in a case). `to` is the last paused day; open if null. */
export interface Pause {
  from: LocalDate;
  to?: LocalDate | null;
  reason?: string;
}

export interface ClockInput {
  rule: ClockRule;
  /** The day the period starts from (it does not count itself). */
  startedOn: LocalDate;
  /** Whether the rule's extension was approved. */
  extended?: boolean;
  pauses?: readonly Pause[];
  /** The day the act the clock waits for was done; the clock stops there. */
  completedOn?: LocalDate | null;
  today: LocalDate;
  calendar: HolidayCalendar;
}

/**
 * RUNNING: time left. PAUSED: stopped by an open pause (no deadline until it ends). OVERDUE: past the deadline and
 * not done. MET: done in time. LATE: done, but after the deadline.
 */
export type ClockStatus = 'RUNNING' | 'PAUSED' | 'OVERDUE' | 'MET' | 'LATE';

export interface ClockState {
  rule: ClockRule;
  startedOn: LocalDate;
  /** The last day to act on; null while an open pause keeps the clock stopped before it ran out. */
  deadline: LocalDate | null;
  /**
   * Counting days (working days for WORKING_DAYS rules, calendar days otherwise) from today to the deadline: 0 on
   * the deadline itself, negative once past it. While paused: what is left of the period. Null once done.
   */
  remaining: number | null;
  status: ClockStatus;
  /** The deadline passed before the act was done (still undone, or done late). */
  overdue: boolean;
  paused: boolean;
  extended: boolean;
  completedOn: LocalDate | null;
  /** Calendar days the clock stood still (up to today, or to completion). */
  pausedDays: number;
  /** False when the deadline lies in a year whose public holidays the calendar does not know: only weekends counted. */
  calendarCovered: boolean;
}

/** Generous bound for walking day by day: no statutory period runs anywhere near it, so hitting it is a bug. */
const MAX_WALK_DAYS = 366 * 20;

function checkInput(input: ClockInput): Pause[] {
  for (const [name, value] of [
    ['startedOn', input.startedOn],
    ['today', input.today],
  ] as const) {
    if (!isLocalDate(value)) throw new RangeError(`${name} is not a date: ${value}`);
  }
  if (input.completedOn != null && !isLocalDate(input.completedOn))
    throw new RangeError(`completedOn is not a date: ${input.completedOn}`);
  const pauses = [...(input.pauses ?? [])].sort((a, b) => a.from.localeCompare(b.from));
  pauses.forEach((pause, i) => {
    if (!isLocalDate(pause.from) || (pause.to != null && !isLocalDate(pause.to)))
      throw new RangeError('pause dates must be YYYY-MM-DD');
    if (pause.to != null && pause.to < pause.from)
      throw new RangeError(`pause ends (${pause.to}) before it starts (${pause.from})`);
    const next = pauses[i + 1];
    if (next && (pause.to == null || pause.to >= next.from)) throw new RangeError(`pauses overlap at ${next.from}`);
  });
  return pauses;
}

const isPaused = (pauses: readonly Pause[], date: LocalDate): boolean =>
  pauses.some((pause) => date >= pause.from && (pause.to == null || date <= pause.to));

/** Whether a day counts towards the period: a working day for working-day rules, any day otherwise; never paused. */
function counter(input: ClockInput, pauses: readonly Pause[]) {
  const workingDays = input.rule.unit === 'WORKING_DAYS';
  return (date: LocalDate) => !isPaused(pauses, date) && (!workingDays || input.calendar.isWorkingDay(date));
}

/** Counting days in (from, to]. */
function countBetween(from: LocalDate, to: LocalDate, counts: (date: LocalDate) => boolean): number {
  let n = 0;
  for (let date = addDays(from, 1), steps = 0; date <= to; date = addDays(date, 1), steps++) {
    if (steps > MAX_WALK_DAYS) throw new RangeError('clock period too long');
    if (counts(date)) n++;
  }
  return n;
}

function openPauseOf(pauses: readonly Pause[]): Pause | undefined {
  const last = pauses.at(-1);
  return last && last.to == null ? last : undefined;
}

/** The deadline of a day-counted period, or null if an open pause stops the clock before the period runs out. */
function dayDeadline(input: ClockInput, pauses: readonly Pause[], total: number): LocalDate | null {
  const counts = counter(input, pauses);
  const open = openPauseOf(pauses);
  let date = input.startedOn;
  for (let counted = 0, steps = 0; counted < total; steps++) {
    if (steps > MAX_WALK_DAYS) throw new RangeError('clock period too long');
    date = addDays(date, 1);
    if (open && date >= open.from) return null;
    if (counts(date)) counted++;
  }
  return date;
}

/** A month period moves later by every paused day inside it (the paused days themselves do not count). */
function monthDeadline(input: ClockInput, pauses: readonly Pause[], total: number): LocalDate | null {
  const base = addMonths(input.startedOn, total);
  const open = openPauseOf(pauses);
  if (open && open.from <= base) return null;
  let deadline = base;
  for (let shifted = -1, guard = 0; guard < 100; guard++) {
    const paused = countBetween(input.startedOn, deadline, (date) => isPaused(pauses, date));
    if (paused === shifted) break;
    shifted = paused;
    deadline = addDays(base, paused);
    if (open && open.from <= deadline) return null;
  }
  return deadline;
}

function rollToWorkingDay(date: LocalDate, calendar: HolidayCalendar): LocalDate {
  let day = date;
  for (let steps = 0; !calendar.isWorkingDay(day); steps++) {
    if (steps > 366) throw new RangeError('no working day within a year');
    day = addDays(day, 1);
  }
  return day;
}

/** The clock of one record: its deadline, what is left, whether it is paused or overdue. Pure. */
export function computeClock(input: ClockInput): ClockState {
  const pauses = checkInput(input);
  const { rule, calendar } = input;
  const extended = Boolean(input.extended) && rule.extension > 0;
  const total = rule.amount + (extended ? rule.extension : 0);
  let deadline = rule.unit === 'MONTHS' ? monthDeadline(input, pauses, total) : dayDeadline(input, pauses, total);
  if (deadline && rule.unit !== 'WORKING_DAYS' && rule.endsOnWorkingDay)
    deadline = rollToWorkingDay(deadline, calendar);

  const completedOn = input.completedOn ?? null;
  const until = completedOn ?? input.today;
  const pausedDays =
    until > input.startedOn ? countBetween(input.startedOn, until, (date) => isPaused(pauses, date)) : 0;
  const open = openPauseOf(pauses);
  const paused = completedOn == null && open !== undefined && open.from <= input.today;
  const calendarCovered = calendar.covers(deadline ?? input.today);
  const base = {
    rule,
    startedOn: input.startedOn,
    deadline,
    extended,
    completedOn,
    pausedDays,
    paused,
    calendarCovered,
  };

  if (completedOn != null) {
    const late = deadline != null && completedOn > deadline;
    return { ...base, remaining: null, status: late ? 'LATE' : 'MET', overdue: late };
  }
  // Calendar-day counting for remaining time of MONTHS rules, since months are not a countable unit day by day.
  const counts = counter(input, pauses);
  if (deadline == null) {
    const used = input.today > input.startedOn ? countBetween(input.startedOn, input.today, counts) : 0;
    const remaining = rule.unit === 'MONTHS' ? null : total - used;
    return { ...base, remaining, status: paused ? 'PAUSED' : 'RUNNING', overdue: false };
  }
  if (input.today <= deadline) {
    const remaining = countBetween(input.today, deadline, counts);
    return { ...base, remaining, status: paused ? 'PAUSED' : 'RUNNING', overdue: false };
  }
  const remaining = -countBetween(deadline, input.today, counts);
  return { ...base, remaining, status: 'OVERDUE', overdue: true };
}

/** The last day on which a period started on `startedOn` can still be acted on: the deadline alone. */
export function deadlineOf(
  rule: ClockRule,
  startedOn: LocalDate,
  calendar: HolidayCalendar,
  options: { extended?: boolean; pauses?: readonly Pause[] } = {},
): LocalDate | null {
  return computeClock({ rule, startedOn, calendar, today: startedOn, ...options }).deadline;
}
