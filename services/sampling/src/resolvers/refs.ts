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
import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { EntityRef, Sample, TownshipRef } from '../entities';
import { SampleFilter } from '../inputs';
import { SampleConnection, sampleWhere } from './Sample';

/**
 * One page of samples per parent (an entity, a township), batched per (filter, page): the database windows each
 * parent's samples (pagesPerParent), so a page of parents never loads all their samples. The batch function is
 * async so that a filter refused while building `where` rejects the batch (thrown synchronously, DataLoader would
 * turn it into an internal error).
 */
function samplesPerParent(
  ctx: Context,
  kind: 'entityId' | 'townshipId',
  parentId: string,
  filter: SampleFilter | null,
  page: ConnectionArgs,
): Promise<Page<Sample>> {
  const { limit, offset } = pageWindow(page);
  const key = `${kind}Samples:${JSON.stringify([filter, limit, offset])}`;
  return ctx
    .loader<string, Page<Sample>>(key, async (ids) =>
      pagesPerParent(ctx.em, Sample, sampleWhere(ctx, { ...filter, [kind]: null }), kind, ids, page, {
        orderBy: { sampledOn: 'desc' },
      }),
    )
    .load(parentId);
}

@Resolver(() => EntityRef)
export class EntitySamplesResolver {
  @FieldResolver(() => SampleConnection, { nullable: true, description: '该主体被抽检的样品(抽检监测子图提供)' })
  samples(
    @Root() entity: EntityRef,
    @Arg('filter', () => SampleFilter, { nullable: true }) filter: SampleFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    return samplesPerParent(ctx, 'entityId', entity.id, filter, page);
  }
}

@Resolver(() => TownshipRef)
export class TownshipSamplesResolver {
  @FieldResolver(() => SampleConnection, {
    nullable: true,
    description: '辖区内的抽检样品(抽检监测子图提供,在本人权限范围内)',
  })
  samples(
    @Root() township: TownshipRef,
    @Arg('filter', () => SampleFilter, { nullable: true }) filter: SampleFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<Sample>> | Page<Sample> {
    requireBureau(ctx);
    if (!inScope(ctx, township.id)) return toPage<Sample>([], 0, pageWindow(page).offset);
    return samplesPerParent(ctx, 'townshipId', township.id, filter, page);
  }
}
