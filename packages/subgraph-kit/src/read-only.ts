import {
  type EntityManager,
  type EntityMetadata,
  type EntityName,
  type EntityProperty,
  type FilterQuery,
  type QueryOrderMap,
  ReferenceKind,
  Utils,
  helper,
} from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/libsql';
import { runStatement, statementFor } from './compiled';

/** The EntityManagers of requests that run a query: what they load is read and answered, never changed or flushed. */
const readOnly = new WeakSet<EntityManager>();

/** Marks a request's EntityManager as serving a query (the runtime does, once the operation is known). */
export function markReadOnly(em: EntityManager): void {
  readOnly.add(em);
}

export const isReadOnly = (em: EntityManager): boolean => readOnly.has(em);

type Row = Record<string, unknown>;

/** How a query's rows of one entity type become entities without MikroORM's hydration (see `plainPlan`). */
interface PlainPlan {
  /** Inherits the entity's prototype, shadowing MikroORM's change-tracking setters with plain data properties. */
  prototype: object;
  primaryKey: string;
  /** Property, then how a non-null value is turned into the property's JavaScript value. */
  scalars: [string, ((value: unknown) => unknown) | undefined][];
  /** Property and the target's class name, for to-one relations held by their key. */
  references: [string, string][];
}

const plans = new WeakMap<EntityMetadata, PlainPlan | null>();

/**
 * What a query's rows of `meta` need, when its properties are all of the kinds MikroORM's hydrator treats simply:
 * scalars (converted as the hydrator converts them: custom types, booleans, dates) and owning to-one relations by a
 * single-column key, not wrapped in `Ref`. Anything else (collections, embeddables, inheritance, scalar or entity
 * references, composite keys, constructors MikroORM must run) answers null: such rows keep MikroORM's hydrator.
 */
function plainPlan(em: EntityManager, meta: EntityMetadata): PlainPlan | null {
  const known = plans.get(meta);
  if (known !== undefined) return known;
  const platform = em.getPlatform();
  const simple =
    !meta.embeddable &&
    !meta.virtual &&
    !meta.forceConstructor &&
    !meta.root.discriminatorColumn &&
    meta.primaryKeys.length === 1 &&
    !em.config.get('forceEntityConstructor') &&
    !em.config.get('forceUndefined') &&
    !em.getEventManager().hasListeners('onInit' as never, meta);
  const scalars: PlainPlan['scalars'] = [];
  const references: PlainPlan['references'] = [];
  let supported = simple;
  const prototype = Object.create(meta.class.prototype) as object;
  for (const prop of meta.props as EntityProperty[]) {
    if (!supported) break;
    if (prop.persist === false || !prop.fieldNames?.length) {
      // Not read from the row (the hydrator skips it too), unless it is a relation: those need MikroORM.
      if (prop.kind !== ReferenceKind.SCALAR) supported = false;
      continue;
    }
    if (prop.fieldNames.length > 1 || prop.ref || prop.embedded) {
      supported = false;
    } else if (prop.kind === ReferenceKind.SCALAR) {
      const type = prop.customType;
      let convert: ((value: unknown) => unknown) | undefined;
      if (type) convert = (value) => type.convertToJSValue(value, platform, { mode: 'serialization' } as never);
      else if (prop.runtimeType === 'boolean') convert = (value) => !!value;
      else if (prop.runtimeType === 'Date' && !platform.isNumericProperty(prop)) {
        // The hydrator's reading of a date (the row mapper has usually made it a Date already).
        const timezone = platform.getTimezone();
        const zoned = timezone && timezone !== 'local' ? timezone : undefined;
        convert = (value) => {
          if (value instanceof Date) return value;
          if (!zoned || typeof value === 'number') return new Date(value as string);
          const text = value as string;
          const explicit = text.includes('+') || text.lastIndexOf('-') > 10 || text.endsWith('Z');
          return new Date(explicit ? text : text + zoned);
        };
      }
      scalars.push([prop.name, convert]);
    } else if (
      (prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)) &&
      !prop.mapToPk &&
      !prop.customType &&
      prop.targetMeta?.primaryKeys.length === 1
    ) {
      references.push([prop.name, prop.targetMeta.className]);
    } else {
      supported = false;
    }
    // A plain data property here shadows the prototype's setter, so assigning the value stores it, nothing more.
    Object.defineProperty(prototype, prop.name, { value: undefined, writable: true, enumerable: false });
  }
  const plan = supported ? { prototype, primaryKey: meta.primaryKeys[0] as string, scalars, references } : null;
  plans.set(meta, plan);
  return plan;
}

/** The references a query's EntityManager handed out, by class and key: one instance per record, as MikroORM's. */
const referencesOf = new WeakMap<EntityManager, Map<string, Map<unknown, object>>>();

function referenceTo(em: EntityManager, className: string, key: unknown): object {
  let byClass = referencesOf.get(em);
  if (!byClass) {
    byClass = new Map();
    referencesOf.set(em, byClass);
  }
  let byKey = byClass.get(className);
  if (!byKey) {
    byKey = new Map();
    byClass.set(className, byKey);
  }
  let reference = byKey.get(key);
  if (!reference) {
    reference = em.getUnitOfWork().getById(className, key as never) as object | undefined;
    if (!reference) {
      // Like MikroORM's reference: an instance of the class holding only its key (a key has no tracking setter).
      const meta = em.getMetadata().get(className);
      reference = Object.create(meta.class.prototype) as Record<string, unknown>;
      (reference as Record<string, unknown>)[meta.primaryKeys[0] as string] = key;
      helper(reference).__initialized = false;
    }
    byKey.set(key, reference);
  }
  return reference;
}

