import { randomBytes, randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import {
  Connection,
  ConnectionArgs,
  type Context,
  entityTownships,
  LocalDate,
  paginate,
  requireBureau,
  requireDistrictWriter,
  requireInScope,
  townshipScope,
  userInputError,
} from '@shian/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { clockContext } from '@shian/subgraph-kit';
import { campaignById, drawById, inspectionByDrawItem, inspectorsOf, itemsByDraw } from '../data';
import { Campaign, DrawItem, DrawStatus, EntityRef, entityRef, Inspection, Inspector, RandomDraw } from '../entities';
import { RandomDrawFilter, RandomDrawInput } from '../inputs';
import { checkDraw, runDraw } from '../rules';
import { localDate, notAfterToday, notBefore, requiredText, yearSpan } from '../validate';
import { campaignOf, mustFind } from './shared';
import { writing } from '../writes';

@ObjectType()
export class RandomDrawConnection extends Connection(RandomDraw) {}

const split = (list: string) => (list ? list.split(',') : []);

/**
 * 双随机、一公开: a draw is run once (the server draws, from the population and pool it is given and a seed), kept
 * with everything needed to repeat it, and published. District staff run and publish; the bureau reads.
 */
@Resolver(() => RandomDraw)
export class RandomDrawResolver {
  @Query(() => RandomDrawConnection, { nullable: true, description: '双随机抽查任务,抽取日期由近及远' })
  randomDraws(
    @Arg('filter', () => RandomDrawFilter, { nullable: true }) filter: RandomDrawFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    requireBureau(ctx);
    const where: FilterQuery<RandomDraw> = {};
    if (filter?.year != null) {
      yearSpan(filter.year);
      where.year = filter.year;
    }
    if (filter?.status) where.status = filter.status;
    return paginate(ctx.em, RandomDraw, where, page, { orderBy: { drawnOn: 'desc' } });
  }

  @Query(() => RandomDraw, { nullable: true })
  randomDraw(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    requireBureau(ctx);
    return ctx.em.findOne(RandomDraw, { id });
  }

  @Mutation(() => RandomDraw, { description: '双随机抽取:从检查对象名录随机抽取主体,为每户随机匹配检查人员' })
  async runDraw(@Arg('input', () => RandomDrawInput) input: RandomDrawInput, @Ctx() ctx: Context) {
    writing(ctx);
    requireDistrictWriter(ctx);
    const { today } = await clockContext(ctx);
    const title = requiredText(input.title, 'title', '抽查任务名称');
    const drawnOn = notAfterToday(localDate(input.drawnOn, 'drawnOn', '抽取日期'), today, 'drawnOn', '抽取日期');
    const populationCriteria = requiredText(input.populationCriteria, 'populationCriteria', '检查对象范围', 500);
    // Each business's township is the register's (a draw item scopes the inspection made on it), not the list's.
    const townships = await entityTownships(
      ctx,
      input.population.map((candidate) => ({
        entityId: requiredText(candidate.entityId, 'population', '检查对象', 36),
        townshipId: candidate.townshipId,
      })),
      'population',
    );
    const units = [...new Set((input.inspectorUnits ?? []).map((u) => u.trim()).filter(Boolean))];
    const pool = await ctx.em.find(
      Inspector,
      units.length ? { active: true, unit: { $in: units } } : { active: true },
      { orderBy: { id: 'asc' } },
    );
    const seed = input.seed?.trim() || randomBytes(8).toString('hex');
    if (seed.length > 64) throw userInputError('随机种子不能超过64个字符', 'seed');
    const drawInput = {
      seed,
      population: [...townships.keys()],
      pool: pool.map((inspector) => inspector.id),
      entityCount: input.entityCount,
      inspectorsPerEntity: input.inspectorsPerEntity,
    };
    const [problem] = checkDraw(drawInput);
    if (problem) throw userInputError(problem.message, problem.field === 'pool' ? 'inspectorUnits' : problem.field);
    const campaign = await campaignOf(ctx, input.campaignId);
    const { picks } = runDraw(drawInput);
    const draw = ctx.em.create(RandomDraw, {
      id: randomUUID(),
      title,
      year: Number(drawnOn.slice(0, 4)),
      drawnOn,
      seed,
      populationCriteria,
      populationIdList: [...drawInput.population].sort().join(','),
      poolCriteria: units.length ? `在岗执法人员:${units.join('、')}` : '全部在岗执法人员',
      poolIdList: [...drawInput.pool].sort().join(','),
      entityCount: input.entityCount,
      inspectorsPerEntity: input.inspectorsPerEntity,
      campaign,
      drawnBy: ctx.identity.name,
    });
    for (const [position, pick] of picks.entries())
      ctx.em.create(DrawItem, {
        id: randomUUID(),
        draw,
        position: position + 1,
        entityId: pick.entityId,
        townshipId: townships.get(pick.entityId)!,
        inspectorIdList: pick.inspectorIds.join(','),
      });
    await ctx.em.flush();
    return draw;
  }

  @Mutation(() => RandomDraw, { description: '公示抽查名单与结果(一公开)' })
  async publishDraw(
    @Arg('id', () => ID) id: string,
    @Arg('publishedOn', () => LocalDate) publishedOn: string,
    @Ctx() ctx: Context,
  ) {
    writing(ctx);
    requireDistrictWriter(ctx);
    const draw = await mustFind(ctx.em.findOne(RandomDraw, { id }), '双随机抽查', id);
    const { today } = await clockContext(ctx);
    const on = notAfterToday(localDate(publishedOn, 'publishedOn', '公示日期'), today, 'publishedOn', '公示日期');
    notBefore(on, draw.drawnOn, 'publishedOn', '公示日期', '抽取日期');
    if (draw.status === DrawStatus.PUBLISHED) throw userInputError(`已于${draw.publishedOn}公示`, 'id');
    draw.status = DrawStatus.PUBLISHED;
    draw.publishedOn = on;
    await ctx.em.flush();
    return draw;
  }

  @FieldResolver(() => Campaign, { nullable: true })
  campaign(@Root() draw: RandomDraw, @Ctx() ctx: Context) {
    return draw.campaign ? campaignById(ctx).load(draw.campaign.id) : null;
  }

  @FieldResolver(() => Int, { description: '检查对象名录中的主体数' })
  populationSize(@Root() draw: RandomDraw) {
    return split(draw.populationIdList).length;
  }

  @FieldResolver(() => Int, { description: '执法人员名录中的人数' })
  poolSize(@Root() draw: RandomDraw) {
    return split(draw.poolIdList).length;
  }

  @FieldResolver(() => [DrawItem], { description: '抽中的主体与检查人员(乡镇监管员只见本辖区的)' })
  async items(@Root() draw: RandomDraw, @Ctx() ctx: Context) {
    const township = townshipScope(ctx);
    const items = await itemsByDraw(ctx).load(draw.id);
    return township ? items.filter((item) => item.townshipId === township) : items;
  }

  @FieldResolver(() => Int, { description: '已完成检查的户数' })
  async inspectedCount(@Root() draw: RandomDraw, @Ctx() ctx: Context) {
    const items = await itemsByDraw(ctx).load(draw.id);
    const inspections = await Promise.all(items.map((item) => inspectionByDrawItem(ctx).load(item.id)));
    return inspections.filter(Boolean).length;
  }

  @FieldResolver(() => Boolean, { description: '按记录的种子、名录重新抽取,结果与保存的一致' })
  async reproducible(@Root() draw: RandomDraw, @Ctx() ctx: Context) {
    const items = await itemsByDraw(ctx).load(draw.id);
    const again = runDraw({
      seed: draw.seed,
      population: split(draw.populationIdList),
      pool: split(draw.poolIdList),
      entityCount: draw.entityCount,
      inspectorsPerEntity: draw.inspectorsPerEntity,
    });
    return (
      again.picks.length === items.length &&
      again.picks.every(
        (pick, i) => pick.entityId === items[i]!.entityId && pick.inspectorIds.join(',') === items[i]!.inspectorIdList,
      )
    );
  }
}

@Resolver(() => DrawItem)
export class DrawItemResolver {
  @FieldResolver(() => EntityRef, { nullable: true, description: '抽中的主体' })
  entity(@Root() item: DrawItem) {
    return entityRef(item.entityId);
  }

  @FieldResolver(() => [Inspector], { description: '匹配的检查人员' })
  inspectors(@Root() item: DrawItem, @Ctx() ctx: Context) {
    return inspectorsOf(ctx, item.inspectorIds);
  }

  @FieldResolver(() => Inspection, { nullable: true, description: '按本结果登记的检查' })
  async inspection(@Root() item: DrawItem, @Ctx() ctx: Context) {
    const inspection = await inspectionByDrawItem(ctx).load(item.id);
    if (inspection) requireInScope(ctx, inspection.townshipId);
    return inspection;
  }

  @FieldResolver(() => RandomDraw)
  draw(@Root() item: DrawItem, @Ctx() ctx: Context) {
    return drawById(ctx).load(item.draw.id);
  }
}
