/**
 * Writes that stay whole under retries and concurrency: one transaction per write (`inTransaction`), creates that
 * an idempotency key makes safe to send again (`idempotent`), and record numbers from a counter that two writers
 * can never both get (`nextInSequence`). The two tables behind them belong to the kit, not to a service: they are
 * created by `migrateDatabase` (beside the service's own migrations, like `shian_seed`), the same in every subgraph.
 */
import { createHash } from 'node:crypto';
import {
  type EntityManager,
  type Connection as OrmConnection,
  UniqueConstraintViolationException,
  wrap,
} from '@mikro-orm/core';
import type { GraphQLFieldResolver } from 'graphql';
import { AUDIT_DROP_STATEMENTS, auditedMutation, auditTableStatements } from './audit';
import type { Context } from './context';
import { clientError, conflict, notFound, userInputError } from './errors';

const SEQUENCE_TABLE = 'shian_sequence';
const IDEMPOTENCY_TABLE = 'shian_idempotency';
export const KIT_TABLE_NAMES = [SEQUENCE_TABLE, IDEMPOTENCY_TABLE];

// Plain SQL both dialects accept. A later change to these tables is another `create … if not exists` or an
// `alter table` here, run by every service's `migrate`.
const KIT_TABLES = [
  `create table if not exists ${SEQUENCE_TABLE} (name varchar(200) primary key, value bigint not null)`,
  `create table if not exists ${IDEMPOTENCY_TABLE} (
    caller varchar(100) not null,
    idem_key varchar(300) not null,
    operation varchar(100) not null,
    fingerprint varchar(64) not null,
    result text null,
    created_at varchar(40) not null,
    primary key (caller, idem_key))`,
];

/** Which SQL dialect a connection speaks. */
export const dialectOf = (connection: OrmConnection) =>
  /postgre/i.test(connection.getPlatform().constructor.name) ? 'postgresql' : 'sqlite';

/** The kit's tables, the audit trail's among them (audit.ts: its table, indexes and append-only triggers). */
export async function createKitTables(connection: OrmConnection): Promise<void> {
  for (const sql of [...KIT_TABLES, ...auditTableStatements(dialectOf(connection))]) await connection.execute(sql);
}

export async function dropKitTables(connection: OrmConnection): Promise<void> {
  for (const table of [SEQUENCE_TABLE, IDEMPOTENCY_TABLE]) await connection.execute(`drop table if exists ${table}`);
  for (const sql of AUDIT_DROP_STATEMENTS[dialectOf(connection)]) await connection.execute(sql);
}

/** How long an `Idempotency-Key` may be, and what it may contain (a UUID is the usual choice). */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,300}$/;

const run = (em: EntityManager, sql: string, params: unknown[] = []) =>
  em.getConnection().execute(sql, params, 'all', em.getTransactionContext()) as Promise<Record<string, unknown>[]>;

/**
 * Runs `write` in one transaction on the request's EntityManager: everything it reads and writes through `ctx.em`
 * (and its `flush`) commits together or not at all. Inside a transaction already, it simply runs. A write that
 * makes more than one row (a record and its history, a counter and its record) goes through here, or through
 * `idempotent`, which calls this.
 */
export async function inTransaction<T>(ctx: Pick<Context, 'em'>, write: () => Promise<T>): Promise<T> {
  const em = ctx.em;
  if (em.isInTransaction()) return write();
  await em.begin();
  try {
    const result = await write();
    await em.commit();
    return result;
  } catch (error) {
    await em.rollback();
    throw error;
  }
}

/**
 * The next number of a series (`巴州市监罚立〔2024〕` → 120), from a counter row incremented in the caller's
 * transaction: concurrent writers wait on the row (PostgreSQL's row lock, SQLite's single writer) and each gets its
 * own number; a write that fails rolls its number back, so numbers have no gaps. A series met for the first time
 * starts after `floor()`: the highest number already issued (records written before the counter existed, or by the
 * demo data). Must be called inside a transaction (`inTransaction` / `idempotent`), or the number would be issued
 * apart from the record that carries it.
 */
export async function nextInSequence(
  em: EntityManager,
  name: string,
  floor: () => Promise<number> = async () => 0,
): Promise<number> {
  if (!em.isInTransaction()) throw new Error(`nextInSequence(${name}) outside a transaction`);
  const bumped = await run(em, `update ${SEQUENCE_TABLE} set value = value + 1 where name = ? returning value`, [name]);
  if (bumped[0]) return Number(bumped[0].value);
  const start = (await floor()) + 1;
  // Two first writers both miss the row: the second's insert waits for the first's and then counts on from it.
  const inserted = await run(
    em,
    `insert into ${SEQUENCE_TABLE} (name, value) values (?, ?) on conflict (name) do update set value = ${SEQUENCE_TABLE}.value + 1 returning value`,
    [name, start],
  );
  return Number(inserted[0]?.value);
}

