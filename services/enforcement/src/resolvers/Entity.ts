import { CHILD_LIST_LIMIT, type Context, listPerParent, townshipScope } from '@shian/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Case, EntityRef, Inspection } from '../entities';
import { casesOf } from './shared';

/**
 * What enforcement adds to the entities subgraph's Entity: its cases and inspections, newest first, at most
 * CHILD_LIST_LIMIT each (windowed per entity in the database). One statement per field for all entities of a
 * request, and the caller's scope kept (a partner sees only the cases shared with it; inspections are the
 * bureau's).
 */
@Resolver(() => EntityRef)
export class EntityEnforcementResolver {
  @FieldResolver(() => [Case], { nullable: true, description: '该主体的案件(执法办案子图提供,在本人权限范围内)' })
  cases(@Root() entity: EntityRef, @Ctx() ctx: Context) {
    return casesOf(ctx, 'entityId', entity.id);
  }

  @FieldResolver(() => [Inspection], { nullable: true, description: '该主体接受的监督检查(执法办案子图提供)' })
  inspections(@Root() entity: EntityRef, @Ctx() ctx: Context) {
    const township = townshipScope(ctx);
    return ctx
      .loader<string, Inspection[]>('inspectionsByEntity', (ids) =>
        listPerParent(ctx.em, Inspection, township ? { townshipId: township } : undefined, 'entityId', ids, {
          limit: CHILD_LIST_LIMIT,
          orderBy: { inspectedOn: 'desc' },
        }),
      )
      .load(entity.id);
  }
}
