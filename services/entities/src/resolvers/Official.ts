import type { FilterQuery } from '@mikro-orm/core';
import {
  Connection,
  ConnectionArgs,
  type Context,
  forbidden,
  paginate,
  requireBureau,
  townshipScope,
} from '@shian/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { assignmentsByOfficial } from '../data';
import { officialInScope, scopedTownship } from '../scope';

export { officialInScope };
import { Assignment, Official, OfficialLevel, Township } from '../entities';
import { OfficialFilter } from '../inputs';

@ObjectType()
export class OfficialConnection extends Connection(Official) {}

/** A township officer sees their township's officials and the district leaders (whose 包保 reaches into it). */
export function officialScope(ctx: Context): FilterQuery<Official> {
  const scope = townshipScope(ctx);
  return scope ? { $or: [{ township: scope }, { level: OfficialLevel.DISTRICT }] } : {};
}

@Resolver(() => Official)
export class OfficialResolver {
  @Query(() => OfficialConnection, { nullable: true, description: '包保干部' })
  officials(
    @Arg('filter', () => OfficialFilter, { nullable: true }) filter: OfficialFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    const conditions: FilterQuery<Official>[] = [officialScope(ctx)];
    if (filter?.level) conditions.push({ level: filter.level });
    if (filter?.townshipId) conditions.push({ township: filter.townshipId });
    return paginate(ctx.em, Official, { $and: conditions }, page, { orderBy: { level: 'asc', name: 'asc' } });
  }

  @Query(() => Official, { nullable: true })
  async official(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Official | null> {
    requireBureau(ctx);
    const official = await ctx.em.findOne(Official, { id });
    if (official && !officialInScope(ctx, official)) throw forbidden('该包保干部不属于您所辖乡镇(街道)');
    return official;
  }

  @FieldResolver(() => Township, { nullable: true, description: '所属乡镇(街道),区级干部为空' })
  township(@Root() official: Official, @Ctx() ctx: Context) {
    return official.township ? scopedTownship(ctx, official.township.id) : null;
  }

  @FieldResolver(() => [Assignment], { description: '包保关系(在本人权限范围内)' })
  assignments(@Root() official: Official, @Ctx() ctx: Context) {
    requireBureau(ctx);
    return assignmentsByOfficial(ctx).load(official.id);
  }
}
