import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import {
  Connection,
  ConnectionArgs,
  type Context,
  entityTownship,
  inScope,
  LocalDate,
  paginate,
  requireBureau,
  requireInScope,
  requireWriter,
  townshipScope,
  userInputError,
} from '@shian/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { clockContext } from '@shian/subgraph-kit';
import { campaignById, drawById, drawItemById, inspectorsOf } from '../data';
import {
  Campaign,
  Case,
  DrawItem,
  EntityRef,
  entityRef,
  Inspection,
  InspectionKind,
  InspectionVerdict,
  Inspector,
  RandomDraw,
  TownshipRef,
  townshipRef,
} from '../entities';
import { InspectionFilter, InspectionInput } from '../inputs';
import { inspectionClock } from '../rules';
import { EnforcementClock, toClock } from '../types';
import { localDate, notAfterToday, notBefore, requiredText, yearSpan } from '../validate';
import { campaignOf, casesOf, checkInspectors, mustFind } from './shared';
import { writing } from '../writes';

@ObjectType()
export class InspectionConnection extends Connection(Inspection) {}

export function inspectionWhere(ctx: Context, filter: InspectionFilter | null | undefined, today: string) {
  const township = townshipScope(ctx);
  const conditions: FilterQuery<Inspection>[] = [];
  if (township) conditions.push({ townshipId: township });
  if (filter?.townshipId) conditions.push({ townshipId: filter.townshipId });
  if (filter?.year != null) {
    const { from, to } = yearSpan(filter.year);
    conditions.push({ inspectedOn: { $gte: from, $lte: to } });
  }
  if (filter?.entityId) conditions.push({ entityId: filter.entityId });
  if (filter?.kind) conditions.push({ kind: filter.kind });
  if (filter?.verdict) conditions.push({ verdict: filter.verdict });
  if (filter?.campaignId) conditions.push({ campaign: filter.campaignId });
  if (filter?.unpublished === true) conditions.push({ publishedOn: null });
  if (filter?.unpublished === false) conditions.push({ publishedOn: { $ne: null } });
  if (filter?.rectificationOverdue === true)
    conditions.push({ rectificationDeadline: { $lt: today }, rectifiedOn: null });
  return conditions.length ? { $and: conditions } : {};
}

async function loadInspection(ctx: Context, id: string): Promise<Inspection> {
  const inspection = await mustFind(ctx.em.findOne(Inspection, { id }), '监督检查', id);
  requireWriter(ctx, inspection.townshipId);
  return inspection;
}

@Resolver(() => Inspection)
export class InspectionResolver {
  @Query(() => InspectionConnection, { nullable: true, description: '监督检查记录,检查日期由近及远' })
  async inspections(
    @Arg('filter', () => InspectionFilter, { nullable: true }) filter: InspectionFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    requireBureau(ctx);
    const { today } = await clockContext(ctx);
    return paginate(ctx.em, Inspection, inspectionWhere(ctx, filter, today), page, {
      orderBy: { inspectedOn: 'desc' },
    });
  }

  @Query(() => Inspection, { nullable: true })
  async inspection(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    requireBureau(ctx);
    const inspection = await ctx.em.findOne(Inspection, { id });
    if (inspection) requireInScope(ctx, inspection.townshipId);
    return inspection;
  }

  @Mutation(() => Inspection, { description: '登记监督检查(至少2名检查人员)' })
  async createInspection(@Arg('input', () => InspectionInput) input: InspectionInput, @Ctx() ctx: Context) {
    writing(ctx);
    requireWriter(ctx);
    const { today } = await clockContext(ctx);
    const entityId = requiredText(input.entityId, 'entityId', '被检查主体', 36);
    // The township is the business's, as the register has it: never the one the form sent.
    const townshipId = await entityTownship(ctx, entityId, input.townshipId);
    requireWriter(ctx, townshipId);
    const inspectedOn = notAfterToday(
      localDate(input.inspectedOn, 'inspectedOn', '检查日期'),
      today,
      'inspectedOn',
      '检查日期',
    );
    const inspectors = await checkInspectors(ctx, input.inspectorIds, 'inspectorIds', '检查人员');
    const findings = requiredText(input.findings, 'findings', '检查情况', 4000);
    let deadline: string | null = null;
    if (input.verdict !== InspectionVerdict.COMPLIANT) {
      if (!input.rectificationDeadline)
        throw userInputError('检查结果为基本符合或不符合的,须设定整改期限', 'rectificationDeadline');
      deadline = localDate(input.rectificationDeadline, 'rectificationDeadline', '整改期限');
      notBefore(deadline, inspectedOn, 'rectificationDeadline', '整改期限', '检查日期');
    } else if (input.rectificationDeadline) {
      throw userInputError('检查结果为符合的,无需整改期限', 'rectificationDeadline');
    }
    const campaign = await campaignOf(ctx, input.campaignId);
    let drawItem: DrawItem | null = null;
    if (input.drawItemId) {
      drawItem = await ctx.em.findOne(DrawItem, { id: input.drawItemId });
      if (!drawItem || !inScope(ctx, drawItem.townshipId))
        throw userInputError(`双随机抽取结果不存在或不在您的辖区内:${input.drawItemId}`, 'drawItemId');
      if (drawItem.entityId !== entityId) throw userInputError('该抽取结果对应的不是这户主体', 'drawItemId');
      if (input.kind !== InspectionKind.RANDOM)
        throw userInputError('按双随机抽取结果检查的,检查类型应为双随机抽查', 'kind');
      if (await ctx.em.count(Inspection, { drawItem })) throw userInputError('该抽取结果已登记检查', 'drawItemId');
    }
    const inspection = ctx.em.create(Inspection, {
      id: randomUUID(),
      entityId,
      townshipId,
      inspectedOn,
      kind: input.kind,
      verdict: input.verdict,
      inspectorIdList: inspectors.map((i) => i.id).join(','),
      findings,
      rectificationDeadline: deadline,
      campaign,
      drawItem,
    });
    await ctx.em.flush();
    return inspection;
  }

