import { type Context, defineSubgraph, requireBureau } from '@shian/subgraph-kit';
import { seedDemoData } from '../seeds/seed';
import { Article, ENTITIES, EntityRef, OpinionEvent, OutreachEvent, PublicityWeek, TownshipRef } from './entities';
import { opinionScope } from './data';
import { RESOLVERS } from './resolvers';

/**
 * Publicity owns articles, public-opinion events (with their lifecycle), outreach events and publicity weeks. It
 * points at the entities subgraph's Entity and Township by id (not resolvable here); the enforcement case an event
 * led to is a plain `caseId` until the enforcement subgraph publishes `Case`.
 */
export default defineSubgraph({
  name: 'publicity',
  entities: ENTITIES,
  resolvers: RESOLVERS,
  orphanedTypes: [EntityRef, TownshipRef],
  references: {
    Article: async (ids, ctx: Context) => {
      requireBureau(ctx);
      return ctx.em.find(Article, { id: { $in: ids } });
    },
    OpinionEvent: async (ids, ctx: Context) =>
      ctx.em.find(OpinionEvent, { $and: [{ id: { $in: ids } }, opinionScope(ctx)] }),
    OutreachEvent: async (ids, ctx: Context) => {
      requireBureau(ctx);
      return ctx.em.find(OutreachEvent, { id: { $in: ids } });
    },
    PublicityWeek: async (ids, ctx: Context) => {
      requireBureau(ctx);
      return ctx.em.find(PublicityWeek, { id: { $in: ids } });
    },
  },
  seed: seedDemoData,
});
