import {
  type Context,
  defineSubgraph,
  findByIds,
  inScope,
  type ReferenceResolver,
  requireBureau,
  serviceRoot,
  townshipScope,
} from '@shian/subgraph-kit';
import {
  ConsumerRequest,
  Disposal,
  ENTITIES,
  type EntityRef,
  entityRef,
  Sample,
  SamplingPlan,
  townshipRef,
} from './entities';
import { RESOLVERS } from './resolvers';

/** District-wide records (plans, 你点我检, township names): every bureau user's, no partner's. */
const bureauOnly = (_row: object, ctx: Context) => {
  requireBureau(ctx);
  return true;
};

/**
 * Entity is the entities subgraph's: a township officer's stub resolves only for a business that subgraph shows
 * them (asked once per request, through the gateway with their own token), as `entity(id)` would. Callers who see
 * every township need no question; partners see nothing of the register.
 */
const entityStub: ReferenceResolver<EntityRef & { townshipId?: string | null }> = {
  async load(ids, ctx) {
    requireBureau(ctx);
    if (townshipScope(ctx) === undefined) return ids.map(entityRef);
    const found = await ctx.entities.lookup(ids, ctx);
    // The directory does not tell unknown from out of scope; both are refused (null township), never resolved.
    return ids.map((id) => Object.assign(entityRef(id), { townshipId: found.get(id)?.townshipId ?? null }));
  },
  visible: (stub, ctx) =>
    stub.townshipId === undefined ? bureauOnly(stub, ctx) : stub.townshipId !== null && inScope(ctx, stub.townshipId),
};

/**
 * This subgraph's own types resolve under the same rule as their root queries; Entity and Township are keys that
 * gain `samples` here, and those fields apply the caller's scope themselves.
 */
export default defineSubgraph({
  name: 'sampling',
  entities: ENTITIES,
  resolvers: RESOLVERS,
  references: {
    Entity: entityStub,
    Township: {
      load: async (ids) => ids.map(townshipRef),
      visible: bureauOnly,
    },
    Sample: {
      load: (ids, ctx) => findByIds(ctx.em, Sample, ids),
      visible: (sample: Sample, ctx) => inScope(ctx, sample.townshipId),
    },
    SamplingPlan: {
      load: (ids, ctx) => findByIds(ctx.em, SamplingPlan, ids),
      visible: bureauOnly,
    },
    // A disposal is on the board of its sample's township.
    Disposal: {
      load: (ids, ctx) => ctx.em.find(Disposal, { id: { $in: ids } }, { populate: ['sample'] }),
      visible: (disposal: Disposal, ctx) => inScope(ctx, disposal.sample.townshipId),
    },
    ConsumerRequest: {
      load: (ids, ctx) => findByIds(ctx.em, ConsumerRequest, ids),
      visible: bureauOnly,
    },
  },
  root: serviceRoot(import.meta.url),
});
