import { type ClockState, computeClock, type HolidayCalendar, type LocalDate, type Pause } from '@shian/clock';
import { CLOCK_RULES, ClockCode } from './clock-rules';
import { CaseStatus, PauseKind } from './enums';

/** What a case's clocks are computed from: its own dates, its pauses, its approved extensions. */
export interface CaseFacts {
  status: CaseStatus;
  receivedOn: LocalDate;
  filedOn: LocalDate | null;
  decidedOn: LocalDate | null;
  servedOn: LocalDate | null;
  closedOn: LocalDate | null;
  /** When the case (or clue) left for another department. */
  transferredOn: LocalDate | null;
  penaltyPublishedOn: LocalDate | null;
  filingExtended: boolean;
  decisionExtended: boolean;
  pauses: readonly (Pause & { kind: PauseKind })[];
}

/** Time that does not count towards filing: testing and appraisal (程序规定 art. 18). */
const FILING_PAUSES: ReadonlySet<PauseKind> = new Set([PauseKind.TESTING, PauseKind.APPRAISAL]);

const within = (pauses: CaseFacts['pauses'], kinds: ReadonlySet<PauseKind> | null, from: LocalDate) =>
  pauses.filter((p) => (kinds === null || kinds.has(p.kind)) && (p.to == null || p.to > from));

/**
 * A case's clocks, in the order the case meets them. A clock appears once its period has started; each stops on
 * the act it waits for (filing or refusing to file; the decision, or the case leaving by another door).
 */
export function caseClocks(facts: CaseFacts, calendar: HolidayCalendar, today: LocalDate): ClockState[] {
  const clocks: ClockState[] = [];
  const leftAs = facts.status === CaseStatus.TRANSFERRED ? facts.transferredOn : null;
  const filingDone = facts.filedOn ?? (facts.status === CaseStatus.NOT_FILED ? facts.closedOn : null) ?? leftAs;
  clocks.push(
    computeClock({
      rule: CLOCK_RULES[ClockCode.CASE_FILING],
      startedOn: facts.receivedOn,
      extended: facts.filingExtended,
      pauses: within(facts.pauses, FILING_PAUSES, facts.receivedOn).filter(
        (p) => !facts.filedOn || p.from <= facts.filedOn,
      ),
      completedOn: filingDone,
      today,
      calendar,
    }),
  );
  if (facts.filedOn) {
    const decisionDone = facts.decidedOn ?? (facts.status === CaseStatus.CLOSED ? facts.closedOn : null) ?? leftAs;
    clocks.push(
      computeClock({
        rule: CLOCK_RULES[ClockCode.CASE_DECISION],
        startedOn: facts.filedOn,
        extended: facts.decisionExtended,
        pauses: within(facts.pauses, null, facts.filedOn).filter((p) => p.from > facts.filedOn!),
        completedOn: decisionDone,
        today,
        calendar,
      }),
    );
  }
  if (facts.decidedOn) {
    clocks.push(
      computeClock({
        rule: CLOCK_RULES[ClockCode.DECISION_SERVICE],
        startedOn: facts.decidedOn,
        completedOn: facts.servedOn,
        today,
        calendar,
      }),
      computeClock({
        rule: CLOCK_RULES[ClockCode.PENALTY_PUBLICATION],
        startedOn: facts.decidedOn,
        completedOn: facts.penaltyPublishedOn,
        today,
        calendar,
      }),
    );
  }
  return clocks;
}

/** An inspection's result must be published within 20 working days (SAMR令49 art. 39). */
export function inspectionClock(
  inspectedOn: LocalDate,
  publishedOn: LocalDate | null,
  calendar: HolidayCalendar,
  today: LocalDate,
): ClockState {
  return computeClock({
    rule: CLOCK_RULES[ClockCode.INSPECTION_PUBLICATION],
    startedOn: inspectedOn,
    completedOn: publishedOn,
    today,
    calendar,
  });
}

/** The receiving department answers within 3 days of receiving the transfer. */
export function transferClock(
  receivedOn: LocalDate | null,
  answeredOn: LocalDate | null,
  calendar: HolidayCalendar,
  today: LocalDate,
): ClockState | null {
  if (!receivedOn) return null;
  return computeClock({
    rule: CLOCK_RULES[ClockCode.TRANSFER_ANSWER],
    startedOn: receivedOn,
    completedOn: answeredOn,
    today,
    calendar,
  });
}

/** A seizure lasts 30 days (+30 approved) until the goods are released, confiscated, destroyed or handed over. */
export function seizureClock(
  seizedOn: LocalDate,
  releasedOn: LocalDate | null,
  extended: boolean,
  calendar: HolidayCalendar,
  today: LocalDate,
): ClockState {
  return computeClock({
    rule: CLOCK_RULES[ClockCode.SEIZURE],
    startedOn: seizedOn,
    extended,
    completedOn: releasedOn,
    today,
    calendar,
  });
}

/** Flagged on the list: a clock that ran out while the act it waits for is still undone. */
export const isOverdue = (clocks: readonly (ClockState | null)[]) => clocks.some((c) => c?.status === 'OVERDUE');
