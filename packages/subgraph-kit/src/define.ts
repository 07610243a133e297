import type { EntityManager } from '@mikro-orm/core';
import type { Context } from './context';

export interface SubgraphDefinition {
  /** The domain's name: folder under services/, name in the supergraph, key in @shian/platform's DOMAINS. */
  name: string;
  /** MikroORM entity classes (and embeddables) of this subgraph. */
  entities: Function[];
  /** type-graphql resolver classes. */
  resolvers: readonly Function[];
  /** Types reachable only through federation (e.g. a stub of another subgraph's entity that gains fields here). */
  orphanedTypes?: readonly Function[];
  /**
   * `__resolveReference` for each @key type this subgraph owns: given ids, the rows (in any order). The kit batches
   * every reference of one request into one call per type.
   */
  references?: Record<string, (ids: string[], ctx: Context) => Promise<object[]>>;
  /** Demo data, written into a fresh database inside one transaction. */
  seed?: (em: EntityManager) => Promise<void>;
  /** The service's folder (migrations/ and schema.graphql live there). Default: the working directory. */
  root?: string;
}

/** The one way to declare a subgraph; `src/schema.ts` of every service exports its result as default. */
export function defineSubgraph(definition: SubgraphDefinition): SubgraphDefinition {
  if (!/^[a-z][a-z0-9-]*$/.test(definition.name)) throw new Error(`invalid subgraph name: ${definition.name}`);
  return definition;
}
