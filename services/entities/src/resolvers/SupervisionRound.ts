import type { FilterQuery } from '@mikro-orm/core';
import { type Context, townshipScope } from '@shian/subgraph-kit';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { scopedTownship } from '../scope';
import { SupervisionRound, Township } from '../entities';

@Resolver(() => SupervisionRound)
export class SupervisionRoundResolver {
  @Query(() => [SupervisionRound], { nullable: true, description: '乡镇(街道)督查,按年度、批次排列' })
  supervisionRounds(
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Arg('townshipId', () => ID, { nullable: true }) townshipId: string | null,
    @Ctx() ctx: Context,
  ) {
    const scope = townshipScope(ctx);
    const conditions: FilterQuery<SupervisionRound>[] = [];
    if (scope) conditions.push({ township: scope });
    if (townshipId) conditions.push({ township: townshipId });
    if (year != null) conditions.push({ year });
    return ctx.em.find(
      SupervisionRound,
      { $and: conditions },
      { orderBy: { year: 'desc', batch: 'asc', inspectedOn: 'asc', id: 'asc' } },
    );
  }

  @FieldResolver(() => Township)
  township(@Root() round: SupervisionRound, @Ctx() ctx: Context) {
    return scopedTownship(ctx, round.township.id);
  }
}
