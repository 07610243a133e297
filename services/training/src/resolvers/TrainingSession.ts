import { randomUUID } from 'node:crypto';
import { type FilterQuery, wrap } from '@mikro-orm/core';
import {
  Connection,
  ConnectionArgs,
  type Context,
  notFound,
  paginate,
  requireBureau,
  requireDistrictWriter,
  userInputError,
} from '@shian/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { attendeeCount, officerCount } from '../data';
import {
  Attendance,
  OfficerAttendance,
  TownshipRef,
  TrainingAudience,
  TrainingKind,
  TrainingSession,
  townshipRef,
} from '../entities';
import { TrainingSessionFilter, TrainingSessionInput } from '../inputs';
import { checkSession, kindOf } from '../rules';
import { contains, rejectProblems, requireWriterFor, yearSpan } from '../validate';

@ObjectType()
export class TrainingSessionConnection extends Connection(TrainingSession) {}

function sessionWhere(filter: TrainingSessionFilter | null): FilterQuery<TrainingSession> {
  const conditions: FilterQuery<TrainingSession>[] = [];
  if (filter?.year != null) {
    const { from, to } = yearSpan(filter.year);
    conditions.push({ heldOn: { $gte: from, $lte: to } });
  }
  if (filter?.audience) conditions.push({ audience: filter.audience });
  if (filter?.mode) conditions.push({ mode: filter.mode });
  if (filter?.kind === TrainingKind.OFFICERS) conditions.push({ audience: TrainingAudience.ENFORCEMENT_OFFICERS });
  if (filter?.kind === TrainingKind.BUSINESS)
    conditions.push({ audience: { $ne: TrainingAudience.ENFORCEMENT_OFFICERS } });
  if (filter?.search?.trim())
    conditions.push(contains(['title', 'trainer', 'place'], filter.search) as FilterQuery<TrainingSession>);
  return { $and: conditions };
}

const normalised = (input: TrainingSessionInput) => ({
  ...input,
  title: input.title.trim(),
  trainer: input.trainer.trim(),
  topics: input.topics.trim(),
  place: input.place?.trim() || null,
  townshipId: input.townshipId ?? null,
});

/** Sessions are the district's: every bureau role sees them; who attended is scoped (see Attendance). */
@Resolver(() => TrainingSession)
export class TrainingSessionResolver {
  @Query(() => TrainingSessionConnection, { nullable: true, description: '培训,最新在前' })
  trainingSessions(
    @Arg('filter', () => TrainingSessionFilter, { nullable: true }) filter: TrainingSessionFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    requireBureau(ctx);
    return paginate(ctx.em, TrainingSession, sessionWhere(filter), page, { orderBy: { heldOn: 'desc' } });
  }

  @Query(() => TrainingSession, { nullable: true })
  trainingSession(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    requireBureau(ctx);
    return ctx.em.findOne(TrainingSession, { id });
  }

  @Mutation(() => TrainingSession, { description: '登记培训' })
  async createTrainingSession(
    @Arg('input', () => TrainingSessionInput) input: TrainingSessionInput,
    @Ctx() ctx: Context,
  ) {
    requireWriterFor(ctx, input.townshipId);
    // Officers' sessions train the bureau's own staff: the district's to hold, as their sign-in sheets are.
    if (kindOf(input.audience) === TrainingKind.OFFICERS) requireDistrictWriter(ctx);
    rejectProblems(checkSession(input));
    const session = ctx.em.create(TrainingSession, { ...normalised(input), id: randomUUID() });
    await ctx.em.flush();
    return session;
  }

  @Mutation(() => TrainingSession, { description: '修改培训' })
  async updateTrainingSession(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => TrainingSessionInput) input: TrainingSessionInput,
    @Ctx() ctx: Context,
  ) {
    const session = await ctx.em.findOne(TrainingSession, { id });
    if (!session) throw notFound('培训', id);
    requireWriterFor(ctx, session.townshipId);
    requireWriterFor(ctx, input.townshipId);
    if (kindOf(input.audience) === TrainingKind.OFFICERS || kindOf(session.audience) === TrainingKind.OFFICERS)
      requireDistrictWriter(ctx);
    rejectProblems(checkSession(input));
    if (kindOf(input.audience) !== kindOf(session.audience)) {
      // A sheet of one kind under a session of the other would count practitioners as officers or the reverse.
      const signed =
        (await ctx.em.count(Attendance, { session: id })) + (await ctx.em.count(OfficerAttendance, { session: id }));
      if (signed > 0)
        throw userInputError('该培训已有签到记录,不能在从业人员培训与执法人员培训之间更改培训对象', 'audience');
    }
    wrap(session).assign(normalised(input));
    await ctx.em.flush();
    return session;
  }

  @FieldResolver(() => Int, { description: '签到人数(本人可见范围内)' })
  attendeeCount(@Root() session: TrainingSession, @Ctx() ctx: Context): Promise<number> {
    return attendeeCount(ctx).load(session.id);
  }

  @FieldResolver(() => TrainingKind, { description: '培训类别(由培训对象确定)' })
  kind(@Root() session: TrainingSession): TrainingKind {
    return kindOf(session.audience);
  }

  @FieldResolver(() => Int, { description: '执法人员签到人数(区局领导、执法人员可见,乡镇(街道)账号为 0)' })
  officerCount(@Root() session: TrainingSession, @Ctx() ctx: Context): Promise<number> {
    return officerCount(ctx).load(session.id);
  }

  @FieldResolver(() => TownshipRef, { nullable: true, description: '承办乡镇(街道)' })
  township(@Root() session: TrainingSession): TownshipRef | null {
    return session.townshipId ? townshipRef(session.townshipId) : null;
  }
}
