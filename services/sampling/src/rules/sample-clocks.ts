import {
  type ClockState,
  computeClock,
  deadlineOf,
  type HolidayCalendar,
  type LocalDate,
  type Pause,
} from '@shian/clock';
import { ClockCode, type RuleBook, type SamplingClockRule } from './clock-rules';
import { Duty, type SampleStatus, Verdict } from './enums';

/** The dates of a sample and its follow-ups that its clocks run on. */
export interface SampleFacts {
  status: SampleStatus;
  verdict: Verdict | null;
  sampledOn: LocalDate;
  receivedOn: LocalDate | null;
  reportedOn: LocalDate | null;
  /** The day the business received an unqualified result: the 复检 and 异议 windows and the disposal start here. */
  notifiedOn: LocalDate | null;
  recheck?: { requestedOn: LocalDate; completedOn: LocalDate | null } | null;
  objection?: { filedOn: LocalDate; decidedOn: LocalDate | null } | null;
  disposal?: { startedOn: LocalDate; completedOn: LocalDate | null; extended: boolean } | null;
}

export interface SampleClock extends ClockState {
  rule: SamplingClockRule;
}

/**
 * Every clock that applies to the sample so far, in the order the work happens. A clock appears once its start
 * date exists; it stops when the act it waits for is recorded.
 */
export function sampleClocks(
  facts: SampleFacts,
  rules: RuleBook,
  calendar: HolidayCalendar,
  today: LocalDate,
): SampleClock[] {
  const clocks: SampleClock[] = [];
  const add = (
    code: ClockCode,
    startedOn: LocalDate,
    completedOn: LocalDate | null,
    extra: { extended?: boolean; pauses?: Pause[] } = {},
  ) => {
    const rule = rules.get(code)!;
    clocks.push(computeClock({ rule, startedOn, completedOn, today, calendar, ...extra }) as SampleClock);
  };
  add(ClockCode.SAMPLE_TO_LAB, facts.sampledOn, facts.receivedOn);
  if (facts.receivedOn) add(ClockCode.LAB_REPORT, facts.receivedOn, facts.reportedOn);
  if (facts.notifiedOn) {
    add(ClockCode.RECHECK_APPLICATION, facts.notifiedOn, facts.recheck?.requestedOn ?? null);
    if (facts.objection) add(ClockCode.OBJECTION_DECISION, facts.objection.filedOn, facts.objection.decidedOn);
    if (facts.recheck) add(ClockCode.RECHECK_REPORT, facts.recheck.requestedOn, facts.recheck.completedOn);
    if (facts.disposal) {
      // The disposal clock runs from the notice, and stands still while a 复检 decides whether there is anything to dispose of.
      const pauses = facts.recheck
        ? [{ from: facts.recheck.requestedOn, to: facts.recheck.completedOn, reason: '复检期间' }]
        : [];
      add(ClockCode.DISPOSAL, facts.notifiedOn, facts.disposal.completedOn, {
        extended: facts.disposal.extended,
        pauses,
      });
    }
  }
  return clocks;
}

/** A business's window (复检, 异议) closing is not the bureau's lateness; only the bureau's own clocks flag a sample. */
export function isOverdue(clocks: readonly SampleClock[]): boolean {
  return clocks.some((clock) => clock.rule.duty === Duty.BUREAU && clock.status === 'OVERDUE');
}

/** How long the lab keeps the backup sample for a 复检: 3 months after a qualified report, 6 after an unqualified one. */
export function backupKeptUntil(facts: SampleFacts, rules: RuleBook, calendar: HolidayCalendar): LocalDate | null {
  if (!facts.reportedOn || !facts.verdict) return null;
  const code = facts.verdict === Verdict.QUALIFIED ? ClockCode.BACKUP_QUALIFIED : ClockCode.BACKUP_UNQUALIFIED;
  return deadlineOf(rules.get(code)!, facts.reportedOn, calendar);
}

/** The deadline of a business's window opened by the unqualified notice (复检 or 异议). */
export function windowDeadline(
  code: ClockCode.RECHECK_APPLICATION | ClockCode.OBJECTION_APPLICATION,
  notifiedOn: LocalDate,
  rules: RuleBook,
  calendar: HolidayCalendar,
): LocalDate {
  return deadlineOf(rules.get(code)!, notifiedOn, calendar)!;
}
