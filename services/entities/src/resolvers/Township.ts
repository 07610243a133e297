import {
  ConnectionArgs,
  type Context,
  groupBy,
  inScope,
  type Page,
  pageWindow,
  paginate,
  requireBureau,
  toPage,
} from '@shian/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { entityCountByTownship, noticesByTownship, roundsByTownship } from '../data';
import { Entity, Notice, SupervisionRound, Township } from '../entities';
import { EntityFilter } from '../inputs';
import { EntityConnection, entityWhere } from './Entity';

/**
 * Township names are every bureau user's; the records under a township (its entities, rounds, notices) follow
 * the caller's scope, so a township officer looking at a neighbour sees its name and nothing under it.
 */
@Resolver(() => Township)
export class TownshipResolver {
  @Query(() => [Township], { description: '全部22个乡镇(街道)' })
  townships(@Ctx() ctx: Context) {
    requireBureau(ctx);
    return ctx.em.find(Township, {}, { orderBy: { id: 'asc' } });
  }

  @Query(() => Township, { nullable: true })
  township(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    requireBureau(ctx);
    return ctx.em.findOne(Township, { id });
  }

  @FieldResolver(() => Int, { description: '辖区内主体数(在本人权限范围内)' })
  entityCount(@Root() township: Township, @Ctx() ctx: Context) {
    requireBureau(ctx);
    return inScope(ctx, township.id) ? entityCountByTownship(ctx).load(township.id) : 0;
  }

  /**
   * Batched per (filter, page): one township is one paginated query (rows + count); several townships asking for
   * the same page are answered from one query over all of them, windowed per township in memory — a district's
   * register is small enough for that, and it keeps a list of townships from costing a query each.
   */
  @FieldResolver(() => EntityConnection)
  entities(
    @Root() township: Township,
    @Arg('filter', () => EntityFilter, { nullable: true }) filter: EntityFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<Entity>> | Page<Entity> {
    requireBureau(ctx);
    const { limit, offset } = pageWindow(page);
    if (!inScope(ctx, township.id)) return toPage<Entity>([], 0, offset);
    const key = `townshipEntities:${JSON.stringify([filter, limit, offset])}`;
    return ctx
      .loader<string, Page<Entity>>(key, async (ids) => {
        if (ids.length === 1)
          return [
            await paginate(ctx.em, Entity, entityWhere(ctx, { ...filter, townshipId: ids[0] }), page, {
              orderBy: { name: 'asc' },
            }),
          ];
        const where = { $and: [entityWhere(ctx, { ...filter, townshipId: null }), { township: { $in: [...ids] } }] };
        const rows = await ctx.em.find(Entity, where, { orderBy: { name: 'asc', id: 'asc' } });
        return groupBy(rows, (row) => row.township.id, ids).map((group) =>
          toPage(group.slice(offset, offset + limit), group.length, offset),
        );
      })
      .load(township.id);
  }

  @FieldResolver(() => [SupervisionRound], { description: '督查记录,最近年度在前' })
  supervisionRounds(@Root() township: Township, @Ctx() ctx: Context) {
    requireBureau(ctx);
    return inScope(ctx, township.id) ? roundsByTownship(ctx).load(township.id) : [];
  }

  @FieldResolver(() => [Notice], { description: '收到的函件,最新在前' })
  notices(@Root() township: Township, @Ctx() ctx: Context) {
    requireBureau(ctx);
    return inScope(ctx, township.id) ? noticesByTownship(ctx).load(township.id) : [];
  }
}
