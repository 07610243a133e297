import { isBureau } from '@shian/auth';
import { defineSubgraph, findByIds, serviceRoot } from '@shian/subgraph-kit';
import { ENTITIES, EntityRef, entityRef, TownshipRef, TrainingSession } from './entities';
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
    // As `trainingSession`: sessions are the district's, every bureau role sees them, partners none.
    TrainingSession: {
      load: (ids, ctx) => findByIds(ctx.em, TrainingSession, ids),
      visible: (_row: TrainingSession, ctx) => isBureau(ctx.identity),
    },
    // The stub is the key alone and reveals nothing; each field training adds to it applies the caller's scope.
    Entity: {
      load: async (ids) => ids.map(entityRef),
      visible: () => true,
    },
  },
  root: serviceRoot(import.meta.url),
});
