import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import {
  Connection,
  ConnectionArgs,
  type Context,
  entityTownship,
  inScope,
  notFound,
  paginate,
  requireInScope,
  requireWriter,
} from '@shian/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { assessmentById, resitsOf, sessionById, townshipFilter } from '../data';
import { EntityRef, entityRef, TownshipRef, TrainingAssessment, TrainingSession, townshipRef } from '../entities';
import { TrainingAssessmentFilter, TrainingAssessmentInput } from '../inputs';
import { checkBatch, checkDate, checkResit, checkTownshipId, type FieldProblem, outstanding } from '../rules';
import { rejectProblems, yearSpan } from '../validate';

@ObjectType()
export class TrainingAssessmentConnection extends Connection(TrainingAssessment) {}

/** A re-sit belongs to the same entity (and township) as the first sitting it is for. */
function sameEntity(input: { entityId: string; townshipId: string }, first: TrainingAssessment | null): FieldProblem[] {
  if (!first || (first.entityId === input.entityId && first.townshipId === input.townshipId)) return [];
  return [{ field: 'resitOfId', message: '补考必须与首次考核属于同一主体' }];
}

@Resolver(() => TrainingAssessment)
export class TrainingAssessmentResolver {
  @Query(() => TrainingAssessmentConnection, { nullable: true, description: '考核批次(含补考),最新在前' })
  trainingAssessments(
    @Arg('filter', () => TrainingAssessmentFilter, { nullable: true }) filter: TrainingAssessmentFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    const conditions: FilterQuery<TrainingAssessment>[] = [townshipFilter(ctx, filter?.townshipId)];
    if (filter?.year != null) {
      const { from, to } = yearSpan(filter.year);
      conditions.push({ assessedOn: { $gte: from, $lte: to } });
    }
    if (filter?.entityId) conditions.push({ entityId: filter.entityId });
    if (filter?.sessionId) conditions.push({ session: filter.sessionId });
    if (filter?.resit != null) conditions.push({ resitOf: filter.resit ? { $ne: null } : null });
    return paginate(ctx.em, TrainingAssessment, { $and: conditions }, page, { orderBy: { assessedOn: 'desc' } });
  }

  @Mutation(() => TrainingAssessment, { description: '登记考核批次(补考时关联首次考核)' })
  async recordTrainingAssessment(
    @Arg('input', () => TrainingAssessmentInput) input: TrainingAssessmentInput,
    @Ctx() ctx: Context,
  ) {
    requireWriter(ctx);
    rejectProblems([
      ...checkTownshipId(input.townshipId),
      ...checkBatch(input),
      ...checkDate(input.assessedOn, 'assessedOn', '考核日期'),
      ...(input.examiner.trim() ? [] : [{ field: 'examiner', message: '考核人不能为空' }]),
    ]);
    // The township is the business's, as the register has it: never the one the form sent.
    const townshipId = await entityTownship(ctx, input.entityId, input.townshipId);
    requireWriter(ctx, townshipId);
    const session = input.sessionId ? await ctx.em.findOne(TrainingSession, { id: input.sessionId }) : null;
    if (input.sessionId && !session) throw notFound('培训', input.sessionId);
    let resitOf: TrainingAssessment | null = null;
    if (input.resitOfId) {
      resitOf = await ctx.em.findOne(TrainingAssessment, { id: input.resitOfId });
      // A first sitting the writer may not see is answered as an unknown one (no probing outside one's scope).
      if (resitOf && !inScope(ctx, resitOf.townshipId)) resitOf = null;
      const earlier = resitOf ? await ctx.em.find(TrainingAssessment, { resitOf }) : [];
      rejectProblems([
        ...sameEntity({ entityId: input.entityId, townshipId }, resitOf),
        ...checkResit(input, resitOf ? { ...resitOf, isResit: resitOf.resitOf != null } : undefined, earlier),
      ]);
    }
    const assessment = ctx.em.create(TrainingAssessment, {
      id: randomUUID(),
      entityId: input.entityId,
      townshipId,
      session,
      assessedOn: input.assessedOn,
      assessed: input.assessed,
      passed: input.passed,
      examiner: input.examiner.trim(),
      resitOf,
    });
    await ctx.em.flush();
    return assessment;
  }

  @FieldResolver(() => EntityRef, { nullable: true })
  entity(@Root() row: TrainingAssessment): EntityRef {
    return entityRef(row.entityId);
  }

  @FieldResolver(() => TownshipRef, { nullable: true, description: '所属乡镇(街道)' })
  township(@Root() row: TrainingAssessment): TownshipRef {
    return townshipRef(row.townshipId);
  }

  @FieldResolver(() => TrainingSession, { nullable: true })
  session(@Root() row: TrainingAssessment, @Ctx() ctx: Context) {
    return row.session ? sessionById(ctx).load(row.session.id) : null;
  }

  @FieldResolver(() => Int, { description: '不合格人数' })
  failed(@Root() row: TrainingAssessment): number {
    return row.assessed - row.passed;
  }

  @FieldResolver(() => Boolean, { description: '是否补考' })
  isResit(@Root() row: TrainingAssessment): boolean {
    return row.resitOf != null;
  }

  @FieldResolver(() => TrainingAssessment, { nullable: true, description: '补考对应的首次考核' })
  async resitOf(@Root() row: TrainingAssessment, @Ctx() ctx: Context) {
    const first = row.resitOf ? await assessmentById(ctx).load(row.resitOf.id) : null;
    if (first) requireInScope(ctx, first.townshipId);
    return first;
  }

  @FieldResolver(() => [TrainingAssessment], { description: '该批次的补考(本人可见范围内)' })
  async resits(@Root() row: TrainingAssessment, @Ctx() ctx: Context) {
    return (await resitsOf(ctx).load(row.id)).filter((resit) => inScope(ctx, resit.townshipId));
  }

  @FieldResolver(() => Int, { description: '尚未通过的人数(首次考核不合格且补考仍未通过;补考批次为 0)' })
  async outstanding(@Root() row: TrainingAssessment, @Ctx() ctx: Context): Promise<number> {
    if (row.resitOf) return 0;
    return outstanding(row, await resitsOf(ctx).load(row.id));
  }
}
