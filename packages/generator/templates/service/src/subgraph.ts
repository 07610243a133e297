import { defineSubgraph, inScope, requireBureau, serviceRoot } from '@shian/subgraph-kit';
import { __Name__Record, ENTITIES } from './entities';
import { RESOLVERS } from './resolvers';

/**
 * __label__ (__name__): owns __Name__Record, and points at the entities subgraph's Entity by key. References
 * resolve only inside the caller's township scope, like the lists (out of scope: null and FORBIDDEN).
 */
export default defineSubgraph({
  name: '__name__',
  entities: ENTITIES,
  resolvers: RESOLVERS,
  references: {
    __Name__Record: {
      load: (ids, ctx) => ctx.em.find(__Name__Record, { id: { $in: ids } }),
      visible: (row, ctx) => {
        requireBureau(ctx);
        return inScope(ctx, row.townshipId);
      },
    },
  },
  root: serviceRoot(import.meta.url),
});
