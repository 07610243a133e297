import { randomUUID } from 'node:crypto';
import {
  type EntityManager,
  type EntityMetadata,
  type EntityName,
  type EntityProperty,
  type FilterQuery,
  type Platform,
  ReferenceKind,
  Utils,
} from '@mikro-orm/core';
// Both SQL drivers share @mikro-orm/knex's entity manager; libsql re-exports its type.
import type { SqlEntityManager } from '@mikro-orm/libsql';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { tracingStarted } from '@shian/telemetry';
import { PREPARED_STATEMENTS_PER_CONNECTION } from './orm';

/** A statement's text with `?` placeholders and its values (strings, numbers, booleans, null), bound as they are. */
export interface Statement {
  sql: string;
  bindings: readonly unknown[];
}

/** A statement kept for a filter's shape: its text and, per placeholder, the filter's value (by index) or a constant. */
interface Template {
  sql: string;
  slots: readonly (number | { constant: unknown })[];
}

/** Shapes kept per database (platform); past it the cache starts over (shapes are few: one per list and filter set). */
export const TEMPLATES_PER_DATABASE = 1000;

const templates = new WeakMap<Platform, Map<string, Template | null>>();

const LOGICAL = new Set(['$and', '$or']);
/** Operators whose SQL does not depend on their value; `$in`/`$nin` write one placeholder per element. */
const COMPARISONS = new Set(['$eq', '$ne', '$gt', '$gte', '$lt', '$lte', '$like', '$in', '$nin']);

/**
 * Whether a filter on `name` compares a column with its value as given: a scalar or an owning to-one relation's
 * key, one column, no custom type (MikroORM would convert such a value; a shape never converts anything).
 */
function comparable(meta: EntityMetadata, name: string): boolean {
  const prop = meta.properties[name as keyof typeof meta.properties] as EntityProperty | undefined;
  if (!prop || prop.persist === false || prop.formula || prop.customType || prop.embedded) return false;
  if (prop.fieldNames?.length !== 1) return false;
  if (prop.kind === ReferenceKind.SCALAR) return true;
  if (prop.kind !== ReferenceKind.MANY_TO_ONE && !(prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)) return false;
  const target = prop.targetMeta;
  if (target?.primaryKeys.length !== 1) return false;
  const key = target.properties[target.primaryKeys[0] as keyof typeof target.properties] as EntityProperty;
  return !key.customType;
}

const isPlain = (value: unknown): value is Record<string, unknown> => {
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/**
 * A filter's shape: its structure with each string or number replaced by a slot (pushed to `values`, and replaced
 * by `standIn(index)` in the copy returned), booleans and nulls kept (they change the SQL). Undefined when the filter
 * holds anything a shape cannot stand for: relations filtered by their own properties, custom types, raw fragments,
 * dates, entities, other operators.
 */
function shapeOf(
  meta: EntityMetadata,
  where: unknown,
  values: unknown[],
  standIn: (index: number) => unknown,
): { key: string; copy: unknown } | undefined {
  if (!isPlain(where)) return undefined;
  let key = '{';
  const copy: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(where)) {
    if (value === undefined) continue;
    let part: { key: string; copy: unknown } | undefined;
    if (LOGICAL.has(name)) {
      if (!Array.isArray(value)) return undefined;
      const items: unknown[] = [];
      let keys = '';
      for (const item of value) {
        const shaped = shapeOf(meta, item, values, standIn);
        if (!shaped) return undefined;
        keys += `${shaped.key},`;
        items.push(shaped.copy);
      }
      part = { key: `[${keys}]`, copy: items };
    } else if (name === '$not') {
      part = shapeOf(meta, value, values, standIn);
    } else if (comparable(meta, name)) {
      part = valueShape(value, values, standIn);
    }
    if (!part) return undefined;
    key += `${JSON.stringify(name)}:${part.key},`;
    copy[name] = part.copy;
  }
  return { key: `${key}}`, copy };
}

function leafShape(value: unknown, values: unknown[], standIn: (index: number) => unknown) {
  if (typeof value === 'string' || typeof value === 'number') {
    values.push(value);
    return { key: '?', copy: standIn(values.length - 1) };
  }
  if (value === null || typeof value === 'boolean') return { key: String(value), copy: value };
  return undefined;
}

