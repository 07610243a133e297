import { isBureau } from '@shian/auth';
import { defineSubgraph, findByIds, serviceRoot } from '@shian/subgraph-kit';
import { caseVisible } from './access';
import {
  Case,
  DisposalRef,
  ENTITIES,
  EntityRef,
  entityRef,
  OpinionEventRef,
  opinionEventRef,
  TownshipRef,
} from './entities';
import { RESOLVERS } from './resolvers';

/**
 * Enforcement owns inspections, 双随机 draws, campaigns, cases (the `Case` type other subgraphs point at),
 * transfers, joint operations and seized items. It adds `cases` and `inspections` to the entities subgraph's
 * Entity and `cases` to publicity's OpinionEvent, and points at sampling's Disposal by key.
 */
export default defineSubgraph({
  name: 'enforcement',
  entities: ENTITIES,
  resolvers: RESOLVERS,
  orphanedTypes: [EntityRef, TownshipRef, DisposalRef, OpinionEventRef],
  references: {
    // Another subgraph handing out a case id does not widen anyone's scope: the case resolves only if visible.
    Case: {
      load: (ids, ctx) => findByIds(ctx.em, Case, ids),
      visible: (row: Case, ctx) => caseVisible(ctx, row),
    },
    // The stub is the key alone and reveals nothing; each field enforcement adds to it applies the caller's scope.
    Entity: {
      load: async (ids) => ids.map(entityRef),
      visible: () => true,
    },
    // Opinion events are the bureau's (publicity refuses anyone else): outside the bureau the stub is refused too.
    OpinionEvent: {
      load: async (ids) => ids.map(opinionEventRef),
      visible: (_row, ctx) => isBureau(ctx.identity),
    },
  },
  root: serviceRoot(import.meta.url),
});
