import { RiskGrade } from './enums';

/**
 * 风险分级 under 食品生产经营风险分级管理办法(试行) (CFDA 2016): static risk factors score at most 40, dynamic ones at
 * most 60, and the grade follows their sum. The measure's bands are inclusive upper bounds — 0–30 A, (30–45] B,
 * (45–60] C, above 60 D — hence `total <= aMax` → A. The bands are the bureau's to configure (GradingRule).
 */
export const STATIC_MAX = 40;
export const DYNAMIC_MAX = 60;

export interface GradeBands {
  aMax: number;
  bMax: number;
  cMax: number;
}

export const DEFAULT_BANDS: GradeBands = { aMax: 30, bMax: 45, cMax: 60 };

/** Inspections per year by grade (the 2016 measure; SAMR令49 art. 22 keeps inspection frequency risk-based). */
export const INSPECTIONS_PER_YEAR: Record<RiskGrade, { min: number; max: number }> = {
  A: { min: 1, max: 1 },
  B: { min: 1, max: 2 },
  C: { min: 2, max: 3 },
  D: { min: 3, max: 4 },
};

export interface ScoreProblem {
  field: 'staticScore' | 'dynamicScore' | 'year';
  message: string;
}

export function checkScores(staticScore: number, dynamicScore: number): ScoreProblem[] {
  const problems: ScoreProblem[] = [];
  if (!Number.isFinite(staticScore) || staticScore < 0 || staticScore > STATIC_MAX)
    problems.push({ field: 'staticScore', message: `静态风险因素分值应在0至${STATIC_MAX}分之间` });
  if (!Number.isFinite(dynamicScore) || dynamicScore < 0 || dynamicScore > DYNAMIC_MAX)
    problems.push({ field: 'dynamicScore', message: `动态风险因素分值应在0至${DYNAMIC_MAX}分之间` });
  return problems;
}

/** Bands must rise strictly inside the possible total of 0–100, or some grade could never be given. */
export function checkBands(bands: GradeBands): string | undefined {
  const { aMax, bMax, cMax } = bands;
  if (![aMax, bMax, cMax].every(Number.isFinite)) return '分级分值必须是数字';
  if (!(aMax > 0 && aMax < bMax && bMax < cMax && cMax < STATIC_MAX + DYNAMIC_MAX))
    return `分级分值应满足 0 < A级上限 < B级上限 < C级上限 < ${STATIC_MAX + DYNAMIC_MAX}`;
  return undefined;
}

/** Scores are recorded to one decimal, so the sum is rounded the same way before it meets a band. */
export const totalScore = (staticScore: number, dynamicScore: number) =>
  Math.round((staticScore + dynamicScore) * 10) / 10;

export function gradeFor(total: number, bands: GradeBands = DEFAULT_BANDS): RiskGrade {
  if (total <= bands.aMax) return RiskGrade.A;
  if (total <= bands.bMax) return RiskGrade.B;
  if (total <= bands.cMax) return RiskGrade.C;
  return RiskGrade.D;
}

export const inspectionsPerYear = (grade: RiskGrade) => INSPECTIONS_PER_YEAR[grade];