function valueShape(
  value: unknown,
  values: unknown[],
  standIn: (index: number) => unknown,
): { key: string; copy: unknown } | undefined {
  if (!isPlain(value)) return leafShape(value, values, standIn);
  let key = '{';
  const copy: Record<string, unknown> = {};
  for (const [operator, operand] of Object.entries(value)) {
    if (operand === undefined) continue;
    if (!COMPARISONS.has(operator)) return undefined;
    let part: { key: string; copy: unknown } | undefined;
    if (operator === '$in' || operator === '$nin') {
      if (!Array.isArray(operand)) return undefined;
      const items: unknown[] = [];
      for (const item of operand) {
        if (typeof item !== 'string' && typeof item !== 'number') return undefined;
        values.push(item);
        items.push(standIn(values.length - 1));
      }
      part = { key: `[${operand.length}]`, copy: items };
    } else {
      part = leafShape(operand, values, standIn);
    }
    if (!part) return undefined;
    key += `${operator}:${part.key},`;
    copy[operator] = part.copy;
  }
  return { key: `${key}}`, copy };
}

const bindable = (value: unknown) =>
  value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/**
 * Writes the statement once with stand-ins in place of the filter's values and finds where each lands among its
 * bindings. Null (never cached as such: the caller's builder runs each time) when the text is not one placeholder
 * per binding, a stand-in was changed or dropped or written into the text, a constant cannot be bound as it is,
 * or the builder declines (answers null).
 */
function compile(
  copy: unknown,
  count: number,
  nonce: string,
  build: (where: never) => { sql: string; bindings: readonly unknown[] } | null,
): Template | null {
  const written = build(copy as never);
  if (!written) return null;
  const { sql, bindings } = written;
  if (sql.includes(nonce) || sql.split('?').length - 1 !== bindings.length) return null;
  const seen = new Array<boolean>(count).fill(false);
  const slots: Template['slots'][number][] = [];
  for (const binding of bindings) {
    if (typeof binding === 'string' && binding.startsWith(nonce)) {
      const index = Number(binding.slice(nonce.length));
      if (!Number.isInteger(index) || index < 0 || index >= count) return null;
      seen[index] = true;
      slots.push(index);
    } else if (bindable(binding)) {
      slots.push({ constant: binding });
    } else return null;
  }
  return seen.every(Boolean) ? { sql, slots } : null;
}

/**
 * The statement `build` writes for `where` (through MikroORM's query builder and knex, which cost more than running
 * the statement on the federated page), written once per shape of the filter (its properties, operators, the number
 * of values in a list; see `shapeOf`) and `purpose` (what else the builder puts in the text: order, columns), then
 * reused with each request's values bound. The filter is the caller's whole where, scope included: nothing of it
 * is dropped, only its values are moved from the text to the bindings. Null when no shape stands for the filter, or
 * its statement does not take the values as plain bindings: the caller then builds and runs it as before.
 */
export function statementFor<T extends object>(
  em: EntityManager,
  entityName: EntityName<T>,
  where: FilterQuery<T>,
  purpose: string,
  build: (where: FilterQuery<T>) => { sql: string; bindings: readonly unknown[] } | null,
): Statement | null {
  const meta = em.getMetadata().get(Utils.className(entityName));
  const values: unknown[] = [];
  const nonce = `shian-stand-in-${randomUUID()}-`;
  const shape = shapeOf(meta, where, values, (index) => `${nonce}${index}`);
  if (!shape) return null;
  const platform = em.getPlatform();
  let cache = templates.get(platform);
  if (!cache) {
    cache = new Map();
    templates.set(platform, cache);
  }
  const key = `${meta.className}\n${purpose}\n${shape.key}`;
  let template = cache.get(key);
  if (template === undefined) {
    template = compile(shape.copy, values.length, nonce, build as never);
    if (cache.size >= TEMPLATES_PER_DATABASE) cache.clear();
    cache.set(key, template);
  }
  if (!template) return null;
  return {
    sql: template.sql,
    bindings: template.slots.map((slot) => (typeof slot === 'number' ? values[slot] : slot.constant)),
  };
}

/** libsql's statement and connection, as the SQLite pool's driver makes them. */
interface SqliteStatement {
  raw(toggle: boolean): SqliteStatement;
  all(bindings: readonly unknown[]): unknown[][];
  columns(): { name: string }[];
}

interface SqliteDatabase {
  exec(sql: string): unknown;
  prepare(sql: string): SqliteStatement;
  close(): void;
}

/** knex's libsql client, as far as the reader needs it: the driver it opens connections with, and its settings. */
export interface SqliteClient {
  driver: new (filename: string, options: object) => SqliteDatabase;
  connectionSettings: { filename?: string };
  destroy(...args: unknown[]): Promise<unknown>;
}

/** A connection of the kit's own that only runs queries' statements, each prepared once, in array mode. */
interface Reader {
  database: SqliteDatabase;
  statements: Map<string, { statement: SqliteStatement; columns: string[] }>;
}

const readers = new WeakMap<SqliteClient, Reader | null>();

