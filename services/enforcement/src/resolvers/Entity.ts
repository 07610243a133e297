import { type Context, groupBy, townshipScope } from '@shian/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { caseScope } from '../access';
import { Case, EntityRef, Inspection } from '../entities';

/**
 * What enforcement adds to the entities subgraph's Entity: its cases and inspections, newest first. One statement
 * per field for all entities of a request, and the caller's scope kept (a partner sees only the cases shared with
 * it; inspections are the bureau's).
 */
@Resolver(() => EntityRef)
export class EntityEnforcementResolver {
  @FieldResolver(() => [Case], { description: '该主体的案件(执法办案子图提供,在本人权限范围内)' })
  async cases(@Root() entity: EntityRef, @Ctx() ctx: Context) {
    const scope = await caseScope(ctx);
    return ctx
      .loader<string, Case[]>('casesByEntity', async (ids) => {
        const rows = await ctx.em.find(
          Case,
          { $and: [scope, { entityId: { $in: [...ids] } }] },
          { orderBy: { receivedOn: 'desc', id: 'asc' } },
        );
        return groupBy(rows, (row) => row.entityId, ids);
      })
      .load(entity.id);
  }

  @FieldResolver(() => [Inspection], { description: '该主体接受的监督检查(执法办案子图提供)' })
  inspections(@Root() entity: EntityRef, @Ctx() ctx: Context) {
    const township = townshipScope(ctx);
    return ctx
      .loader<string, Inspection[]>('inspectionsByEntity', async (ids) => {
        const rows = await ctx.em.find(
          Inspection,
          township ? { entityId: { $in: [...ids] }, townshipId: township } : { entityId: { $in: [...ids] } },
          { orderBy: { inspectedOn: 'desc', id: 'asc' } },
        );
        return groupBy(rows, (row) => row.entityId, ids);
      })
      .load(entity.id);
  }
}
