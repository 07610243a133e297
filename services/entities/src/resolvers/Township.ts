import {
  ConnectionArgs,
  type Context,
  inScope,
  type Page,
  pagesPerParent,
  pageWindow,
  requireBureau,
  toPage,
} from '@shian/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { entityCountByTownship, noticesByTownship, roundsByTownship } from '../data';
import { Entity, Notice, SupervisionRound, Township } from '../entities';
import { EntityFilter } from '../inputs';
import { EntityConnection, entityWhere } from './Entity';
import { scopedTownship } from '../scope';

/**
 * Township names are every bureau user's; the records under a township (its entities, rounds, notices) follow
 * the caller's scope, so a township officer looking at a neighbour sees its name and nothing under it.
 */
@Resolver(() => Township)
export class TownshipResolver {
  @Query(() => [Township], { nullable: true, description: '全部22个乡镇(街道)' })
  townships(@Ctx() ctx: Context) {
    requireBureau(ctx);
    return ctx.em.find(Township, {}, { orderBy: { id: 'asc' } });
  }

  /** A village liaison may read their own township (as its references resolve for them), no other. */
  @Query(() => Township, { nullable: true })
  township(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return scopedTownship(ctx, id);
  }

  @FieldResolver(() => Int, { description: '辖区内主体数(在本人权限范围内)' })
  entityCount(@Root() township: Township, @Ctx() ctx: Context) {
    requireBureau(ctx);
    return inScope(ctx, township.id) ? entityCountByTownship(ctx).load(township.id) : 0;
  }

  /**
   * Batched per (filter, page): the database windows each township's entities (pagesPerParent), so a list of
   * townships costs one statement (and one grouped count if totalCount is asked), never the whole register.
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
      .loader<string, Page<Entity>>(key, async (ids) =>
        pagesPerParent(ctx.em, Entity, await entityWhere(ctx, { ...filter, townshipId: null }), 'township', ids, page, {
          orderBy: { name: 'asc' },
        }),
      )
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