/**
 * The reader of a SQLite file, opened beside knex's pool on first use and closed with it. The pool has one
 * connection, lent per statement through tarn (a pending operation and a timer each), which cost more than reading
 * the rows of a page; a query outside a transaction needs none of that: on its own connection it reads the file's
 * last committed state (WAL), as the pool's would, and a write in progress elsewhere no longer holds it up. An
 * in-memory database has no file to open twice: null, and its reads stay on the pool.
 */
export function readerOf(client: SqliteClient): Reader | null {
  let reader = readers.get(client);
  if (reader !== undefined) return reader;
  const filename = client.connectionSettings.filename;
  if (!filename || filename === ':memory:' || filename.startsWith('file::memory:')) {
    readers.set(client, null);
    return null;
  }
  const database = new client.driver(filename, {});
  database.exec('pragma busy_timeout = 5000');
  reader = { database, statements: new Map() };
  readers.set(client, reader);
  const destroy = client.destroy.bind(client);
  client.destroy = (...args: unknown[]) => {
    readers.set(client, null);
    database.close();
    return destroy(...args);
  };
  return reader;
}

/**
 * A statement's rows as objects keyed by column, read as arrays (libsql makes each row an object through its native
 * bindings, per column, which cost more than making it here).
 */
function readRows(reader: Reader, sql: string, bindings: readonly unknown[]): Record<string, unknown>[] {
  let prepared = reader.statements.get(sql);
  if (!prepared) {
    if (reader.statements.size >= PREPARED_STATEMENTS_PER_CONNECTION) reader.statements.clear();
    const statement = reader.database.prepare(sql).raw(true);
    prepared = { statement, columns: statement.columns().map((column) => column.name) };
    reader.statements.set(sql, prepared);
  }
  const { statement, columns } = prepared;
  const arrays = statement.all(bindings);
  const rows: Record<string, unknown>[] = new Array(arrays.length);
  for (let i = 0; i < arrays.length; i++) {
    const values = arrays[i] as unknown[];
    const row: Record<string, unknown> = {};
    for (let c = 0; c < columns.length; c++) row[columns[c] as string] = values[c];
    rows[i] = row;
  }
  return rows;
}

/**
 * Runs a statement, logged as MikroORM logs its own (statement counts in tests read the log), in the request's
 * transaction if it has one. Its values go to the driver as bindings (MikroORM's `execute` writes them into the
 * text), so the text, the same for every request of its shape, stays prepared on the connection (orm.ts). SQLite
 * gets whole numbers as integers: libsql binds a JavaScript number as a real, which compares unlike the integer
 * MikroORM writes (a text column holding '5' equals 5, not 5.0), and outside a transaction its rows from the
 * file's reader (`readerOf`).
 */
export async function runStatement(em: EntityManager, statement: Statement): Promise<Record<string, unknown>[]> {
  const connection = (em as SqlEntityManager).getConnection();
  const transaction = em.getTransactionContext();
  const sqlite = em.config.get('driver') !== PostgreSqlDriver;
  const bindings = sqlite
    ? statement.bindings.map((value) =>
        typeof value === 'boolean' || Number.isSafeInteger(value) ? BigInt(value as number) : value,
      )
    : [...statement.bindings];
  // MikroORM's own run, less its writing of the values into the text (`execute`); its methods are protected in
  // its types only.
  const runner = connection as unknown as {
    ensureConnection(): Promise<void>;
    executeQuery<R>(query: string, run: () => Promise<R>, context: object): Promise<R>;
    getSql(query: string, formatted: string): string;
    transformRawResult<R>(result: unknown, method: 'all'): R;
  };
  await runner.ensureConnection();
  const logging = em.config.getLogger().isEnabled('query');
  // A transaction runs on its own connection, which knex holds: its statements go through knex.
  const reader = sqlite && !transaction ? readerOf(connection.getKnex().client as never) : null;
  // Neither logged nor traced (telemetry's statement spans are made from MikroORM's report of each statement), a
  // read is only the read: MikroORM's wrapper would time it for a report nobody hears.
  if (reader && !logging && !tracingStarted()) return readRows(reader, statement.sql, bindings);
  const logged = logging
    ? runner.getSql(statement.sql, em.getPlatform().formatQuery(statement.sql, [...statement.bindings]))
    : statement.sql;
  return runner.executeQuery(
    logged,
    async () => {
      if (reader) return readRows(reader, statement.sql, bindings);
      const query = connection.getKnex().raw(statement.sql, bindings as never);
      if (transaction) query.transacting(transaction);
      return runner.transformRawResult<Record<string, unknown>[]>(await query, 'all');
    },
    { query: statement.sql, params: statement.bindings },
  );
}
