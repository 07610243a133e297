/**
 * The audit trail (操作记录), kept once for every subgraph: each change the ORM writes leaves a row in `shian_audit`
 * in the same transaction as the change (who, when, which record, the fields before and after), reads of personal
 * data leave one too (`recordPersonalDataRead`), and the database itself refuses to update or delete a row (a
 * trigger on both dialects). Each subgraph keeps its own rows; `auditTrail` (audit-trail.ts) reads them.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import {
  ChangeSetType,
  type EntityManager,
  type EventSubscriber,
  type FlushEventArgs,
  type Connection as OrmConnection,
  type TransactionEventArgs,
  type UnitOfWork,
  wrap,
} from '@mikro-orm/core';
import type { Identity } from '@shian/auth';
import type { Context } from './context';

export const AUDIT_TABLE = 'shian_audit';

/** What a row records: a change the ORM wrote, a personal-data read, or a mutation whose writes the ORM did not see. */
export type AuditKind = 'CREATE' | 'UPDATE' | 'DELETE' | 'READ' | 'OPERATION';

export interface AuditActor {
  username: string;
  name: string;
  /** leader, officer, township, partner … or `system` for a write outside a request (seed, job). */
  role: string;
  townshipId?: string | null;
  department?: string | null;
}

/** A write outside any request: the demo seed, a migration, a scheduled job. */
export const SYSTEM_ACTOR: AuditActor = { username: 'system', name: '系统', role: 'system' };

export interface AuditChange {
  field: string;
  /** The domain's own label for the field (enforcement's history labels every field); null for the ORM's rows. */
  label?: string | null;
  from: string | null;
  to: string | null;
}

/** One row as a caller queues it (`recordAudit`) or the kit derives it from the ORM's change sets. */
export interface AuditEntryInput {
  kind: AuditKind;
  recordType: string;
  recordId: string;
  /** The record this one belongs to (a case for its transfer), so a record's page can show its children's rows. */
  parentId?: string | null;
  /** The domain's wording of what happened (立案, 结案 …). Rows with one are the domain's own history. */
  action?: string | null;
  changes: AuditChange[];
  /** Default: now. The demo seed dates its history. */
  at?: Date;
  /** Default: the request's caller, or SYSTEM_ACTOR outside a request. */
  actor?: AuditActor;
  /** Default: the mutation being run. */
  operation?: string | null;
}

interface AuditRow {
  id: string;
  at: string;
  seq: number;
  kind: AuditKind;
  recordType: string;
  /** Resolved when written: a created row's generated key exists only after its insert. */
  recordId: string | (() => string);
  parentId: string | null;
  operation: string | null;
  action: string | null;
  actor: AuditActor;
  changes: AuditChange[];
}

/** What the kit knows about the write in progress: set around every root mutation (`auditedMutation`). */
interface AuditScope {
  actor: AuditActor;
  operation: string | null;
  /** Rows written for this mutation so far; none at the end means the ORM saw none of its writes. */
  rows: number;
}

const scopes = new AsyncLocalStorage<AuditScope>();

// A request's EntityManager and its caller: a write made outside a mutation but inside a request (a query that
// stores something as it reads) is still the caller's, not the system's.
const requestActors = new WeakMap<EntityManager, AuditActor>();

/** Called by the kit when a request's caller is verified (createContext). */
export function bindAuditActor(em: EntityManager, identity: Identity): void {
  requestActors.set(em, actorOf(identity));
}

function scopeFor(em: EntityManager): AuditScope | undefined {
  const scope = scopes.getStore();
  if (scope) return scope;
  const actor = requestActors.get(em);
  return actor ? { actor, operation: null, rows: 0 } : undefined;
}

export function actorOf(identity: Identity): AuditActor {
  return {
    username: identity.username,
    name: identity.name,
    role: identity.role,
    townshipId: identity.townshipId ?? null,
    department: identity.department ?? null,
  };
}

// Orders rows that share a timestamp (one flush writing several); the cursor orders by (at, id) across replicas.
let sequence = 0;
const nextSeq = () => {
  sequence = (sequence + 1) % 1_000_000_000;
  return sequence;
};

