import { type Context, defineSubgraph } from '@shian/subgraph-kit';
import { seedDemoData } from '../seeds/seed';
import { requireCaseVisible } from './access';
import { Case, DisposalRef, ENTITIES, EntityRef, OpinionEventRef, TownshipRef } from './entities';
import { RESOLVERS } from './resolvers';

/**
 * Enforcement owns inspections, 双随机 draws, campaigns, cases (the `Case` type other subgraphs point at),
 * transfers, joint operations and seized items. It adds `cases` and `inspections` to the entities subgraph's
 * Entity, and points at sampling's Disposal and publicity's OpinionEvent by key.
 */
export default defineSubgraph({
  name: 'enforcement',
  entities: ENTITIES,
  resolvers: RESOLVERS,
  orphanedTypes: [EntityRef, TownshipRef, DisposalRef, OpinionEventRef],
  references: {
    // Another subgraph handing out a case id does not widen anyone's scope: the case resolves only if visible.
    Case: async (ids, ctx: Context) => {
      const rows = await ctx.em.find(Case, { id: { $in: ids } });
      const visible: Case[] = [];
      for (const row of rows) {
        try {
          await requireCaseVisible(ctx, row);
          visible.push(row);
        } catch {
          // out of scope: resolves to null, as an unknown id would
        }
      }
      return visible;
    },
    Entity: async (ids) => ids.map((id) => ({ id })),
  },
  seed: seedDemoData,
});
