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
import { __Name__Record, EntityRef, entityRef, TownshipRef, townshipRef } from '../entities';
import { __Name__RecordFilter, __Name__RecordInput } from '../inputs';
import { checkRecord } from '../rules';

@ObjectType()
export class __Name__RecordConnection extends Connection(__Name__Record) {}

/** Every list starts from the caller's township scope, so that scope cannot be forgotten. */
export function recordWhere(ctx: Context, filter: __Name__RecordFilter | null): FilterQuery<__Name__Record> {
  const scope = townshipScope(ctx);
  const conditions: FilterQuery<__Name__Record>[] = [];
  if (scope !== undefined) conditions.push({ townshipId: scope });
  if (filter?.townshipId) conditions.push({ townshipId: filter.townshipId });
  if (filter?.entityId) conditions.push({ entityId: filter.entityId });
  const search = filter?.search?.trim();
  if (search) conditions.push(contains(['title', 'note'], search) as FilterQuery<__Name__Record>);
  return conditions.length ? { $and: conditions } : {};
}

@Resolver(() => __Name__Record)
export class __Name__RecordResolver {
  @Query(() => __Name__RecordConnection, { description: '__label__记录,最新在前' })
  __nameCamel__Records(
    @Arg('filter', () => __Name__RecordFilter, { nullable: true }) filter: __Name__RecordFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    return paginate(ctx.em, __Name__Record, recordWhere(ctx, filter), page, { orderBy: { recordedOn: 'desc' } });
  }

  @Query(() => __Name__Record, { nullable: true, description: '单条__label__记录;不在本人辖区内为 FORBIDDEN' })
  async __nameCamel__Record(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    townshipScope(ctx);
    const record = await ctx.em.findOne(__Name__Record, { id });
    if (record) requireInScope(ctx, record.townshipId);
    return record;
  }

  /** Validates everything first, then writes once: a refused input leaves nothing behind. */
  @Mutation(() => __Name__Record, { description: '登记__label__记录' })
  async create__Name__Record(@Arg('input', () => __Name__RecordInput) input: __Name__RecordInput, @Ctx() ctx: Context) {
    requireWriter(ctx, input.townshipId);
    const [problem] = checkRecord(input, todayInChina());
    if (problem) throw userInputError(problem.message, problem.field);
    const record = ctx.em.create(__Name__Record, {
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
  entity(@Root() record: __Name__Record): EntityRef {
    return entityRef(record.entityId);
  }

  @FieldResolver(() => TownshipRef, { description: '所属乡镇(街道)' })
  township(@Root() record: __Name__Record): TownshipRef {
    return townshipRef(record.townshipId);
  }
}
