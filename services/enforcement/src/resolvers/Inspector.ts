import type { FilterQuery } from '@mikro-orm/core';
import { Connection, ConnectionArgs, type Context, paginate, requireBureau } from '@shian/subgraph-kit';
import { Arg, Args, Ctx, ObjectType, Query, Resolver } from 'type-graphql';
import { Inspector } from '../entities';
import { InspectorFilter } from '../inputs';
import { contains } from '../validate';

@ObjectType()
export class InspectorConnection extends Connection(Inspector) {}

@Resolver(() => Inspector)
export class InspectorResolver {
  @Query(() => InspectorConnection, { nullable: true, description: '执法检查人员名录' })
  inspectors(
    @Arg('filter', () => InspectorFilter, { nullable: true }) filter: InspectorFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    requireBureau(ctx);
    const conditions: FilterQuery<Inspector>[] = [];
    if (filter?.unit) conditions.push({ unit: filter.unit });
    if (filter?.active != null) conditions.push({ active: filter.active });
    if (filter?.search?.trim())
      conditions.push(contains(['name', 'badgeNumber'], filter.search) as FilterQuery<Inspector>);
    return paginate(ctx.em, Inspector, conditions.length ? { $and: conditions } : {}, page, {
      orderBy: { unit: 'asc', badgeNumber: 'asc' },
    });
  }
}
