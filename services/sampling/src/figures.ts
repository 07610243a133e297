import type { SqlEntityManager } from '@mikro-orm/knex';
import { raw } from '@mikro-orm/core';
import { type Context, countsByKey, townshipScope } from '@shian/subgraph-kit';
import { focusFigures } from './focus-figures';
import {
  ConsumerRequest,
  ConsumerRequestStatus,
  Disposal,
  DisposalAction,
  InfantFormulaBatch,
  Sample,
} from './entities';
import { FailureKind, FoodCategory, PlanLevel, Verdict } from './rules';
import { CategoryFigure, FailureKindFigure, LevelFigure, MonthFigure, SamplingFigures, VerdictFigure } from './types';

/**
 * The year's sampling figures (docs/domain.md#the-2024-figures: 1,847 batches in 2024, infant formula batch by batch),
 * counted from the sample records within the caller's scope. One grouped statement gives every breakdown (its rows
 * are groups, a few hundred at most, folded here); the rest are counts and sums: a fixed handful of statements
 * whatever the year's size.
 */
interface GroupRow {
  level: PlanLevel;
  category: FoodCategory;
  failure_kind: FailureKind | null;
  verdict: Verdict | null;
  month: string;
  n: number | string;
}

export async function samplingFigures(ctx: Context, year: number): Promise<SamplingFigures> {
  const scope = townshipScope(ctx);
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const inYear = { sampledOn: { $gte: from, $lte: to }, ...(scope ? { townshipId: scope } : {}) };
  const groups = (ctx.em as SqlEntityManager)
    .createQueryBuilder(Sample, 's')
    .select([
      'p.level as level',
      's.category as category',
      's.failure_kind as failure_kind',
      's.verdict as verdict',
      raw('substr(s.sampled_on, 6, 2) as month'),
      raw('count(*) as n'),
    ])
    .join('s.plan', 'p')
    .where(inYear)
    .groupBy(['p.level', 's.category', 's.failure_kind', 's.verdict', raw('substr(s.sampled_on, 6, 2)')])
    .execute('all', false) as Promise<GroupRow[]>;
  const completed = { completedOn: { $ne: null }, sample: inYear };
  const [rows, quotas, formulaOnSale, formulaTested, disposalsCompleted, casesFiled, requests, answered, focus] =
    await Promise.all([
      groups,
      countsByKey(ctx.em, 'select level as "key", sum(quota) as "n" from sampling_plan where year = ? group by level', [
        year,
      ]),
      ctx.em.count(InfantFormulaBatch, { year, ...(scope ? { townshipId: scope } : {}) }),
      ctx.em.count(InfantFormulaBatch, { year, sample: { $ne: null }, ...(scope ? { townshipId: scope } : {}) }),
      ctx.em.count(Disposal, completed),
      ctx.em.count(Disposal, { ...completed, actionList: { $like: `%${DisposalAction.FILE_CASE}%` } }),
      ctx.em.count(ConsumerRequest, { submittedOn: { $gte: from, $lte: to } }),
      ctx.em.count(ConsumerRequest, { submittedOn: { $gte: from, $lte: to }, status: ConsumerRequestStatus.ANSWERED }),
      focusFigures(ctx.em, from, to, scope),
    ]);

  let batches = 0;
  let unqualified = 0;
  let infantFormulaBatches = 0;
  const byLevel = new Map<PlanLevel, LevelFigure>(
    Object.values(PlanLevel).map((level) => [
      level,
      Object.assign(new LevelFigure(), { level, batches: 0, unqualified: 0, quota: 0 }),
    ]),
  );
  const byCategory = new Map<FoodCategory, CategoryFigure>();
  const byFailureKind = new Map<FailureKind, FailureKindFigure>();
  // No verdict yet (sampled, or at the lab) is a group of its own.
  const byVerdict = new Map<Verdict | null, number>([
    [Verdict.QUALIFIED, 0],
    [Verdict.UNQUALIFIED, 0],
    [null, 0],
  ]);
  const byMonth = Array.from({ length: 12 }, (_, i) =>
    Object.assign(new MonthFigure(), { month: i + 1, batches: 0, unqualified: 0 }),
  );
  for (const row of rows) {
    const n = Number(row.n);
    const bad = row.verdict === Verdict.UNQUALIFIED ? n : 0;
    batches += n;
    unqualified += bad;
    if (row.category === FoodCategory.INFANT_FORMULA) infantFormulaBatches += n;
    byVerdict.set(row.verdict ?? null, (byVerdict.get(row.verdict ?? null) ?? 0) + n);
    const level = byLevel.get(row.level)!;
    level.batches += n;
    level.unqualified += bad;
    const category =
      byCategory.get(row.category) ??
      Object.assign(new CategoryFigure(), { category: row.category, batches: 0, unqualified: 0 });
    category.batches += n;
    category.unqualified += bad;
    byCategory.set(row.category, category);
    if (bad && row.failure_kind) {
      const kind =
        byFailureKind.get(row.failure_kind) ??
        Object.assign(new FailureKindFigure(), { kind: row.failure_kind, batches: 0 });
      kind.batches += bad;
      byFailureKind.set(row.failure_kind, kind);
    }
    const month = byMonth[Number(row.month) - 1];
    if (month) {
      month.batches += n;
      month.unqualified += bad;
    }
  }
  for (const [level, quota] of quotas) {
    const figure = byLevel.get(level as PlanLevel);
    if (figure) figure.quota = quota;
  }

  return Object.assign(new SamplingFigures(), {
    year,
    batches,
    unqualified,
    unqualifiedRate: batches ? unqualified / batches : 0,
    infantFormulaBatches,
    // A year without infant formula on record has no coverage to report: 0, like every figure of an empty year.
    infantFormulaCoverage: formulaOnSale ? formulaTested / formulaOnSale : 0,
    disposalsCompleted,
    casesFiled,
    consumerRequests: requests,
    consumerRequestsAnswered: answered,
    byLevel: [...byLevel.values()],
    byCategory: [...byCategory.values()].sort((a, b) => b.batches - a.batches),
    byFailureKind: [...byFailureKind.values()].sort((a, b) => b.batches - a.batches),
    byMonth,
    byVerdict: [...byVerdict].map(([verdict, batches]) => Object.assign(new VerdictFigure(), { verdict, batches })),
    ...focus,
  });
}