/**
 * What a subgraph declares about one of its entities for the trail (`@Audited({ … })` on the entity class):
 *
 * - `parent`: the record this one belongs to (a case for its seized goods, a sample for its test items): the
 *   property holding it (a reference or its id), or a function returning it. The ORM's rows for the child then
 *   carry the parent's id as `parentId`, so the parent's 操作记录 (a filter by its id) shows the child's changes.
 * - `personal`: fields holding a person's data (a complainant's name): the rows say they changed, never the values.
 *   Fields named like a phone or ID number are personal without being declared (the kit's rule for reads).
 */
export interface AuditDeclaration<T = any> {
  parent?: (keyof T & string) | ((record: T) => unknown);
  personal?: readonly (keyof T & string)[];
}

const declarations = new WeakMap<Function, AuditDeclaration>();

/** Declares an entity's parent and personal fields for the audit trail (see AuditDeclaration). */
export function Audited<T>(declaration: AuditDeclaration<T>): (target: new (...args: any[]) => T) => void {
  return (target) => {
    declarations.set(target, declaration as AuditDeclaration);
  };
}

export function auditDeclaration(entity: Function): AuditDeclaration | undefined {
  return declarations.get(entity);
}

/** The parent's id as the trail keeps it: an entity (or reference) by its primary key, an id as given. */
function parentOf(entity: object, declaration: AuditDeclaration | undefined): string | null {
  const parent = declaration?.parent;
  if (!parent) return null;
  let value: unknown;
  try {
    value = typeof parent === 'function' ? parent(entity) : (entity as Record<string, unknown>)[parent];
  } catch {
    // A parent reached through a relation not loaded: the row is written without it rather than not at all.
    return null;
  }
  if (value == null) return null;
  if (typeof value === 'object' && !(value instanceof Date)) {
    const key = (wrap(value as object, true) as unknown as { getPrimaryKey(): unknown }).getPrimaryKey?.();
    return key == null ? null : keyText(key);
  }
  return keyText(value);
}

/** Fields named like a phone or ID number: personal data wherever they are (schema.ts records their reads). */
const PERSONAL_FIELD = /^(phone|mobile|idNumber|idCard)$|(Phone|Mobile|IdNumber|IdCard)$/;
export const PERSONAL = '〔个人信息〕';

/** Field names whose values never enter the trail (password hashes, tokens, keys): the row says they changed. */
const SECRET_FIELD = /password|secret|token|hash|credential|api_?key|private_?key/i;
export const REDACTED = '〔已隐藏〕';
const MAX_VALUE_LENGTH = 2000;

