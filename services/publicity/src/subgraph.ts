import { isBureau } from '@shian/auth';
import { type Context, defineSubgraph, findByIds, serviceRoot } from '@shian/subgraph-kit';
import { opinionVisible } from './data';
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
import { RESOLVERS } from './resolvers';

/** The district's own publicity records: every bureau role sees them (as their root queries), partners none. */
const bureauOnly = (_row: object, ctx: Context) => isBureau(ctx.identity);

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
    Article: { load: (ids, ctx) => findByIds(ctx.em, Article, ids), visible: bureauOnly },
    OpinionEvent: {
      load: (ids, ctx) => findByIds(ctx.em, OpinionEvent, ids),
      visible: (row: OpinionEvent, ctx) => opinionVisible(ctx, row),
    },
    OutreachEvent: { load: (ids, ctx) => findByIds(ctx.em, OutreachEvent, ids), visible: bureauOnly },
    PublicityWeek: { load: (ids, ctx) => findByIds(ctx.em, PublicityWeek, ids), visible: bureauOnly },
  },
  root: serviceRoot(import.meta.url),
});
