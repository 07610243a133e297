import { type EntityManager, type EntityName, type FilterQuery, type QueryOrderMap, Utils } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/libsql';

/** The EntityManagers of requests that run a query: what they load is read and answered, never changed or flushed. */
const readOnly = new WeakSet<EntityManager>();

/** Marks a request's EntityManager as serving a query (the runtime does, once the operation is known). */
export function markReadOnly(em: EntityManager): void {
  readOnly.add(em);
}

export const isReadOnly = (em: EntityManager): boolean => readOnly.has(em);

/**
 * Turns raw rows of `entityName` into entities. `em.map` registers each in the identity map and snapshots it for
 * change tracking, which was most of its cost (on the federated page, mapping the windowed samples was a fifth of
 * the sampling subgraph's CPU). A query changes nothing it loads, so there the rows go through MikroORM's own
 * hydrator (the same instances, types, references and collections) without being registered: an entity the
 * request already holds is still the one returned. Anywhere else (a mutation) it is `em.map`.
 */
export function rowMapper<T extends object>(
  em: EntityManager,
  entityName: EntityName<T>,
): (row: Record<string, unknown>) => T {
  if (!readOnly.has(em)) return (row) => em.map(entityName, row as never) as T;
  const meta = em.getMetadata().get(Utils.className(entityName));
  const driver = em.getDriver();
  const factory = em.getEntityFactory();
  const options = { merge: false, refresh: false, newEntity: false, initialized: true, convertCustomTypes: true };
  return (row) => factory.create<T>(meta.className, driver.mapResult(row as never, meta) as never, options) as T;
}

/**
 * What `em.find(entityName, where, { orderBy, limit, offset })` answers, for a query's EntityManager: the same
 * statement (MikroORM's query builder, which em.find uses too), its rows through `rowMapper`.
 */
export async function findReadOnly<T extends object>(
  em: EntityManager,
  entityName: EntityName<T>,
  where: FilterQuery<T>,
  window: { orderBy: QueryOrderMap<T>; limit: number; offset: number },
): Promise<T[]> {
  const rows = (await (em as SqlEntityManager)
    .createQueryBuilder(entityName)
    .select('*')
    .where(where)
    .orderBy(window.orderBy)
    .limit(window.limit, window.offset)
    .execute('all', false)) as Record<string, unknown>[];
  return rows.map(rowMapper(em, entityName));
}
