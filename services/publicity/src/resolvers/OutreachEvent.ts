import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import { Connection, ConnectionArgs, type Context, notFound, paginate, requireBureau } from '@shian/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { weekById } from '../data';
import { OutreachEvent, PublicityWeek, TownshipRef, townshipRef } from '../entities';
import { OutreachEventFilter, OutreachEventInput } from '../inputs';
import { checkCount, checkDate, checkPeriod, checkTownshipId, required } from '../rules';
import { contains, rejectProblems, requireWriterFor, yearSpan } from '../validate';

@ObjectType()
export class OutreachEventConnection extends Connection(OutreachEvent) {}

/** Outreach is the district's work: every bureau role sees all of it (the calendar); writers record their own. */
@Resolver(() => OutreachEvent)
export class OutreachEventResolver {
  @Query(() => OutreachEventConnection, { nullable: true, description: '宣传活动,按日期先后(日历用 from/to)' })
  outreachEvents(
    @Arg('filter', () => OutreachEventFilter, { nullable: true }) filter: OutreachEventFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    requireBureau(ctx);
    const conditions: FilterQuery<OutreachEvent>[] = [];
    if (filter?.year != null) {
      const { from, to } = yearSpan(filter.year);
      conditions.push({ heldOn: { $gte: from, $lte: to } });
    }
    if (filter?.from) conditions.push({ heldOn: { $gte: filter.from } });
    if (filter?.to) conditions.push({ heldOn: { $lte: filter.to } });
    if (filter?.from && filter?.to)
      rejectProblems(checkPeriod(filter.from, filter.to).map((p) => ({ ...p, field: 'to' })));
    if (filter?.kind) conditions.push({ kind: filter.kind });
    if (filter?.weekId) conditions.push({ week: filter.weekId });
    if (filter?.townshipId) conditions.push({ townshipId: filter.townshipId });
    if (filter?.search?.trim())
      conditions.push(contains(['title', 'theme', 'place'], filter.search) as FilterQuery<OutreachEvent>);
    return paginate(ctx.em, OutreachEvent, { $and: conditions }, page, { orderBy: { heldOn: 'asc' } });
  }

  @Query(() => OutreachEvent, { nullable: true })
  outreachEvent(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    requireBureau(ctx);
    return ctx.em.findOne(OutreachEvent, { id });
  }

  @Mutation(() => OutreachEvent, { description: '登记宣传活动' })
  async createOutreachEvent(@Arg('input', () => OutreachEventInput) input: OutreachEventInput, @Ctx() ctx: Context) {
    requireWriterFor(ctx, input.townshipId);
    rejectProblems([
      ...required(input.title, 'title', '活动名称'),
      ...required(input.theme, 'theme', '宣传主题'),
      ...required(input.place, 'place', '活动地点'),
      ...required(input.organizer, 'organizer', '组织单位'),
      ...checkDate(input.heldOn, 'heldOn', '活动日期'),
      ...checkCount(input.materials, 'materials', '发放资料份数'),
      ...checkCount(input.peopleReached, 'peopleReached', '受众人数'),
      ...checkTownshipId(input.townshipId),
    ]);
    const week = input.weekId ? await ctx.em.findOne(PublicityWeek, { id: input.weekId }) : null;
    if (input.weekId && !week) throw notFound('宣传周', input.weekId);
    if (week && (input.heldOn < week.startsOn || input.heldOn > week.endsOn))
      rejectProblems([{ field: 'heldOn', message: `活动日期应在宣传周期间(${week.startsOn} 至 ${week.endsOn})` }]);
    const event = ctx.em.create(OutreachEvent, {
      id: randomUUID(),
      title: input.title.trim(),
      theme: input.theme.trim(),
      kind: input.kind,
      heldOn: input.heldOn,
      place: input.place.trim(),
      townshipId: input.townshipId ?? null,
      organizer: input.organizer.trim(),
      materials: input.materials,
      peopleReached: input.peopleReached,
      week,
    });
    await ctx.em.flush();
    return event;
  }

  @FieldResolver(() => PublicityWeek, { nullable: true, description: '所属宣传周' })
  week(@Root() event: OutreachEvent, @Ctx() ctx: Context) {
    return event.week ? weekById(ctx).load(event.week.id) : null;
  }

  @FieldResolver(() => TownshipRef, { nullable: true, description: '所在乡镇(街道)' })
  township(@Root() event: OutreachEvent): TownshipRef | null {
    return event.townshipId ? townshipRef(event.townshipId) : null;
  }
}
