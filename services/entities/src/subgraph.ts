import { defineSubgraph, findByIds, inScope, serviceRoot } from '@shian/subgraph-kit';
import { ENTITIES, Entity, License, Notice, Official, Township } from './entities';
import { officialInScope } from './resolvers/Official';
import { RESOLVERS } from './resolvers';
import { entityVisible, townshipVisible } from './scope';
import { photoStoreProblems } from './villages/photo-store';

/**
 * References resolve under the same rule as each type's root query: `_entities` is reachable by anyone who can reach
 * the subgraph, and a partner's case naming a business does not make that business's register entry theirs.
 */
export default defineSubgraph({
  name: 'entities',
  entities: ENTITIES,
  resolvers: RESOLVERS,
  references: {
    Entity: {
      load: (ids, ctx) => findByIds(ctx.em, Entity, ids),
      visible: (entity: Entity, ctx) => entityVisible(ctx, entity),
    },
    Township: {
      load: (ids, ctx) => findByIds(ctx.em, Township, ids),
      visible: (township: Township, ctx) => townshipVisible(ctx, township.id),
    },
    // A licence is reached only under its business (Entity.licenses), so it follows the business's township.
    License: {
      load: (ids, ctx) => ctx.em.find(License, { id: { $in: ids } }, { populate: ['entity'] }),
      visible: (license: License, ctx) => inScope(ctx, license.entity.township.id),
    },
    Official: {
      load: (ids, ctx) => findByIds(ctx.em, Official, ids),
      visible: (official: Official, ctx) => officialInScope(ctx, official),
    },
    Notice: {
      load: (ids, ctx) => findByIds(ctx.em, Notice, ids),
      visible: (notice: Notice, ctx) => inScope(ctx, notice.township.id),
    },
  },
  root: serviceRoot(import.meta.url),
  // Village reports' photos: production refuses to start without a store it can write (S3 or a mounted directory).
  productionSettings: photoStoreProblems,
});
