import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import {
  CHILD_LIST_LIMIT,
  Connection,
  ConnectionArgs,
  type Context,
  checkVersion,
  contains,
  listPerParent,
  localDate,
  notFound,
  optionalText,
  paginate,
  requiredText,
  requireWriter,
  userInputError,
  yearSpan,
} from '@shian/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Drill, Duty, listIncludes, TownshipRef, toList, townshipRef } from '../entities';
import { nextCode } from '../entities/codes';
import { requireTownshipsVisible, townshipListScope } from '../entities/scope';
import { DrillFilter, DrillInput } from '../inputs';
import { departmentNames, townshipCodes, wholeNumber } from '../inputs-checks';
import { checkedDuty, newDuty } from './Duty';

@ObjectType()
export class DrillConnection extends Connection(Drill) {}

const MAX_FOLLOW_UPS = 50;

function drillWhere(ctx: Context, filter: DrillFilter | null | undefined): FilterQuery<Drill> {
  const conditions: FilterQuery<Drill>[] = [townshipListScope<Drill>(ctx)];
  if (filter?.townshipId) conditions.push({ townshipList: listIncludes(filter.townshipId) });
  if (filter?.year != null) {
    const { from, to } = yearSpan(filter.year);
    conditions.push({ date: { $gte: from, $lte: to } });
  }
  const search = filter?.search?.trim();
  if (search) {
    conditions.push({
      $or: [contains(['scenario'], search), contains(['code'], search.toUpperCase())],
    } as FilterQuery<Drill>);
  }
  return { $and: conditions };
}

/** 应急演练: the drill and its follow-up tasks (duties) in one transaction; the evaluation is added later. */
@Resolver(() => Drill)
export class DrillResolver {
  @Query(() => DrillConnection, { description: '应急演练,最近的在前' })
  drills(
    @Arg('filter', () => DrillFilter, { nullable: true }) filter: DrillFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    return paginate(ctx.em, Drill, drillWhere(ctx, filter), page, { orderBy: { date: 'desc', code: 'desc' } });
  }

  @Query(() => Drill, { nullable: true, description: '单次演练;不涉及本人辖区的为 FORBIDDEN' })
  async drill(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Drill | null> {
    townshipListScope(ctx);
    const drill = await ctx.em.findOne(Drill, { id });
    if (drill) requireTownshipsVisible(ctx, drill.townshipIds);
    return drill;
  }

  @Mutation(() => Drill, { description: '登记应急演练;每条后续任务生成一条责任(同一事务)' })
  async createDrill(@Arg('input', () => DrillInput) input: DrillInput, @Ctx() ctx: Context): Promise<Drill> {
    requireWriter(ctx);
    const townships = townshipCodes(ctx, input.townshipIds);
    const departments = departmentNames(input.departments);
    if (input.followUps.length > MAX_FOLLOW_UPS) {
      throw userInputError(`后续任务不能超过 ${MAX_FOLLOW_UPS} 条`, 'followUps');
    }
    const draft = Object.assign(new Drill(), { townshipList: toList(townships) });
    const followUps = [];
    for (const [i, followUp] of input.followUps.entries()) {
      followUps.push(await checkedDuty(ctx, followUp, { drill: draft }, `followUps.${i}`));
    }
    const date = localDate(input.date, 'date', '演练日期');
    const drill = ctx.em.create(Drill, {
      id: randomUUID(),
      code: await nextCode(ctx.em, Drill, 'YL', date.slice(0, 4)),
      scenario: requiredText(input.scenario, 'scenario', '演练情景', 500),
      date,
      departmentList: toList(departments),
      townshipList: draft.townshipList,
      participants:
        input.participants == null ? null : wholeNumber(input.participants, 'participants', '参演人数', 0, 100_000),
      evaluation: optionalText(input.evaluation, 'evaluation', '演练评估', 4000),
    });
    for (const fields of followUps) await newDuty(ctx, fields, { drill });
    await ctx.em.flush();
    return drill;
  }

  @Mutation(() => Drill, { description: '登记演练评估' })
  async evaluateDrill(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('evaluation') evaluation: string,
    @Ctx() ctx: Context,
  ): Promise<Drill> {
    requireWriter(ctx);
    const drill = await ctx.em.findOne(Drill, { id });
    if (!drill) throw notFound('演练', id);
    for (const township of drill.townshipIds) requireWriter(ctx, township);
    checkVersion(drill, version, '演练');
    drill.evaluation = requiredText(evaluation, 'evaluation', '演练评估', 4000);
    await ctx.em.flush();
    return drill;
  }

  @FieldResolver(() => [TownshipRef], { description: '参演乡镇(街道)' })
  townships(@Root() drill: Drill): TownshipRef[] {
    return drill.townshipIds.map(townshipRef);
  }

  @FieldResolver(() => [Duty], { description: '后续整改任务(责任)' })
  followUps(@Root() drill: Drill, @Ctx() ctx: Context): Promise<Duty[]> {
    return ctx
      .loader<string, Duty[]>('dutiesByDrill', (ids) =>
        listPerParent(ctx.em, Duty, undefined, 'drill', ids, {
          limit: CHILD_LIST_LIMIT,
          orderBy: { createdAt: 'asc' },
        }),
      )
      .load(drill.id);
  }
}
