import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import {
  Connection,
  ConnectionArgs,
  type Context,
  contains,
  paginate,
  requireInScope,
  requireWriter,
  todayInChina,
  townshipScope,
  userInputError,
} from '@shian/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { RiskRecord, EntityRef, entityRef } from '../entities';
import { RiskRecordFilter, RiskRecordInput } from '../inputs';
import { checkRecord } from '../rules';

@ObjectType()
export class RiskRecordConnection extends Connection(RiskRecord) {}

/** Every list starts from the caller's township scope, so that scope cannot be forgotten. */
export function recordWhere(ctx: Context, filter: RiskRecordFilter | null): FilterQuery<RiskRecord> {
  const scope = townshipScope(ctx);
  const conditions: FilterQuery<RiskRecord>[] = [];
  if (scope !== undefined) conditions.push({ townshipId: scope });
  if (filter?.townshipId) conditions.push({ townshipId: filter.townshipId });
  if (filter?.entityId) conditions.push({ entityId: filter.entityId });
  const search = filter?.search?.trim();
  if (search) conditions.push(contains(['title', 'note'], search) as FilterQuery<RiskRecord>);
  return conditions.length ? { $and: conditions } : {};
}

@Resolver(() => RiskRecord)
export class RiskRecordResolver {
  @Query(() => RiskRecordConnection, { description: '风险与应急记录,最新在前' })
  riskRecords(
    @Arg('filter', () => RiskRecordFilter, { nullable: true }) filter: RiskRecordFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    return paginate(ctx.em, RiskRecord, recordWhere(ctx, filter), page, { orderBy: { recordedOn: 'desc' } });
  }

  @Query(() => RiskRecord, { nullable: true, description: '单条风险与应急记录;不在本人辖区内为 FORBIDDEN' })
  async riskRecord(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    townshipScope(ctx);
    const record = await ctx.em.findOne(RiskRecord, { id });
    if (record) requireInScope(ctx, record.townshipId);
    return record;
  }

  /** Validates everything first, then writes once: a refused input leaves nothing behind. */
  @Mutation(() => RiskRecord, { description: '登记风险与应急记录' })
  async createRiskRecord(@Arg('input', () => RiskRecordInput) input: RiskRecordInput, @Ctx() ctx: Context) {
    requireWriter(ctx, input.townshipId);
    const [problem] = checkRecord(input, todayInChina());
    if (problem) throw userInputError(problem.message, problem.field);
    const record = ctx.em.create(RiskRecord, {
      id: randomUUID(),
      title: input.title.trim(),
      entityId: input.entityId,
      townshipId: input.townshipId,
      recordedOn: input.recordedOn,
      note: input.note.trim(),
    });
    await ctx.em.flush();
    return record;
  }

  @FieldResolver(() => EntityRef, { description: '所涉主体' })
  entity(@Root() record: RiskRecord): EntityRef {
    return entityRef(record.entityId);
  }
}
