import type { EntityManager } from '@mikro-orm/core';
import { FocusArea, FocusPeriod, FocusVariety, Verdict } from './rules';
import { FocusAreaFigure, FocusPeriodFigure, FocusVarietyFigure } from './types';

interface AxisRow {
  axis: 'variety' | 'period' | 'area' | 'any';
  value: string | null;
  n: number | string;
  bad: number | string | null;
}

/**
 * The year's batches by 重点品种, 重点时段 and 重点区域, and those with any focus: one statement, three grouped counts
 * and one count joined by UNION ALL (SQLite has no GROUPING SETS), counted by the database in the caller's scope.
 */
export async function focusFigures(em: EntityManager, from: string, to: string, scope: string | undefined) {
  const where = `sampled_on between ? and ?${scope === undefined ? '' : ' and township_id = ?'}`;
  const params = scope === undefined ? [from, to] : [from, to, scope];
  const bad = `sum(case when verdict = '${Verdict.UNQUALIFIED}' then 1 else 0 end) as "bad"`;
  const grouped = (axis: string, column: string) =>
    `select '${axis}' as "axis", ${column} as "value", count(*) as "n", ${bad} from sample
       where ${where} and ${column} is not null group by ${column}`;
  const sql = [
    grouped('variety', 'focus_variety'),
    grouped('period', 'focus_period'),
    grouped('area', 'focus_area'),
    `select 'any' as "axis", null as "value", count(*) as "n", ${bad} from sample
       where ${where} and (focus_variety is not null or focus_period is not null or focus_area is not null)`,
  ].join(' union all ');
  const rows = (await em.getConnection().execute(sql, [...params, ...params, ...params, ...params])) as AxisRow[];
  const count = (axis: AxisRow['axis'], value: string | null) => {
    const row = rows.find((r) => r.axis === axis && (axis === 'any' || r.value === value));
    return { batches: Number(row?.n ?? 0), unqualified: Number(row?.bad ?? 0) };
  };
  return {
    focusBatches: count('any', null).batches,
    byFocusVariety: Object.values(FocusVariety).map((variety) =>
      Object.assign(new FocusVarietyFigure(), { variety, ...count('variety', variety) }),
    ),
    byFocusPeriod: Object.values(FocusPeriod).map((period) =>
      Object.assign(new FocusPeriodFigure(), { period, ...count('period', period) }),
    ),
    byFocusArea: Object.values(FocusArea).map((area) =>
      Object.assign(new FocusAreaFigure(), { area, ...count('area', area) }),
    ),
  };
}