export function auditValue(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  let text: string;
  if (typeof value === 'string') text = value;
  else if (value instanceof Date) text = value.toISOString();
  else if (typeof value === 'object') {
    try {
      text = JSON.stringify(value, (_key, v) => (typeof v === 'bigint' ? String(v) : v));
    } catch {
      text = String(value);
    }
  } else text = String(value);
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH)}…` : text;
}

function change(
  field: string,
  from: unknown,
  to: unknown,
  dates?: ReadonlySet<string>,
  personal?: readonly string[],
): AuditChange {
  // SQLite's change sets carry dates as milliseconds: the trail says the instant, as on PostgreSQL.
  if (dates?.has(field)) {
    if (typeof from === 'number') from = new Date(from);
    if (typeof to === 'number') to = new Date(to);
  }
  if (SECRET_FIELD.test(field)) {
    return { field, from: from == null ? null : REDACTED, to: to == null ? null : REDACTED };
  }
  // Leaders read the trail, and they see complainants masked elsewhere: a person's data is not shown here either.
  // Whether it changed is still said (two different values stay distinguishable only as "changed").
  if (PERSONAL_FIELD.test(field) || personal?.includes(field)) {
    const a = auditValue(from);
    const b = auditValue(to);
    return {
      field,
      from: a == null ? null : PERSONAL,
      to: b == null ? null : a == null || a === b ? PERSONAL : `${PERSONAL}(已变更)`,
    };
  }
  return { field, from: auditValue(from), to: auditValue(to) };
}

/** Arguments as the trail records them: secret-named and personal-data fields (phone, ID number) hidden at any depth. */
export function redactedArguments(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactedArguments);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, v]) => [
      key,
      v == null ? v : SECRET_FIELD.test(key) ? REDACTED : PERSONAL_FIELD.test(key) ? PERSONAL : redactedArguments(v),
    ]),
  );
}

const keyText = (key: unknown): string => {
  if (key === null || key === undefined) return '';
  if (Array.isArray(key)) return key.map(keyText).join(':');
  if (typeof key === 'object') return auditValue(key) ?? '';
  return String(key);
};

function row(entry: AuditEntryInput, scope: AuditScope | undefined): AuditRow {
  return {
    id: randomUUID(),
    at: (entry.at ?? new Date()).toISOString(),
    seq: nextSeq(),
    kind: entry.kind,
    recordType: entry.recordType,
    recordId: entry.recordId,
    parentId: entry.parentId ?? null,
    operation: entry.operation ?? scope?.operation ?? null,
    action: entry.action ?? null,
    actor: entry.actor ?? scope?.actor ?? SYSTEM_ACTOR,
    changes: entry.changes,
  };
}

// Rows waiting for the flush of their unit of work: a domain's own entries (`recordAudit`), then the change sets'.
const queued = new WeakMap<UnitOfWork, AuditRow[]>();
const pending = new WeakMap<UnitOfWork, AuditRow[]>();

/**
 * Adds a domain's own entry to the trail (enforcement's labelled history), written with the next flush of `em`, in
 * its transaction. The ORM's own row for the same record in that flush is then left out: the domain's entry says
 * what the change was in its words, one row per change.
 */
export function recordAudit(em: EntityManager, entry: AuditEntryInput): void {
  const uow = em.getUnitOfWork();
  const list = queued.get(uow) ?? [];
  list.push(row(entry, scopeFor(em)));
  queued.set(uow, list);
}

const COLUMNS =
  'id, at, seq, kind, record_type, record_id, parent_id, operation, action, actor_username, actor_name, actor_role, actor_township, actor_department, changes';
const PLACEHOLDERS = `(${COLUMNS.split(',')
  .map(() => '?')
  .join(', ')})`;
// 15 parameters a row: well under SQLite's and PostgreSQL's limits per statement.
const ROWS_PER_INSERT = 200;

async function insertRows(connection: OrmConnection, rows: AuditRow[], transaction?: unknown): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const batch = rows.slice(start, start + ROWS_PER_INSERT);
    const params = batch.flatMap((r) => [
      r.id,
      r.at,
      r.seq,
      r.kind,
      r.recordType,
      typeof r.recordId === 'function' ? r.recordId() : r.recordId,
      r.parentId,
      r.operation,
      r.action,
      r.actor.username,
      r.actor.name,
      r.actor.role,
      r.actor.townshipId ?? null,
      r.actor.department ?? null,
      JSON.stringify(r.changes),
    ]);
    await connection.execute(
      `insert into ${AUDIT_TABLE} (${COLUMNS}) values ${batch.map(() => PLACEHOLDERS).join(', ')}`,
      params,
      'run',
      transaction as never,
    );
  }
}

function changeSetRows(uow: UnitOfWork, scope: AuditScope | undefined, skip: ReadonlySet<string>): AuditRow[] {
  const rows: AuditRow[] = [];
  for (const changeSet of uow.getChangeSets()) {
    const entity = changeSet.entity as object;
    const recordId = () => keyText(changeSet.getPrimaryKey() ?? wrap(entity, true).getPrimaryKey());
    const known = changeSet.getPrimaryKey();
    if (known != null && skip.has(keyText(known))) continue;
    const payload = (changeSet.payload ?? {}) as Record<string, unknown>;
    const dates = new Set(
      Object.values(changeSet.meta.properties)
        .filter((prop) => prop.runtimeType === 'Date')
        .map((prop) => prop.name as string),
    );
    // A delete's change set carries no data: what the record held is the entity's last loaded state.
    const original = (changeSet.originalEntity ??
      (wrap(entity, true) as unknown as { __originalEntityData?: object }).__originalEntityData ??
      {}) as Record<string, unknown>;
    const declaration = auditDeclaration(entity.constructor);
    const personal = declaration?.personal;
    let kind: AuditKind;
    let changes: AuditChange[];
    if (changeSet.type === ChangeSetType.CREATE) {
      kind = 'CREATE';
      changes = Object.entries(payload)
        .filter(([, value]) => value !== undefined && value !== null)
        .map(([field, value]) => change(field, null, value, dates, personal));
    } else if (changeSet.type === ChangeSetType.DELETE || changeSet.type === ChangeSetType.DELETE_EARLY) {
      kind = 'DELETE';
      changes = Object.entries(original)
        .filter(([, value]) => value !== undefined && value !== null)
        .map(([field, value]) => change(field, value, null, dates, personal));
    } else {
      kind = 'UPDATE';
      // The ORM's payload may carry a field whose value it holds as another object (a date read back): only the
      // fields whose value differs are a change.
      changes = Object.entries(payload)
        .filter(([field, value]) => {
          const before =
            dates.has(field) && typeof original[field] === 'number'
              ? new Date(original[field] as number)
              : original[field];
          const after = dates.has(field) && typeof value === 'number' ? new Date(value) : value;
          return auditValue(before) !== auditValue(after);
        })
        .map(([field, value]) => change(field, original[field], value, dates, personal));
      if (changes.length === 0) continue;
    }
    const parentId = parentOf(entity, declaration);
    rows.push(row({ kind, recordType: changeSet.name, recordId: '', parentId, changes }, scope));
    rows[rows.length - 1]!.recordId = known != null ? keyText(known) : recordId;
  }
  return rows;
}

/** Change sets counted per record type and kind while a bulk load runs (`auditedBulkLoad`). */
type BulkCounts = Map<string, number>;
const bulkLoads = new AsyncLocalStorage<BulkCounts>();

function countChangeSets(uow: UnitOfWork, counts: BulkCounts): void {
  for (const changeSet of uow.getChangeSets()) {
    const kind =
      changeSet.type === ChangeSetType.CREATE
        ? 'CREATE'
        : changeSet.type === ChangeSetType.DELETE || changeSet.type === ChangeSetType.DELETE_EARLY
          ? 'DELETE'
          : 'UPDATE';
    const key = `${changeSet.name}\u0000${kind}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
}