/** A stable text of a value: object keys sorted, so the same input always has the same fingerprint. */
function canonical(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

interface StoredResult {
  entity?: string;
  id?: unknown;
  value?: unknown;
}

function storedResult(em: EntityManager, result: unknown): StoredResult {
  if (result && typeof result === 'object' && em.getMetadata().find(result.constructor.name)) {
    return { entity: result.constructor.name, id: wrap(result as object, true).getPrimaryKey() };
  }
  return { value: result };
}

// Raw statements reach us as the driver's own error, not yet converted to MikroORM's.
function isUniqueViolation(em: EntityManager, error: unknown): boolean {
  if (error instanceof UniqueConstraintViolationException) return true;
  if (!(error instanceof Error)) return false;
  return em.getDriver().convertException(error) instanceof UniqueConstraintViolationException;
}

interface KeyRow {
  operation: string;
  fingerprint: string;
  result: string | null;
}

async function findKey(em: EntityManager, caller: string, key: string): Promise<KeyRow | undefined> {
  const rows = await run(
    em,
    `select operation, fingerprint, result from ${IDEMPOTENCY_TABLE} where caller = ? and idem_key = ?`,
    [caller, key],
  );
  return rows[0] as unknown as KeyRow | undefined;
}

async function replay<T>(ctx: Context, row: KeyRow, operation: string, fingerprint: string): Promise<T> {
  if (row.operation !== operation || row.fingerprint !== fingerprint) {
    throw userInputError(
      '该幂等键(Idempotency-Key)已用于另一次内容不同的提交;新的提交请使用新的幂等键',
      'idempotencyKey',
    );
  }
  // Written in the same transaction as the record, so a committed key always has its result.
  if (row.result == null) throw clientError('CONFLICT', '相同的提交正在处理中,请稍后刷新查看');
  const stored = JSON.parse(row.result) as StoredResult;
  if (!stored.entity) return stored.value as T;
  const record = await ctx.em.findOne(stored.entity, stored.id as never);
  if (!record) throw notFound('该次提交登记的记录', String(stored.id));
  return record as T;
}

/**
 * A create that may be sent again. With the caller's `Idempotency-Key` (`ctx.idempotencyKey`, from the request's
 * header), the first call runs `create` in one transaction together with a row claiming (caller, key); a repeat
 * with the same key returns the first call's record, written once, also while the first is still in flight (its
 * claim holds the key until it commits, and the repeat then reads the result). The same key with another input or
 * another operation is refused with BAD_USER_INPUT. Without a key, `create` simply runs in one transaction.
 *
 * `create` writes through `ctx.em` (flushing is optional: it is flushed before the commit) and returns the record
 * (an entity, re-read by primary key on a repeat) or a plain JSON value.
 */
export async function idempotent<T>(
  ctx: Context,
  operation: string,
  input: unknown,
  create: () => Promise<T>,
  key = ctx.idempotencyKey,
): Promise<T> {
  if (!key) return inTransaction(ctx, create);
  if (!IDEMPOTENCY_KEY_PATTERN.test(key)) {
    throw userInputError('幂等键(Idempotency-Key)无效:应为1至300个可见ASCII字符(建议使用UUID)', 'idempotencyKey');
  }
  const caller = ctx.identity.username;
  const fingerprint = createHash('sha256').update(canonical(input)).digest('hex');
  const earlier = await findKey(ctx.em, caller, key);
  if (earlier) return replay(ctx, earlier, operation, fingerprint);
  let claimed = false;
  try {
    return await inTransaction(ctx, async () => {
      await run(
        ctx.em,
        `insert into ${IDEMPOTENCY_TABLE} (caller, idem_key, operation, fingerprint, created_at) values (?, ?, ?, ?, ?)`,
        [caller, key, operation, fingerprint, new Date().toISOString()],
      );
      claimed = true;
      const result = await create();
      await ctx.em.flush();
      await run(ctx.em, `update ${IDEMPOTENCY_TABLE} set result = ? where caller = ? and idem_key = ?`, [
        JSON.stringify(storedResult(ctx.em, result)),
        caller,
        key,
      ]);
      return result;
    });
  } catch (error) {
    // Only the claim losing to a concurrent one is a repeat; anything else the create refused stays its error.
    if (claimed || !isUniqueViolation(ctx.em, error)) throw error;
    ctx.em.clear();
    const first = await findKey(ctx.em, caller, key);
    if (!first) throw error;
    return replay(ctx, first, operation, fingerprint);
  }
}

/**
 * What the kit makes of every root mutation field of every subgraph (buildFederatedSchema wraps each): it runs in
 * one transaction, leaves its rows in the audit trail (`auditedMutation`), and with an `Idempotency-Key` it is `idempotent` under the field's name and its arguments. A
 * request holding several mutation fields keys each by its response name (`key#alias`), so one key per request
 * still identifies each of them.
 */
export function wholeMutation(
  field: string,
  resolve: GraphQLFieldResolver<unknown, Context>,
): GraphQLFieldResolver<unknown, Context> {
  return (root, args, ctx, info) => {
    let key = ctx.idempotencyKey;
    if (key && info.operation.selectionSet.selections.length > 1) key = `${key}#${info.path.key}`;
    // Inside the transaction: the trail's rows commit (or roll back) with the mutation's writes.
    return idempotent(
      ctx,
      field,
      args,
      () => auditedMutation(ctx, field, args, async () => resolve(root, args, ctx, info)),
      key,
    );
  };
}

/**
 * The version the writer read must still be the record's: otherwise someone else changed it since, and this edit
 * is refused with CONFLICT (nothing written) instead of silently overwriting theirs. The record's own `version: true`
 * property then also refuses an edit that loses the race between this check and the write (OptimisticLockError →
 * CONFLICT). `sent` null or undefined: the client did not say which version it read (older clients), so only that
 * race is caught.
 */
export function checkVersion(record: { version: number }, sent: number | null | undefined, what: string): void {
  if (sent == null || sent === record.version) return;
  throw conflict(
    `${what}已被他人修改(您修改的是第 ${sent} 版,当前已是第 ${record.version} 版)。本次修改未保存,请刷新查看最新内容后重新提交。`,
  );
}
