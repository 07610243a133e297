import { type Context, defineSubgraph, inScope } from '@shian/subgraph-kit';
import { seedDemoData } from '../seeds/seed';
import { __Name__Record, ENTITIES } from './entities';
import { RESOLVERS } from './resolvers';

/**
 * __label__ (__name__): owns __Name__Record, and points at the entities subgraph's Entity by key. References
 * resolve only inside the caller's township scope, like the lists.
 */
export default defineSubgraph({
  name: '__name__',
  entities: ENTITIES,
  resolvers: RESOLVERS,
  references: {
    __Name__Record: async (ids, ctx: Context) =>
      (await ctx.em.find(__Name__Record, { id: { $in: ids } })).filter((row) => inScope(ctx, row.townshipId)),
  },
  seed: seedDemoData,
});