/**
 * Runs a bulk load outside any request (the demo seed) with one row per record type and kind saying how many
 * records it wrote, instead of a row per record: the seed's tens of thousands of records would otherwise double
 * what a fresh database holds and how long seeding takes, with nothing a person would read. A domain's own dated
 * entries (`recordAudit`, enforcement's seeded case history) are still written one by one. Call it inside the load's
 * transaction: the summary rows commit with it.
 */
export async function auditedBulkLoad(em: EntityManager, operation: string, load: () => Promise<void>): Promise<void> {
  const counts: BulkCounts = new Map();
  await bulkLoads.run(counts, load);
  const rows = [...counts].map(([key, count]) => {
    const [recordType, kind] = key.split('\u0000') as [string, AuditKind];
    return row(
      { kind, recordType, recordId: '*', operation, changes: [{ field: 'records', from: null, to: String(count) }] },
      undefined,
    );
  });
  if (rows.length > 0) await insertRows(em.getConnection('write'), rows, em.getTransactionContext());
}

/**
 * Registered by the kit's ORM setup for every subgraph. The rows are computed when the flush starts (the values
 * before the change are still known) and inserted inside the flush's transaction: the request's (every mutation
 * runs in one) after the flush's statements, or the flush's own implicit one just before it commits. A change
 * that fails rolls its rows back with it.
 */
