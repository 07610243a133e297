import type { SqlEntityManager } from '@mikro-orm/knex';
import { raw } from '@mikro-orm/core';
import { type Context, townshipScope } from '@shian/subgraph-kit';
import {
  ConsumerRequest,
  ConsumerRequestStatus,
  Disposal,
  DisposalAction,
  InfantFormulaBatch,
  Sample,
  SamplingPlan,
} from './entities';
import { FailureKind, FoodCategory, PlanLevel, Verdict } from './rules';
import { CategoryFigure, FailureKindFigure, LevelFigure, MonthFigure, SamplingFigures } from './types';

/**
 * The year's sampling figures (domain.md's acceptance table: 1,847 batches in 2024, infant formula batch by batch),
 * counted from the sample records within the caller's scope. One grouped statement gives every breakdown; the
 * rest are counts: a fixed handful of statements whatever the year's size.
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
  const [rows, plans, formulaOnSale, formulaTested, disposals, requests, answered] = await Promise.all([
    groups,
    ctx.em.find(SamplingPlan, { year }),
    ctx.em.count(InfantFormulaBatch, { year, ...(scope ? { townshipId: scope } : {}) }),
    ctx.em.count(InfantFormulaBatch, { year, sample: { $ne: null }, ...(scope ? { townshipId: scope } : {}) }),
    ctx.em.find(Disposal, { completedOn: { $ne: null }, sample: inYear }),
    ctx.em.count(ConsumerRequest, { submittedOn: { $gte: from, $lte: to } }),
    ctx.em.count(ConsumerRequest, { submittedOn: { $gte: from, $lte: to }, status: ConsumerRequestStatus.ANSWERED }),
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
  const byMonth = Array.from({ length: 12 }, (_, i) =>
    Object.assign(new MonthFigure(), { month: i + 1, batches: 0, unqualified: 0 }),
  );
  for (const row of rows) {
    const n = Number(row.n);
    const bad = row.verdict === Verdict.UNQUALIFIED ? n : 0;
    batches += n;
    unqualified += bad;
    if (row.category === FoodCategory.INFANT_FORMULA) infantFormulaBatches += n;
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
  for (const plan of plans) byLevel.get(plan.level)!.quota += plan.quota;

  return Object.assign(new SamplingFigures(), {
    year,
    batches,
    unqualified,
    unqualifiedRate: batches ? unqualified / batches : 0,
    infantFormulaBatches,
    infantFormulaCoverage: formulaOnSale ? formulaTested / formulaOnSale : 1,
    disposalsCompleted: disposals.length,
    casesFiled: disposals.filter((d) => d.actions.includes(DisposalAction.FILE_CASE)).length,
    consumerRequests: requests,
    consumerRequestsAnswered: answered,
    byLevel: [...byLevel.values()],
    byCategory: [...byCategory.values()].sort((a, b) => b.batches - a.batches),
    byFailureKind: [...byFailureKind.values()].sort((a, b) => b.batches - a.batches),
    byMonth,
  });
}
