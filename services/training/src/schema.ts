import { type Context, defineSubgraph, requireBureau } from '@shian/subgraph-kit';
import { seedDemoData } from '../seeds/seed';
import { ENTITIES, EntityRef, TownshipRef, TrainingSession } from './entities';
import { RESOLVERS } from './resolvers';

/**
 * Training owns sessions, attendance, assessment batches and workshop upgrades; it adds fields to the entities
 * subgraph's Entity (resolvable here, by id alone) and points at its Township (not resolvable here).
 */
export default defineSubgraph({
  name: 'training',
  entities: ENTITIES,
  resolvers: RESOLVERS,
  orphanedTypes: [EntityRef, TownshipRef],
  references: {
    TrainingSession: async (ids, ctx: Context) => {
      requireBureau(ctx);
      return ctx.em.find(TrainingSession, { id: { $in: ids } });
    },
    Entity: async (ids) => ids.map((id) => ({ id })),
  },
  seed: seedDemoData,
});