export class AuditSubscriber implements EventSubscriber {
  async onFlush({ em, uow }: FlushEventArgs): Promise<void> {
    const scope = scopeFor(em);
    const own = queued.get(uow) ?? [];
    queued.delete(uow);
    const bulk = bulkLoads.getStore();
    if (bulk) countChangeSets(uow, bulk);
    const skip = new Set(own.map((r) => (typeof r.recordId === 'string' ? r.recordId : r.recordId())));
    const rows = bulk ? own : [...own, ...changeSetRows(uow, scope, skip)];
    if (rows.length > 0) pending.set(uow, rows);
  }

  async beforeTransactionCommit({ em, uow, transaction }: TransactionEventArgs): Promise<void> {
    if (!uow) return;
    const rows = pending.get(uow);
    if (!rows) return;
    pending.delete(uow);
    await this.write(em, rows, transaction);
  }

  async afterFlush({ em, uow }: FlushEventArgs): Promise<void> {
    const rows = pending.get(uow);
    if (!rows) return;
    pending.delete(uow);
    // Inside the request's transaction still (MikroORM restores it after the flush); outside one (a flush with
    // nothing to write but a domain's entry, transactions off) the rows are written on their own.
    await this.write(em, rows, em.isInTransaction() ? em.getTransactionContext() : undefined);
  }

  private async write(em: EntityManager, rows: AuditRow[], transaction: unknown): Promise<void> {
    await insertRows(em.getConnection('write'), rows, transaction);
    const scope = scopes.getStore();
    if (scope) scope.rows += rows.length;
  }
}

/**
 * Runs one root mutation (inside its transaction) as `ctx.identity`: the rows its flushes write carry the caller
 * and the mutation's name. A mutation whose writes the ORM did not see (a counter bumped in SQL, a row deleted by
 * `nativeDelete`), or that wrote nothing, still leaves one OPERATION row naming the record it returned (or the id
 * it was given) and its arguments, so no mutation passes unrecorded.
 */
export async function auditedMutation<T>(
  ctx: Pick<Context, 'em' | 'identity'>,
  operation: string,
  args: unknown,
  run: () => Promise<T>,
): Promise<T> {
  const scope: AuditScope = { actor: actorOf(ctx.identity), operation, rows: 0 };
  return scopes.run(scope, async () => {
    const result = await run();
    await ctx.em.flush();
    if (scope.rows === 0) {
      const record = operationRecord(ctx.em, result, args);
      await insertRows(
        ctx.em.getConnection('write'),
        [
          row(
            {
              kind: 'OPERATION',
              ...record,
              changes: [{ field: 'arguments', from: null, to: auditValue(redactedArguments(args)) }],
            },
            scope,
          ),
        ],
        ctx.em.isInTransaction() ? ctx.em.getTransactionContext() : undefined,
      );
      scope.rows += 1;
    }
    return result;
  });
}

/** The record a mutation concerned: the entity it returned, else the `id` (or `input.id`) it was given. */
function operationRecord(em: EntityManager, result: unknown, args: unknown): { recordType: string; recordId: string } {
  if (result && typeof result === 'object' && em.getMetadata().find(result.constructor.name)) {
    return { recordType: result.constructor.name, recordId: keyText(wrap(result as object, true).getPrimaryKey()) };
  }
  const given = args as { id?: unknown; input?: { id?: unknown } } | undefined;
  const id = given?.id ?? given?.input?.id;
  return { recordType: 'Mutation', recordId: id == null ? '' : keyText(id) };
}

export interface PersonalDataRead {
  /** The type whose personal data was read (Complainant's record: `Complaint`; a business: `Entity`). */
  recordType: string;
  recordId: string;
  /** Which fields were read (phone, idNumber, name …): names only, never the values. */
  fields: string[];
  /** The query field that exposed them. */
  operation?: string;
}

/**
 * Records that the caller read personal data unmasked. Resolve the value only after this resolves: a read that
 * cannot be recorded is not answered. Reads in one request are batched into one insert per tick (a page of 100
 * businesses' phones is one statement), each a READ row naming the fields, never their values.
 */
