import type { SqlEntityManager } from '@mikro-orm/knex';
import { type Context, countsByKey, townshipScope } from '@shian/subgraph-kit';
import { focusFigures } from './focus-figures';
import { ConsumerRequest, ConsumerRequestStatus, DisposalAction, InfantFormulaBatch } from './entities';
import { FailureKind, FoodCategory, PlanLevel, Verdict } from './rules';
import { CategoryFigure, FailureKindFigure, LevelFigure, MonthFigure, SamplingFigures, VerdictFigure } from './types';

/**
 * The year's sampling figures (docs/domain.md#the-2024-figures: 1,847 batches in 2024, infant formula batch by batch)
 * within the caller's scope. The samples' breakdowns are read from `sample_tally` (entity SampleTally), which the
 * database's triggers keep as samples and disposals change: one grouped statement over a year's few hundred rows per
 * township, however many samples the year has. The rest are counts and sums: a fixed handful of statements.
 */
export interface TallyRow {
  axis:
    | 'category'
    | 'month'
    | 'plan'
    | 'verdict'
    | 'failure'
    | 'variety'
    | 'period'
    | 'area'
    | 'focus'
    | 'disposal'
    // The samples list's count by status (src/sample-counts.ts); read by no figure.
    | 'status';
  /**
   * The axis's value; a plan's level for `plan`; '' for no verdict and for `focus`; for `disposal` (completed
   * disposals, in their sample's year and township) '' for all of them and 'FILE_CASE' for those that filed a case.
   */
  value: string;
  n: number | string;
  bad: number | string;
}

/** Each axis's batches and unqualified batches in the year, in scope (groups that came to nothing left out). */
function tally(em: SqlEntityManager, year: number, scope: string | undefined): Promise<TallyRow[]> {
  const value = "case when t.axis = 'plan' then p.level else t.value end";
  return em.getConnection().execute(
    `select t.axis as "axis", ${value} as "value", sum(t.n) as "n", sum(t.bad) as "bad"
     from sample_tally t left join sampling_plan p on t.axis = 'plan' and p.id = t.value
     where t.year = ?${scope === undefined ? '' : ' and t.township_id = ?'}
     group by t.axis, ${value} having sum(t.n) <> 0`,
    scope === undefined ? [year] : [year, scope],
    'all',
  ) as Promise<TallyRow[]>;
}

export async function samplingFigures(ctx: Context, year: number): Promise<SamplingFigures> {
  const scope = townshipScope(ctx);
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const [rows, quotas, formulaOnSale, formulaTested, requests, answered] = await Promise.all([
    tally(ctx.em as SqlEntityManager, year, scope),
    countsByKey(ctx.em, 'select level as "key", sum(quota) as "n" from sampling_plan where year = ? group by level', [
      year,
    ]),
    ctx.em.count(InfantFormulaBatch, { year, ...(scope ? { townshipId: scope } : {}) }),
    ctx.em.count(InfantFormulaBatch, { year, sample: { $ne: null }, ...(scope ? { townshipId: scope } : {}) }),
    ctx.em.count(ConsumerRequest, { submittedOn: { $gte: from, $lte: to } }),
    ctx.em.count(ConsumerRequest, { submittedOn: { $gte: from, $lte: to }, status: ConsumerRequestStatus.ANSWERED }),
  ]);
  const axis = (name: TallyRow['axis']) =>
    rows
      .filter((row) => row.axis === name)
      .map((row) => ({ value: row.value, n: Number(row.n), bad: Number(row.bad) }));

  // Every batch has one category: that axis holds the totals.
  const categories = axis('category');
  const batches = categories.reduce((sum, c) => sum + c.n, 0);
  const unqualified = categories.reduce((sum, c) => sum + c.bad, 0);
  const byLevel = new Map<PlanLevel, LevelFigure>(
    Object.values(PlanLevel).map((level) => [
      level,
      Object.assign(new LevelFigure(), { level, batches: 0, unqualified: 0, quota: 0 }),
    ]),
  );
  for (const { value, n, bad } of axis('plan')) {
    const level = byLevel.get(value as PlanLevel)!;
    level.batches += n;
    level.unqualified += bad;
  }
  // No verdict yet (sampled, or at the lab) is a group of its own.
  const verdicts = new Map(axis('verdict').map((v) => [v.value || null, v.n]));
  const months = new Map(axis('month').map((m) => [Number(m.value), m]));
  const disposals = new Map(axis('disposal').map((d) => [d.value, d.n]));
  const byCategory = categories.map(({ value, n, bad }) =>
    Object.assign(new CategoryFigure(), { category: value as FoodCategory, batches: n, unqualified: bad }),
  );
  const byFailureKind = axis('failure').map(({ value, n }) =>
    Object.assign(new FailureKindFigure(), { kind: value as FailureKind, batches: n }),
  );
  // Largest first; equal ones in the vocabulary's order, so that the report reads the same every time.
  const order = <T extends string>(values: Record<string, T>) => Object.values(values) as string[];
  const rank = (list: string[]) => (a: string, b: string) => list.indexOf(a) - list.indexOf(b);
  const categoryRank = rank(order(FoodCategory));
  const kindRank = rank(order(FailureKind));
  byCategory.sort((a, b) => b.batches - a.batches || categoryRank(a.category, b.category));
  byFailureKind.sort((a, b) => b.batches - a.batches || kindRank(a.kind, b.kind));
  for (const [level, quota] of quotas) {
    const figure = byLevel.get(level as PlanLevel);
    if (figure) figure.quota = quota;
  }

  return Object.assign(new SamplingFigures(), {
    year,
    batches,
    unqualified,
    unqualifiedRate: batches ? unqualified / batches : 0,
    infantFormulaBatches: categories.find((c) => c.value === FoodCategory.INFANT_FORMULA)?.n ?? 0,
    // A year without infant formula on record has no coverage to report: 0, like every figure of an empty year.
    infantFormulaCoverage: formulaOnSale ? formulaTested / formulaOnSale : 0,
    disposalsCompleted: disposals.get('') ?? 0,
    casesFiled: disposals.get(DisposalAction.FILE_CASE) ?? 0,
    consumerRequests: requests,
    consumerRequestsAnswered: answered,
    byLevel: [...byLevel.values()],
    byCategory,
    byFailureKind,
    byMonth: Array.from({ length: 12 }, (_, i) =>
      Object.assign(new MonthFigure(), {
        month: i + 1,
        batches: months.get(i + 1)?.n ?? 0,
        unqualified: months.get(i + 1)?.bad ?? 0,
      }),
    ),
    byVerdict: [Verdict.QUALIFIED, Verdict.UNQUALIFIED, null].map((verdict) =>
      Object.assign(new VerdictFigure(), { verdict, batches: verdicts.get(verdict) ?? 0 }),
    ),
    ...focusFigures(axis),
  });
}
