import { addDays, addMonths } from './dates';
import { OfficialLevel, RiskGrade } from './enums';

/**
 * 包保督导 frequency. The national rule is "at least quarterly"; local rules differ by the official's level and the
 * entity's grade, so both maps are configuration with these defaults: a district leader visits quarterly, a
 * township official quarterly, a village (community) official monthly, and a C/D-grade entity at least every two
 * months / monthly whoever holds it. The result is never below quarterly.
 */
export interface VisitFrequencyRule {
  byLevel: Record<OfficialLevel, number>;
  byGrade: Record<RiskGrade, number>;
}

export const MIN_VISITS_PER_YEAR = 4;

export const DEFAULT_VISIT_RULE: VisitFrequencyRule = {
  byLevel: { DISTRICT: 4, TOWNSHIP: 4, VILLAGE: 12 },
  byGrade: { A: 4, B: 4, C: 6, D: 12 },
};

export function visitsPerYear(
  level: OfficialLevel,
  grade: RiskGrade | null | undefined,
  rule: VisitFrequencyRule = DEFAULT_VISIT_RULE,
): number {
  return Math.max(MIN_VISITS_PER_YEAR, rule.byLevel[level], grade ? rule.byGrade[grade] : 0);
}

/** The interval between visits: whole months when the year divides evenly (quarterly → 3), otherwise days. */
export function nextVisitAfter(from: string, perYear: number): string {
  return 12 % perYear === 0 ? addMonths(from, 12 / perYear) : addDays(from, Math.floor(365 / perYear));
}

export interface VisitSchedule {
  /** null once the assignment has ended before the next visit would fall due. */
  nextVisitDue: string | null;
  overdue: boolean;
}

/**
 * When the next visit is due: one interval after the last visit, or after the assignment started if there was none
 * yet. Overdue when that day has passed on `asOf` while the assignment still runs.
 */
export function visitSchedule(
  assignment: { startsOn: string; endsOn?: string | null },
  lastVisitOn: string | null | undefined,
  perYear: number,
  asOf: string,
): VisitSchedule {
  const due = nextVisitAfter(lastVisitOn ?? assignment.startsOn, perYear);
  if (assignment.endsOn && due > assignment.endsOn) return { nextVisitDue: null, overdue: false };
  return { nextVisitDue: due, overdue: due < asOf && asOf >= assignment.startsOn };
}