export function recordPersonalDataRead(ctx: Context, read: PersonalDataRead): Promise<void> {
  return ctx
    .loader<PersonalDataRead, void>('audit:personal-data-read', async (reads) => {
      const actor = actorOf(ctx.identity);
      const seen = new Set<string>();
      const rows: AuditRow[] = [];
      for (const r of reads) {
        const fields = [...new Set(r.fields)].sort();
        const key = `${r.recordType}\u0000${r.recordId}\u0000${fields.join(',')}\u0000${r.operation ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        rows.push(
          row(
            {
              kind: 'READ',
              recordType: r.recordType,
              recordId: r.recordId,
              operation: r.operation ?? null,
              actor,
              changes: fields.map((field) => ({ field, from: null, to: null })),
            },
            undefined,
          ),
        );
      }
      // Its own statement, not the request's transaction: a read is recorded even when nothing else is written.
      await insertRows(ctx.em.getConnection('write'), rows);
      return reads.map(() => undefined);
    })
    .load(read);
}

const APPEND_ONLY_MESSAGE = `${AUDIT_TABLE} 只能追加:操作记录不可修改或删除 (append-only)`;

/**
 * The table, its indexes (a record's rows, an actor's rows, a case's children, the whole trail by time) and the
 * triggers that make it append-only in the database itself: UPDATE and DELETE (and, on PostgreSQL, TRUNCATE) are
 * refused whoever runs them. Plain statements, each safe to run again; `migrateDatabase` runs them under its lock.
 */
export function auditTableStatements(dialect: 'sqlite' | 'postgresql'): string[] {
  const statements = [
    `create table if not exists ${AUDIT_TABLE} (
      id varchar(36) primary key,
      at varchar(30) not null,
      seq bigint not null,
      kind varchar(20) not null,
      record_type varchar(100) not null,
      record_id varchar(200) not null,
      parent_id varchar(200) null,
      operation varchar(100) null,
      action varchar(200) null,
      actor_username varchar(100) not null,
      actor_name varchar(100) not null,
      actor_role varchar(20) not null,
      actor_township varchar(20) null,
      actor_department varchar(20) null,
      changes text not null)`,
    `create index if not exists ${AUDIT_TABLE}_at on ${AUDIT_TABLE} (at, id)`,
    `create index if not exists ${AUDIT_TABLE}_record on ${AUDIT_TABLE} (record_type, record_id, at)`,
    `create index if not exists ${AUDIT_TABLE}_record_id on ${AUDIT_TABLE} (record_id, at)`,
    `create index if not exists ${AUDIT_TABLE}_parent on ${AUDIT_TABLE} (parent_id, at)`,
    `create index if not exists ${AUDIT_TABLE}_actor on ${AUDIT_TABLE} (actor_username, at)`,
  ];
  if (dialect === 'sqlite') {
    for (const event of ['update', 'delete']) {
      statements.push(
        `create trigger if not exists ${AUDIT_TABLE}_no_${event} before ${event} on ${AUDIT_TABLE}
         begin select raise(abort, '${APPEND_ONLY_MESSAGE}'); end`,
      );
    }
    return statements;
  }
  statements.push(
    `create or replace function ${AUDIT_TABLE}_append_only() returns trigger language plpgsql as $body$
     begin raise exception '${APPEND_ONLY_MESSAGE}: % refused', tg_op using errcode = 'insufficient_privilege'; end
     $body$`,
  );
  for (const [name, timing] of [
    ['no_change', 'before update or delete on shian_audit for each row'],
    ['no_truncate', 'before truncate on shian_audit for each statement'],
  ] as const) {
    statements.push(
      `do $body$ begin
         if not exists (select 1 from pg_trigger where tgname = '${AUDIT_TABLE}_${name}') then
           create trigger ${AUDIT_TABLE}_${name} ${timing} execute function ${AUDIT_TABLE}_append_only();
         end if;
       end $body$`,
    );
  }
  return statements;
}

export const AUDIT_DROP_STATEMENTS: Record<'sqlite' | 'postgresql', string[]> = {
  sqlite: [`drop table if exists ${AUDIT_TABLE}`],
  postgresql: [`drop table if exists ${AUDIT_TABLE}`, `drop function if exists ${AUDIT_TABLE}_append_only()`],
};
