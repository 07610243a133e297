import { type Context, defineSubgraph, requireBureau } from '@shian/subgraph-kit';
import { seedDemoData } from '../seeds/seed';
import {
  Article,
  CaseRef,
  ENTITIES,
  EntityRef,
  OpinionEvent,
  OutreachEvent,
  PublicityWeek,
  TownshipRef,
} from './entities';
import { opinionScope } from './data';
import { RESOLVERS } from './resolvers';

/**
 * Publicity owns articles, public-opinion events (with their lifecycle), outreach events and publicity weeks. It
 * points at the entities subgraph's Entity and Township and at the enforcement subgraph's Case by id (not resolvable
 * here).
 */
export default defineSubgraph({
  name: 'publicity',
  entities: ENTITIES,
  resolvers: RESOLVERS,
  orphanedTypes: [CaseRef, EntityRef, TownshipRef],
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
