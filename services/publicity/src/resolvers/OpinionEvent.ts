import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import {
  Connection,
  ConnectionArgs,
  type Context,
  checkVersion,
  entityTownship,
  forbidden,
  notFound,
  paginate,
  requireLinkedRecord,
  requireWriter,
} from '@shian/subgraph-kit';
import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { opinionScope, stepsByEvent } from '../data';
import { LINKED_CASE_OPERATION } from '../linked';
import {
  CaseRef,
  caseRef,
  EntityRef,
  entityRef,
  OpinionEvent,
  OpinionEventStep,
  OpinionStatus,
  TownshipRef,
  townshipRef,
} from '../entities';
import { OpinionEventFilter, OpinionEventInput, OpinionMoveInput } from '../inputs';
import { checkDate, checkEntityLink, checkMove, checkUrl, type FieldProblem, nextStatuses, required } from '../rules';
import { contains, rejectProblems, requireWriterFor, yearWindow } from '../validate';

@ObjectType()
export class OpinionEventConnection extends Connection(OpinionEvent) {}

@ObjectType({ description: '舆情看板:各阶段的数量' })
export class OpinionStageCount {
  @Field(() => OpinionStatus)
  status!: OpinionStatus;

  @Field(() => Int)
  count!: number;
}

const caseIdProblems = (caseId: string | null | undefined): FieldProblem[] =>
  caseId != null ? required(caseId, 'caseId', '关联案件编号', 36) : [];

/**
 * A linked case is enforcement's: it must exist and be one the writer may read, asked through the gateway as the
 * writer, before anything is written. Returns the trimmed id, or null when none is linked.
 */
async function linkedCase(ctx: Context, caseId: string | null | undefined): Promise<string | null> {
  const id = caseId?.trim() || null;
  if (id)
    await requireLinkedRecord<{ case: { id: string } | null }>(ctx, {
      operation: LINKED_CASE_OPERATION,
      variables: { id },
      found: (data) => data.case?.id === id,
      field: 'caseId',
      what: '案件',
    });
  return id;
}

async function loadInScope(ctx: Context, id: string): Promise<OpinionEvent> {
  const event = await ctx.em.findOne(OpinionEvent, { $and: [{ id }, opinionScope(ctx)] });
  if (event) return event;
  if (await ctx.em.count(OpinionEvent, { id })) throw forbidden('该舆情不属于您所辖乡镇(街道)');
  throw notFound('舆情', id);
}

function step(ctx: Context, event: OpinionEvent, fromStatus: OpinionStatus | null, note: string) {
  return ctx.em.create(OpinionEventStep, {
    id: randomUUID(),
    event,
    fromStatus,
    toStatus: event.status,
    at: new Date(),
    by: ctx.identity.username,
    byName: ctx.identity.name,
    note,
  });
}

@Resolver(() => OpinionEvent)
export class OpinionEventResolver {
  @Query(() => OpinionEventConnection, { nullable: true, description: '食品安全舆情,最新发现的在前' })
  opinionEvents(
    @Arg('filter', () => OpinionEventFilter, { nullable: true }) filter: OpinionEventFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    const conditions: FilterQuery<OpinionEvent>[] = [opinionScope(ctx)];
    if (filter?.year != null) {
      const { from, to } = yearWindow(filter.year);
      conditions.push({ detectedAt: { $gte: from, $lt: to } });
    }
    if (filter?.status) conditions.push({ status: filter.status });
    if (filter?.severity) conditions.push({ severity: filter.severity });
    if (filter?.entityId) conditions.push({ entityId: filter.entityId });
    if (filter?.escalated != null) conditions.push({ escalatedTo: filter.escalated ? { $ne: null } : null });
    if (filter?.search?.trim())
      conditions.push(contains(['title', 'content', 'platform'], filter.search) as FilterQuery<OpinionEvent>);
    return paginate(ctx.em, OpinionEvent, { $and: conditions }, page, { orderBy: { detectedAt: 'desc' } });
  }

  @Query(() => OpinionEvent, { nullable: true, description: '一条舆情;不在本人范围内时 FORBIDDEN' })
  async opinionEvent(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    try {
      return await loadInScope(ctx, id);
    } catch (error) {
      if ((error as { extensions?: { code?: string } }).extensions?.code === 'NOT_FOUND') return null;
      throw error;
    }
  }

  @Query(() => [OpinionStageCount], { nullable: true, description: '舆情看板:各处置阶段的数量(本人范围内)' })
  async opinionBoard(@Arg('year', () => Int, { nullable: true }) year: number | null, @Ctx() ctx: Context) {
    const where: FilterQuery<OpinionEvent>[] = [opinionScope(ctx)];
    if (year != null) {
      const { from, to } = yearWindow(year);
      where.push({ detectedAt: { $gte: from, $lt: to } });
    }
    const events = await ctx.em.find(OpinionEvent, { $and: where });
    return Object.values(OpinionStatus).map((status) => ({
      status,
      count: events.filter((e) => e.status === status).length,
    }));
  }

