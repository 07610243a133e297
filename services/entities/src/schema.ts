import { type Context, defineSubgraph, requireBureau } from '@shian/subgraph-kit';
import { seedDemoData } from '../seeds/seed';
import { ENTITIES, Entity, License, Notice, Official, Township } from './entities';
import { officialInScope } from './resolvers/Official';
import { RESOLVERS } from './resolvers';

/**
 * References from other subgraphs: Entity and Township resolve for every signed-in caller, partners included,
 * because other subgraphs only hand out ids of records shared with the caller (a partner's case names its entity).
 * What hangs under them (licences, grades, 包保) stays in the caller's scope. The rest is the bureau's.
 */
export default defineSubgraph({
  name: 'entities',
  entities: ENTITIES,
  resolvers: RESOLVERS,
  references: {
    Entity: (ids, ctx) => ctx.em.find(Entity, { id: { $in: ids } }),
    Township: (ids, ctx) => ctx.em.find(Township, { id: { $in: ids } }),
    License: async (ids, ctx: Context) => {
      requireBureau(ctx);
      return ctx.em.find(License, { id: { $in: ids } });
    },
    Official: async (ids, ctx: Context) => {
      requireBureau(ctx);
      return (await ctx.em.find(Official, { id: { $in: ids } })).filter((o) => officialInScope(ctx, o));
    },
    Notice: async (ids, ctx: Context) => {
      requireBureau(ctx);
      return ctx.em.find(Notice, { id: { $in: ids } });
    },
  },
  seed: seedDemoData,
});
