import { defineSubgraph, inScope, requireBureau, serviceRoot } from '@shian/subgraph-kit';
import { RiskRecord, ENTITIES } from './entities';
import { RESOLVERS } from './resolvers';

/**
 * 风险与应急 (risk): owns RiskRecord, and points at the entities subgraph's Entity by key. References
 * resolve only inside the caller's township scope, like the lists (out of scope: null and FORBIDDEN).
 */
export default defineSubgraph({
  name: 'risk',
  entities: ENTITIES,
  resolvers: RESOLVERS,
  references: {
    RiskRecord: {
      load: (ids, ctx) => ctx.em.find(RiskRecord, { id: { $in: ids } }),
      visible: (row, ctx) => {
        requireBureau(ctx);
        return inScope(ctx, row.townshipId);
      },
    },
  },
  root: serviceRoot(import.meta.url),
});
