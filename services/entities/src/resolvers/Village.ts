import { type Context, forbidden, requireBureau, townshipScope } from '@shian/subgraph-kit';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Township, Village } from '../entities';
import { scopedTownship } from '../scope';

/**
 * Villages (村/社区) under the townships. Bureau leaders and officers: any township; a township officer: their own
 * (another township's is FORBIDDEN, not an empty list, as for other records by id); a village liaison: their own
 * village only; partners: FORBIDDEN.
 */
@Resolver(() => Village)
export class VillageResolver {
  @Query(() => [Village], { description: '村(社区),按代码排序;不传 townshipId 为本人范围内的全部' })
  async villages(
    @Arg('townshipId', () => ID, { nullable: true }) townshipId: string | null,
    @Ctx() ctx: Context,
  ): Promise<Village[]> {
    if (ctx.identity.role === 'village') {
      if (townshipId && townshipId !== ctx.identity.townshipId) throw forbidden('村(社区)协管员只能查看本村(社区)');
      return ctx.em.find(Village, { id: ctx.identity.villageId }, { orderBy: { id: 'asc' } });
    }
    requireBureau(ctx);
    const scope = townshipScope(ctx);
    if (scope && townshipId && townshipId !== scope) throw forbidden('该乡镇(街道)不属于您的辖区');
    const township = townshipId ?? scope;
    return ctx.em.find(Village, township ? { township } : {}, { orderBy: { id: 'asc' } });
  }

  @FieldResolver(() => Township, { description: '所属乡镇(街道)' })
  township(@Root() village: Village, @Ctx() ctx: Context) {
    return scopedTownship(ctx, village.township.id);
  }
}
