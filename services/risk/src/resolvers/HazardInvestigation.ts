import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import {
  Connection,
  ConnectionArgs,
  type Context,
  checkVersion,
  contains,
  countsByKey,
  localDate,
  notBefore,
  type Page,
  pagesPerParent,
  paginate,
  pageWindow,
  requiredText,
  requireWriter,
  townshipScope,
  userInputError,
  yearSpan,
} from '@shian/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  Hazard,
  HazardInvestigation,
  HazardStatus,
  InvestigationStatus,
  LABELS,
  listIncludes,
  TownshipRef,
  toList,
  townshipRef,
} from '../entities';
import { requireTownshipsVisible, townshipListScope } from '../entities/scope';
import { townshipCodes } from '../inputs-checks';
import { HazardFilter, HazardInvestigationFilter, HazardInvestigationInput } from '../inputs-hazards';
import { HazardConnection, hazardWhere } from './Hazard';
import { investigationInScope, nextCode } from './HazardShared';

@ObjectType()
export class HazardInvestigationConnection extends Connection(HazardInvestigation) {}

/** A round may move forward only: 计划中 → 排查中 → 已结束 (or straight to 已结束). */
const NEXT_STATUS: Record<InvestigationStatus, InvestigationStatus[]> = {
  [InvestigationStatus.PLANNED]: [InvestigationStatus.ONGOING, InvestigationStatus.FINISHED],
  [InvestigationStatus.ONGOING]: [InvestigationStatus.FINISHED],
  [InvestigationStatus.FINISHED]: [],
};

/** Hazard counts per round in one grouped statement, inside the caller's hazard scope. */
function hazardCounts(ctx: Context, which: 'all' | 'rectified') {
  return ctx.loader<string, number>(`hazardCounts:${which}`, async (ids) => {
    const township = townshipScope(ctx);
    const params: unknown[] = [...ids];
    let where = `investigation_id in (${ids.map(() => '?').join(', ')})`;
    if (township) {
      where += ' and township_id = ?';
      params.push(township);
    }
    if (which === 'rectified') {
      where += ' and status in (?, ?)';
      params.push(HazardStatus.RECTIFIED, HazardStatus.VERIFIED);
    }
    const counts = await countsByKey(
      ctx.em,
      `select investigation_id as "key", count(*) as "n" from hazard where ${where} group by investigation_id`,
      params,
    );
    return ids.map((id) => counts.get(id) ?? 0);
  });
}

@Resolver(() => HazardInvestigation)
export class HazardInvestigationResolver {
  @Query(() => HazardInvestigationConnection, { description: '隐患排查,开始日期由近及远' })
  hazardInvestigations(
    @Arg('filter', () => HazardInvestigationFilter, { nullable: true }) filter: HazardInvestigationFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    const conditions: FilterQuery<HazardInvestigation>[] = [townshipListScope<HazardInvestigation>(ctx)];
    if (filter?.townshipId) conditions.push({ townshipList: listIncludes(filter.townshipId) });
    if (filter?.status) conditions.push({ status: filter.status });
    if (filter?.year != null) {
      const { from, to } = yearSpan(filter.year);
      conditions.push({ startDate: { $gte: from, $lte: to } });
    }
    if (filter?.search?.trim())
      conditions.push(contains(['theme', 'code'], filter.search) as FilterQuery<HazardInvestigation>);
    return paginate(ctx.em, HazardInvestigation, { $and: conditions }, page, { orderBy: { startDate: 'desc' } });
  }

  @Query(() => HazardInvestigation, { nullable: true, description: '一轮隐患排查;不涉及本人辖区时 FORBIDDEN' })
  async hazardInvestigation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    townshipScope(ctx);
    const round = await ctx.em.findOne(HazardInvestigation, { id });
    if (round) requireTownshipsVisible(ctx, round.townshipIds);
    return round;
  }

  /** A township officer plans rounds of its own township only; the bureau any set of townships. */
  @Mutation(() => HazardInvestigation, { description: '登记一轮隐患排查' })
  async createHazardInvestigation(
    @Arg('input', () => HazardInvestigationInput) input: HazardInvestigationInput,
    @Ctx() ctx: Context,
  ) {
    requireWriter(ctx);
    const theme = requiredText(input.theme, 'theme', '排查主题');
    const townshipIds = townshipCodes(ctx, input.townshipIds);
    const startDate = localDate(input.startDate, 'startDate', '开始日期');
    const endDate = notBefore(
      localDate(input.endDate, 'endDate', '结束日期'),
      startDate,
      'endDate',
      '结束日期',
      '开始日期',
    );
    const code = await nextCode(ctx, HazardInvestigation, 'PC', Number(startDate.slice(0, 4)), 3);
    // A new instance rather than em.create: its `townshipIds` getter would be asked for as data.
    const round = Object.assign(new HazardInvestigation(), {
      id: randomUUID(),
      code,
      theme,
      townshipList: toList(townshipIds),
      startDate,
      endDate,
    });
    await ctx.em.persist(round).flush();
    return round;
  }

  @Mutation(() => HazardInvestigation, { description: '变更排查状态(计划中 → 排查中 → 已结束)' })
  async setHazardInvestigationStatus(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('status', () => InvestigationStatus) status: InvestigationStatus,
    @Ctx() ctx: Context,
  ) {
    const round = await investigationInScope(ctx, id);
    // Every township of the round must be the writer's: a township officer cannot close a district-wide round.
    for (const township of round.townshipIds) requireWriter(ctx, township);
    checkVersion(round, version, '隐患排查');
    if (!NEXT_STATUS[round.status].includes(status))
      throw userInputError(
        `排查当前为「${LABELS.InvestigationStatus[round.status]}」,不能变更为「${LABELS.InvestigationStatus[status]}」`,
        'status',
      );
    round.status = status;
    await ctx.em.flush();
    return round;
  }

  @FieldResolver(() => [TownshipRef], { description: '排查的乡镇(街道)' })
  townships(@Root() round: HazardInvestigation): TownshipRef[] {
    return round.townshipIds.map(townshipRef);
  }

  /** The round's hazards the caller may see (a township officer: at its township's businesses), windowed per round. */
  @FieldResolver(() => HazardConnection, { description: '本轮发现的隐患(本人范围内),发现日期由近及远' })
  hazards(
    @Root() round: HazardInvestigation,
    @Arg('filter', () => HazardFilter, { nullable: true }) filter: HazardFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<Hazard>> | Page<Hazard> {
    const { limit, offset } = pageWindow(page);
    const key = `investigationHazards:${JSON.stringify([filter, limit, offset])}`;
    return ctx
      .loader<string, Page<Hazard>>(key, async (ids) =>
        pagesPerParent(
          ctx.em,
          Hazard,
          hazardWhere(ctx, { ...filter, investigationId: null }),
          'investigation',
          ids,
          page,
          { orderBy: { foundOn: 'desc' } },
        ),
      )
      .load(round.id);
  }

  @FieldResolver(() => Int, { description: '发现隐患数(本人范围内)' })
  hazardCount(@Root() round: HazardInvestigation, @Ctx() ctx: Context) {
    return hazardCounts(ctx, 'all').load(round.id);
  }

  @FieldResolver(() => Int, { description: '已整改隐患数(含已复核,本人范围内)' })
  rectifiedCount(@Root() round: HazardInvestigation, @Ctx() ctx: Context) {
    return hazardCounts(ctx, 'rectified').load(round.id);
  }
}
