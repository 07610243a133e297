import { defineSubgraph, inScope, requireBureau } from '@shian/subgraph-kit';
import { seedDemoData } from '../seeds/seed';
import { ConsumerRequest, Disposal, ENTITIES, entityRef, Sample, SamplingPlan, townshipRef } from './entities';
import { RESOLVERS } from './resolvers';

/**
 * Entity and Township belong to the entities subgraph; here they are keys that gain `samples`, so their references
 * are the keys themselves. This subgraph's own types resolve for the bureau, samples within the caller's scope.
 */
export default defineSubgraph({
  name: 'sampling',
  entities: ENTITIES,
  resolvers: RESOLVERS,
  references: {
    Entity: async (ids) => ids.map(entityRef),
    Township: async (ids) => ids.map(townshipRef),
    Sample: async (ids, ctx) => {
      requireBureau(ctx);
      return (await ctx.em.find(Sample, { id: { $in: ids } })).filter((sample) => inScope(ctx, sample.townshipId));
    },
    SamplingPlan: async (ids, ctx) => {
      requireBureau(ctx);
      return ctx.em.find(SamplingPlan, { id: { $in: ids } });
    },
    Disposal: async (ids, ctx) => {
      requireBureau(ctx);
      return ctx.em.find(Disposal, { id: { $in: ids } });
    },
    ConsumerRequest: async (ids, ctx) => {
      requireBureau(ctx);
      return ctx.em.find(ConsumerRequest, { id: { $in: ids } });
    },
  },
  seed: seedDemoData,
});