  @Mutation(() => Inspection, { description: '公开检查结果' })
  async publishInspection(
    @Arg('id', () => ID) id: string,
    @Arg('publishedOn', () => LocalDate) publishedOn: string,
    @Ctx() ctx: Context,
  ) {
    writing(ctx);
    const inspection = await loadInspection(ctx, id);
    const { today } = await clockContext(ctx);
    const on = notAfterToday(localDate(publishedOn, 'publishedOn', '公开日期'), today, 'publishedOn', '公开日期');
    notBefore(on, inspection.inspectedOn, 'publishedOn', '公开日期', '检查日期');
    if (inspection.publishedOn) throw userInputError(`检查结果已于${inspection.publishedOn}公开`, 'id');
    inspection.publishedOn = on;
    await ctx.em.flush();
    return inspection;
  }

  @Mutation(() => Inspection, { description: '登记整改完成(复查)' })
  async recordRectification(
    @Arg('id', () => ID) id: string,
    @Arg('rectifiedOn', () => LocalDate) rectifiedOn: string,
    @Ctx() ctx: Context,
  ) {
    writing(ctx);
    const inspection = await loadInspection(ctx, id);
    const { today } = await clockContext(ctx);
    if (!inspection.rectificationDeadline) throw userInputError('该检查无整改要求', 'id');
    if (inspection.rectifiedOn) throw userInputError(`已于${inspection.rectifiedOn}复查整改完成`, 'id');
    const on = notAfterToday(
      localDate(rectifiedOn, 'rectifiedOn', '整改完成日期'),
      today,
      'rectifiedOn',
      '整改完成日期',
    );
    notBefore(on, inspection.inspectedOn, 'rectifiedOn', '整改完成日期', '检查日期');
    inspection.rectifiedOn = on;
    await ctx.em.flush();
    return inspection;
  }

  @FieldResolver(() => EntityRef, { nullable: true, description: '被检查主体' })
  entity(@Root() inspection: Inspection) {
    return entityRef(inspection.entityId);
  }

  @FieldResolver(() => TownshipRef, { nullable: true, description: '主体所属乡镇(街道)' })
  township(@Root() inspection: Inspection) {
    return townshipRef(inspection.townshipId);
  }

  @FieldResolver(() => [Inspector], { description: '检查人员' })
  inspectors(@Root() inspection: Inspection, @Ctx() ctx: Context) {
    return inspectorsOf(ctx, inspection.inspectorIds);
  }

  @FieldResolver(() => Campaign, { nullable: true })
  campaign(@Root() inspection: Inspection, @Ctx() ctx: Context) {
    return inspection.campaign ? campaignById(ctx).load(inspection.campaign.id) : null;
  }

  @FieldResolver(() => RandomDraw, { nullable: true, description: '所属双随机抽查' })
  async draw(@Root() inspection: Inspection, @Ctx() ctx: Context) {
    if (!inspection.drawItem) return null;
    const item = await drawItemById(ctx).load(inspection.drawItem.id);
    return item ? drawById(ctx).load(item.draw.id) : null;
  }

  @FieldResolver(() => [Case], { description: '由本次检查登记的线索和案件,受理日期由近及远(在本人权限范围内)' })
  cases(@Root() inspection: Inspection, @Ctx() ctx: Context) {
    return casesOf(ctx, 'inspectionId', inspection.id);
  }

  @FieldResolver(() => EnforcementClock, { description: '结果公开时限(20个工作日)' })
  async publicationClock(@Root() inspection: Inspection, @Ctx() ctx: Context) {
    const { calendar, today } = await clockContext(ctx);
    return toClock(inspectionClock(inspection.inspectedOn, inspection.publishedOn, calendar, today));
  }

  @FieldResolver(() => Boolean, { description: '整改期限已过仍未整改' })
  async rectificationOverdue(@Root() inspection: Inspection, @Ctx() ctx: Context) {
    const { today } = await clockContext(ctx);
    return Boolean(
      inspection.rectificationDeadline && !inspection.rectifiedOn && inspection.rectificationDeadline < today,
    );
  }
}