  @Mutation(() => OpinionEvent, { description: '登记舆情(阶段:发现)' })
  async reportOpinionEvent(@Arg('input', () => OpinionEventInput) input: OpinionEventInput, @Ctx() ctx: Context) {
    requireWriter(ctx);
    rejectProblems([
      ...required(input.title, 'title', '舆情标题'),
      ...required(input.content, 'content', '舆情内容', 5000),
      ...required(input.platform, 'platform', '发现平台', 100),
      ...checkUrl(input.sourceUrl, 'sourceUrl'),
      ...checkDate(input.detectedAt.toISOString(), 'detectedAt', '发现时间'),
      ...(input.detectedAt.getTime() > Date.now() + 60_000
        ? [{ field: 'detectedAt', message: '发现时间不能晚于现在' }]
        : []),
      ...checkEntityLink(input.entityId, input.townshipId),
      ...caseIdProblems(input.caseId),
    ]);
    // The township is the business's, as the register has it; an event about no one business is the district's.
    const townshipId = input.entityId ? await entityTownship(ctx, input.entityId, input.townshipId) : null;
    requireWriterFor(ctx, townshipId);
    const caseId = await linkedCase(ctx, input.caseId);
    const event = ctx.em.create(OpinionEvent, {
      id: randomUUID(),
      title: input.title.trim(),
      content: input.content.trim(),
      platform: input.platform.trim(),
      sourceUrl: input.sourceUrl?.trim() || null,
      detectedAt: input.detectedAt,
      severity: input.severity,
      entityId: input.entityId ?? null,
      townshipId,
      caseId,
    });
    step(ctx, event, null, '登记舆情');
    await ctx.em.flush();
    return event;
  }

  /**
   * Moves an event one step of its lifecycle. The transition table decides; an illegal move answers BAD_USER_INPUT
   * naming the current and the requested stage, and nothing is written. `expectedVersion` (the version the user saw)
   * turns a move made on stale data into CONFLICT (the kit's checkVersion), nothing written.
   */
  @Mutation(() => OpinionEvent, { description: '变更舆情处置阶段' })
  async moveOpinionEvent(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => OpinionMoveInput) input: OpinionMoveInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: Context,
  ) {
    const event = await loadInScope(ctx, id);
    requireWriterFor(ctx, event.townshipId);
    checkVersion(event, expectedVersion, '舆情');
    rejectProblems([...checkMove(event.status, input), ...caseIdProblems(input.caseId)]);
    const caseId = await linkedCase(ctx, input.caseId);
    const from = event.status;
    event.status = input.to;
    if (input.to === OpinionStatus.ESCALATED) event.escalatedTo = input.escalatedTo!.trim();
    if (input.to === OpinionStatus.CLOSED) event.closedAt = new Date();
    if (caseId) event.caseId = caseId;
    step(ctx, event, from, input.note.trim());
    await ctx.em.flush();
    return event;
  }

  /** Links the event to a business or a case; `expectedVersion` (the version the user saw) as in moveOpinionEvent. */
  @Mutation(() => OpinionEvent, { description: '关联舆情涉及的主体或案件' })
  async linkOpinionEvent(
    @Arg('id', () => ID) id: string,
    @Arg('entityId', () => ID, { nullable: true }) entityId: string | null,
    @Arg('townshipId', () => ID, { nullable: true }) townshipId: string | null,
    @Arg('caseId', () => ID, { nullable: true }) caseId: string | null,
    @Arg('expectedVersion', () => Int, {
      nullable: true,
      description: '读到的舆情版本号(OpinionEvent.version);他人已修改则为 CONFLICT,不写入',
    })
    expectedVersion: number | null,
    @Ctx() ctx: Context,
  ) {
    const event = await loadInScope(ctx, id);
    requireWriterFor(ctx, event.townshipId);
    checkVersion(event, expectedVersion, '舆情');
    rejectProblems(caseIdProblems(caseId));
    const linked = await linkedCase(ctx, caseId);
    if (entityId !== null || townshipId !== null) {
      rejectProblems(checkEntityLink(entityId, townshipId));
      const township = entityId ? await entityTownship(ctx, entityId, townshipId) : null;
      requireWriterFor(ctx, township);
      event.entityId = entityId;
      event.townshipId = township;
    }
    if (linked) event.caseId = linked;
    await ctx.em.flush();
    return event;
  }

  @FieldResolver(() => EntityRef, { nullable: true, description: '涉及主体' })
  entity(@Root() event: OpinionEvent): EntityRef | null {
    return event.entityId ? entityRef(event.entityId) : null;
  }

  @FieldResolver(() => CaseRef, { nullable: true, description: '关联案件(执法办案子图)' })
  case(@Root() event: OpinionEvent): CaseRef | null {
    return event.caseId ? caseRef(event.caseId) : null;
  }

  @FieldResolver(() => TownshipRef, { nullable: true, description: '涉及主体所属乡镇(街道)' })
  township(@Root() event: OpinionEvent): TownshipRef | null {
    return event.townshipId ? townshipRef(event.townshipId) : null;
  }

  @FieldResolver(() => [OpinionEventStep], { description: '处置记录,按时间先后' })
  steps(@Root() event: OpinionEvent, @Ctx() ctx: Context) {
    return stepsByEvent(ctx).load(event.id);
  }

  @FieldResolver(() => [OpinionStatus], { description: '可变更为的阶段(由流转表决定)' })
  transitions(@Root() event: OpinionEvent): readonly OpinionStatus[] {
    return nextStatuses(event.status);
  }

  @FieldResolver(() => Boolean, { description: '是否曾升级上报' })
  escalated(@Root() event: OpinionEvent): boolean {
    return event.escalatedTo != null;
  }
}