/**
 * Turns raw rows of `entityName` into entities. `em.map` registers each in the identity map and snapshots it for
 * change tracking, which was most of its cost (on the federated page, mapping the windowed samples was a fifth of
 * the sampling subgraph's CPU). A query changes nothing it loads, so there the rows become instances of the entity's
 * class with their properties converted as MikroORM's hydrator converts them, and each to-one relation an instance
 * holding its key (one per record and request), none of them registered or tracked; an entity the request already
 * holds is still the one returned. Types the plain path does not cover go through MikroORM's own hydrator, also
 * unregistered. Anywhere else (a mutation) it is `em.map`.
 */
export function rowMapper<T extends object>(
  em: EntityManager,
  entityName: EntityName<T>,
): (row: Record<string, unknown>) => T {
  if (!readOnly.has(em)) return (row) => em.map(entityName, row as never) as T;
  const meta = em.getMetadata().get(Utils.className(entityName));
  const driver = em.getDriver();
  const plan = plainPlan(em, meta);
  const factory = em.getEntityFactory();
  const options = { merge: false, refresh: false, newEntity: false, initialized: true, convertCustomTypes: true };
  if (!plan) {
    return (row) => factory.create<T>(meta.className, driver.mapResult(row as never, meta) as never, options) as T;
  }
  const unitOfWork = em.getUnitOfWork();
  const { prototype, primaryKey, scalars, references } = plan;
  return (row) => {
    const data = driver.mapResult(row as never, meta) as Row;
    const held = unitOfWork.getById(meta.className, data[primaryKey] as never);
    // What the request holds is what it gets; a reference it holds (only a key) is filled by MikroORM, as before.
    if (held)
      return (helper(held).__initialized ? held : factory.create<T>(meta.className, data as never, options)) as T;
    const entity = Object.create(prototype) as Row;
    for (const [name, convert] of scalars) {
      const value = data[name];
      if (value === undefined) continue;
      entity[name] = value === null || !convert ? value : convert(value);
    }
    for (const [name, className] of references) {
      const key = data[name];
      if (key === undefined) continue;
      entity[name] = key === null ? null : referenceTo(em, className, key);
    }
    return entity as T;
  };
}

/**
 * What `em.find(entityName, where, { orderBy, limit, offset })` answers, for a query's EntityManager: the same
 * statement (MikroORM's query builder, which em.find uses too), its rows through `rowMapper`. The statement is
 * written once per shape of the filter and order (`statementFor`), the window and the filter's values bound; a
 * filter no shape stands for, or one that joins a to-many relation (whose window MikroORM writes otherwise), is
 * built each time.
 */
export async function findReadOnly<T extends object>(
  em: EntityManager,
  entityName: EntityName<T>,
  where: FilterQuery<T>,
  window: { orderBy: QueryOrderMap<T>; limit: number; offset: number },
): Promise<T[]> {
  const sql = em as SqlEntityManager;
  const statement = statementFor(em, entityName, where, `find ${JSON.stringify(window.orderBy)}`, (shape) => {
    const qb = sql.createQueryBuilder(entityName).select('*').where(shape).orderBy(window.orderBy);
    // The method is private in MikroORM's types only.
    if ((qb as unknown as { hasToManyJoins(): boolean }).hasToManyJoins()) return null;
    return qb.getKnexQuery().toSQL();
  });
  const rows = statement
    ? await runStatement(em, {
        sql: `${statement.sql} limit ? offset ?`,
        bindings: [...statement.bindings, window.limit, window.offset],
      })
    : ((await sql
        .createQueryBuilder(entityName)
        .select('*')
        .where(where)
        .orderBy(window.orderBy)
        .limit(window.limit, window.offset)
        .execute('all', false)) as Record<string, unknown>[]);
  return rows.map(rowMapper(em, entityName));
}

/**
 * The records of `entityName` whose primary key is one of `ids` (a DataLoader's batch, a reference's): what
 * `em.find(entityName, { <key>: { $in: ids } })` answers. In a query, the statement em.find issues for it
 * (`select b0.* from book as b0 where b0.id in (…)`) is written here, without MikroORM's query builder and
 * knex, which cost more than reading the rows; its rows go through `rowMapper`. Anywhere else (a mutation), and for
 * types the plain path does not cover, it is `em.find`.
 */
export async function findByIds<T extends object>(
  em: EntityManager,
  entityName: EntityName<T>,
  ids: readonly (string | number)[],
): Promise<T[]> {
  const meta = em.getMetadata().get(Utils.className(entityName));
  const key = meta.primaryKeys[0] as string;
  if (!readOnly.has(em) || meta.schema || !plainPlan(em, meta)) {
    return em.find(entityName, { [key]: { $in: [...ids] } } as FilterQuery<T>);
  }
  if (ids.length === 0) return [];
  const quote = (name: string) => em.getPlatform().quoteIdentifier(name);
  const column = meta.properties[key as keyof typeof meta.properties]?.fieldNames[0] as string;
  // The query builder's alias: the class's initial and 0.
  const alias = quote(`${meta.className.charAt(0).toLowerCase()}0`);
  const sql =
    `select ${alias}.* from ${quote(meta.tableName)} as ${alias} ` +
    `where ${alias}.${quote(column)} in (${ids.map(() => '?').join(', ')})`;
  // Bound, not written into the text: one prepared statement per number of ids.
  const rows = await runStatement(em, { sql, bindings: ids });
  return rows.map(rowMapper(em, entityName));
}
