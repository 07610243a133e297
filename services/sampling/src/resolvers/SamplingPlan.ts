import type { SqlEntityManager } from '@mikro-orm/knex';
import { randomUUID } from 'node:crypto';
import { type FilterQuery, raw } from '@mikro-orm/core';
import {
  Connection,
  ConnectionArgs,
  type Context,
  notFound,
  type Page,
  pagesPerParent,
  pageWindow,
  paginate,
  requireBureau,
  requireDistrictWriter,
  townshipScope,
  userInputError,
} from '@shian/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Sample, SampleStatus, SamplingPlan, Verdict } from '../entities';
import { PlanFilter, PlanInput, SampleFilter } from '../inputs';
import { checkPlanFocus, type PlanFocus, RuleViolation } from '../rules';
import { PlanProgress } from '../types';
import { localDate, requiredText } from '../validate';
import { SampleConnection, sampleWhere } from './Sample';

@ObjectType()
export class SamplingPlanConnection extends Connection(SamplingPlan) {}

interface ProgressRow {
  plan: string;
  sampled: number;
  reported: number;
  unqualified: number;
}

/**
 * Plans are the district's: every bureau user sees all of them; their progress counts only the samples in the
 * caller's scope, like every other list of samples.
 */
@Resolver(() => SamplingPlan)
export class SamplingPlanResolver {
  @Query(() => SamplingPlanConnection, { nullable: true, description: '抽检计划' })
  samplingPlans(
    @Arg('filter', () => PlanFilter, { nullable: true }) filter: PlanFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    requireBureau(ctx);
    const where: FilterQuery<SamplingPlan> = {};
    if (filter?.year) where.year = filter.year;
    if (filter?.level) where.level = filter.level;
    if (filter?.purpose) where.purpose = filter.purpose;
    if (filter?.focusVariety) where.focusVarietyList = { $like: `%${filter.focusVariety}%` };
    if (filter?.focusPeriod) where.focusPeriodList = { $like: `%${filter.focusPeriod}%` };
    if (filter?.focusArea) where.focusAreaList = { $like: `%${filter.focusArea}%` };
    return paginate(ctx.em, SamplingPlan, where, page, { orderBy: { year: 'desc', level: 'asc', name: 'asc' } });
  }

  @Query(() => SamplingPlan, { nullable: true })
  samplingPlan(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    requireBureau(ctx);
    return ctx.em.findOne(SamplingPlan, { id });
  }

  @Mutation(() => SamplingPlan, { description: '新建抽检计划(区局领导、执法人员)' })
  async createSamplingPlan(
    @Arg('input', () => PlanInput) input: PlanInput,
    @Ctx() ctx: Context,
  ): Promise<SamplingPlan> {
    requireDistrictWriter(ctx);
    if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100)
      throw userInputError(`年度无效:${input.year}`, 'year');
    if (!Number.isInteger(input.quota) || input.quota < 1 || input.quota > 100_000)
      throw userInputError('任务量应为 1 到 100000 的整数', 'quota');
    if (input.categories.length === 0) throw userInputError('至少选择一个食品类别', 'categories');
    const startsOn = localDate(input.startsOn, 'startsOn', '执行开始日期');
    const endsOn = localDate(input.endsOn, 'endsOn', '执行截止日期');
    if (endsOn < startsOn) throw userInputError('执行截止日期不能早于开始日期', 'endsOn');
    if (Number(startsOn.slice(0, 4)) !== input.year)
      throw userInputError(`执行开始日期应在 ${input.year} 年内`, 'startsOn');
    const categories = [...new Set(input.categories)];
    let focus: PlanFocus;
    try {
      focus = checkPlanFocus({
        categories,
        focusVarieties: input.focusVarieties ?? [],
        focusPeriods: input.focusPeriods ?? [],
        focusAreas: input.focusAreas ?? [],
      });
    } catch (error) {
      if (error instanceof RuleViolation) throw userInputError(error.message, error.field);
      throw error;
    }
    const plan = ctx.em.create(SamplingPlan, {
      id: randomUUID(),
      year: input.year,
      level: input.level,
      purpose: input.purpose,
      name: requiredText(input.name, 'name', '计划名称'),
      issuer: requiredText(input.issuer, 'issuer', '下达单位', 100),
      categories,
      quota: input.quota,
      startsOn,
      endsOn,
      focusVarietyList: focus.focusVarieties.join(','),
      focusPeriodList: focus.focusPeriods.join(','),
      focusAreaList: focus.focusAreas.join(','),
    });
    await ctx.em.flush();
    return plan;
  }

  @FieldResolver(() => PlanProgress, { description: '完成进度' })
  progress(@Root() plan: SamplingPlan, @Ctx() ctx: Context): Promise<PlanProgress> {
    return ctx
      .loader<string, PlanProgress>('planProgress', async (ids) => {
        const scope = townshipScope(ctx);
        const reported = [
          SampleStatus.QUALIFIED,
          SampleStatus.UNQUALIFIED,
          SampleStatus.RECHECKING,
          SampleStatus.DISPOSING,
          SampleStatus.DISPOSED,
          SampleStatus.PUBLISHED,
        ];
        const qb = (ctx.em as SqlEntityManager)
          .createQueryBuilder(Sample, 's')
          .select([
            's.plan_id as plan',
            raw('count(*) as sampled'),
            raw(
              `sum(case when s.status in (${reported.map((r) => `'${r}'`).join(',')}) then 1 else 0 end) as reported`,
            ),
            raw(`sum(case when s.verdict = '${Verdict.UNQUALIFIED}' then 1 else 0 end) as unqualified`),
          ])
          .where({ plan: { $in: [...ids] }, ...(scope ? { townshipId: scope } : {}) })
          .groupBy('s.plan_id');
        const rows = (await qb.execute('all', false)) as ProgressRow[];
        const byPlan = new Map(rows.map((row) => [row.plan, row]));
        const plans = new Map((await ctx.em.find(SamplingPlan, { id: { $in: [...ids] } })).map((p) => [p.id, p]));
        return ids.map((id) => {
          const row = byPlan.get(id);
          const sampled = Number(row?.sampled ?? 0);
          const quota = plans.get(id)?.quota ?? 0;
          return Object.assign(new PlanProgress(), {
            sampled,
            reported: Number(row?.reported ?? 0),
            unqualified: Number(row?.unqualified ?? 0),
            share: quota ? sampled / quota : 0,
          });
        });
      })
      .load(plan.id);
  }

  @FieldResolver(() => SampleConnection, { description: '计划下的样品' })
  samples(
    @Root() plan: SamplingPlan,
    @Arg('filter', () => SampleFilter, { nullable: true }) filter: SampleFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<Sample>> {
    const { limit, offset } = pageWindow(page);
    const key = `planSamples:${JSON.stringify([filter, limit, offset])}`;
    return ctx
      .loader<string, Page<Sample>>(key, async (ids) =>
        pagesPerParent(ctx.em, Sample, sampleWhere(ctx, { ...filter, planId: null }), 'plan', ids, page, {
          orderBy: { sampledOn: 'desc' },
        }),
      )
      .load(plan.id);
  }
}

export async function loadPlan(ctx: Context, id: string): Promise<SamplingPlan> {
  const plan = await ctx.em.findOne(SamplingPlan, { id });
  if (!plan) throw notFound('抽检计划', id);
  return plan;
}
