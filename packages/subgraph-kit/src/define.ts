import type { EntityManager } from '@mikro-orm/core';
import type { UnsafeSetting } from '@shian/auth';
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
   * `__resolveReference` for each @key type this subgraph resolves. The kit batches every reference of one request
   * into one `load` per type, and resolves a row the caller may not see to null with a FORBIDDEN error.
   */
  references?: Record<string, ReferenceResolver<any>>;
  /** Demo data, written into a fresh database inside one transaction. */
  seed?: (em: EntityManager) => Promise<void>;
  /** The service's folder (migrations/ and schema.graphql live there). Default: the working directory. */
  root?: string;
  /**
   * The subgraph's own production settings that are wrong or missing (e.g. where entities keeps photos), each naming
   * the variable to fix. Asked only when NODE_ENV=production, by `serve` before anything is opened, together with the
   * platform's own checks: a setting a feature needs is refused at start, not discovered at its first request.
   */
  productionSettings?: (env: NodeJS.ProcessEnv) => UnsafeSetting[];
}

/**
 * How one @key type resolves from a reference. `_entities` is reachable by anyone who can reach the subgraph, so
 * the scope is not optional: `visible` applies the same rule as the type's root query.
 */
export interface ReferenceResolver<T extends object> {
  /** The rows with these ids, in any order; ids with no row are simply left out (they resolve to null). */
  load(ids: string[], ctx: Context): Promise<T[]>;
  /**
   * Whether the caller may see this row (throwing, e.g. `requireBureau`, refuses every row). A row it may not see
   * resolves to null with FORBIDDEN, never to the record.
   */
  visible(row: T, ctx: Context): boolean | Promise<boolean>;
}

/** The one way to declare a subgraph; `src/schema.ts` of every service exports its result as default. */
export function defineSubgraph(definition: SubgraphDefinition): SubgraphDefinition {
  if (!/^[a-z][a-z0-9-]*$/.test(definition.name)) throw new Error(`invalid subgraph name: ${definition.name}`);
  return definition;
}
