/**
 * `auditTrail(filter, first, after)`: the bureau leaders' view of the audit trail. Each subgraph keeps its own rows
 * (audit.ts), so the query follows the work report's pattern: every subgraph answers the shareable root field with
 * the same keyed `AuditTrail` (its key is the query itself), and adds one field named after its domain
 * (`AuditTrail.enforcement`, `AuditTrail.sampling` …) that pages its own rows. A domain that is down costs only
 * its field (null with an error); the others answer.
 *
 * The cursor is a position in time (`at`, `id`), the same order in every domain: a client showing one merged list
 * merges the domains' pages newest first, keeps `first` rows, and passes the last kept row's `cursor` as `after`;
 * every domain then continues from that instant. A single domain's `pageInfo.endCursor` pages that domain alone.
 */
import type { EntityManager } from '@mikro-orm/core';
import { DateTimeISOResolver } from 'graphql-scalars';
import {
  Arg,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
  registerEnumType,
} from 'type-graphql';
import { AUDIT_TABLE, type AuditChange, type AuditKind } from './audit';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, PageInfo } from './connection';
import type { Context } from './context';
import { forbidden, userInputError } from './errors';

export enum AuditKindValue {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
  READ = 'READ',
  OPERATION = 'OPERATION',
}

registerEnumType(AuditKindValue, {
  name: 'AuditKind',
  description: '操作记录的类别',
  valuesConfig: {
    CREATE: { description: '新建' },
    UPDATE: { description: '修改' },
    DELETE: { description: '删除' },
    READ: { description: '查阅个人信息' },
    OPERATION: { description: '其他操作(记录其参数)' },
  },
});

// Every subgraph declares these; @shareable lets the supergraph hold one type for all of them.
@Directive('@shareable')
@ObjectType('AuditActor', { description: '操作人' })
export class AuditActorType {
  @Field({ description: '账号(系统操作为 system)' })
  username!: string;

  @Field({ description: '姓名' })
  name!: string;

  @Field({ description: '角色:leader、officer、township、partner,或 system' })
  role!: string;

  @Field(() => ID, { nullable: true, description: '所属乡镇(街道)' })
  townshipId!: string | null;

  @Field(() => String, { nullable: true, description: '所属协作部门' })
  department!: string | null;
}

@Directive('@shareable')
@ObjectType('AuditChange', { description: '字段变更(查阅记录只列字段名,不记录其值)' })
export class AuditChangeType implements AuditChange {
  @Field()
  field!: string;

  @Field(() => String, { nullable: true, description: '字段名称' })
  label!: string | null;

  @Field(() => String, { nullable: true, description: '原值' })
  from!: string | null;

  @Field(() => String, { nullable: true, description: '新值' })
  to!: string | null;
}

@Directive('@shareable')
@ObjectType('AuditRecord', { description: '一条操作记录' })
export class AuditRecordType {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTimeISOResolver, { description: '时间' })
  at!: Date;

  @Field(() => AuditKindValue)
  kind!: AuditKindValue;

  @Field({ description: '记录类型(实体名,如 Case、Sample)' })
  recordType!: string;

  @Field(() => ID, { description: '记录ID' })
  recordId!: string;

  @Field(() => ID, { nullable: true, description: '所属上级记录(如移送所属的案件)' })
  parentId!: string | null;

  @Field(() => String, { nullable: true, description: '引起该记录的操作(GraphQL 字段名)' })
  operation!: string | null;

  @Field(() => String, { nullable: true, description: '领域自己的说法(立案、结案……)' })
  action!: string | null;

  @Field(() => AuditActorType)
  actor!: AuditActorType;

  @Field(() => [AuditChangeType])
  changes!: AuditChangeType[];

  @Field({ description: '本条的位置:作为 after 传入,从它之后(更早)继续' })
  cursor!: string;
}

@Directive('@shareable')
@ObjectType('AuditPage', { description: '一个领域的操作记录,新的在前' })
export class AuditPage {
  @Field(() => [AuditRecordType])
  nodes!: AuditRecordType[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@InputType('AuditFilter', { description: '操作记录的筛选条件(均可省略)' })
export class AuditFilter {
  @Field(() => String, { nullable: true, description: '记录类型(实体名)' })
  recordType?: string | null;

  @Field(() => ID, { nullable: true, description: '记录ID(含以它为上级的记录)' })
  recordId?: string | null;

  @Field(() => String, { nullable: true, description: '操作人账号' })
  actor?: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: '起(含)' })
  from?: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: '止(不含)' })
  to?: Date | null;

  @Field(() => AuditKindValue, { nullable: true })
  kind?: AuditKindValue | null;
}

/** What `AuditTrail.key` carries: the query, checked, so that every domain answers the same one. */
export interface AuditQuery {
  recordType?: string;
  recordId?: string;
  actor?: string;
  from?: string;
  to?: string;
  kind?: AuditKind;
  first: number;
  after?: { at: string; id: string };
}

/** The bureau's leaders only: officers, township officers and partners are refused, whatever they handle. */
export function requireAuditReader(ctx: Context): void {
  if (ctx.identity.role !== 'leader') throw forbidden('操作记录仅限局领导查阅');
}

const CURSOR_PREFIX = 'a:';

export function encodeAuditCursor(at: string, id: string): string {
  return Buffer.from(`${CURSOR_PREFIX}${at}|${id}`, 'utf8').toString('base64url');
}

function decodeAuditCursor(cursor: string): { at: string; id: string } {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const [at, id] = text.slice(CURSOR_PREFIX.length).split('|');
  if (!text.startsWith(CURSOR_PREFIX) || !at || !id || Number.isNaN(Date.parse(at))) {
    throw userInputError(`分页游标 after 无效:${cursor}`, 'after');
  }
  return { at, id };
}

const text = (value: string | null | undefined, field: string, max: number): string | undefined => {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  if (trimmed.length > max) throw userInputError(`${field} 过长(最多 ${max} 个字符)`, `filter.${field}`);
  return trimmed;
};

export function auditQuery(
  filter: AuditFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): AuditQuery {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0) throw userInputError('first 必须是不小于 0 的整数', 'first');
  if (size > MAX_PAGE_SIZE) throw userInputError(`first 不能超过 ${MAX_PAGE_SIZE}(收到 ${size})`, 'first');
  const from = filter?.from ?? undefined;
  const to = filter?.to ?? undefined;
  if (from && to && from >= to) throw userInputError('起始时间应早于截止时间', 'filter.from');
  const query: AuditQuery = { first: size };
  const recordType = text(filter?.recordType, 'recordType', 100);
  const recordId = text(filter?.recordId, 'recordId', 200);
  const actor = text(filter?.actor, 'actor', 100);
  if (recordType) query.recordType = recordType;
  if (recordId) query.recordId = recordId;
  if (actor) query.actor = actor;
  if (from) query.from = from.toISOString();
  if (to) query.to = to.toISOString();
  if (filter?.kind) query.kind = filter.kind;
  if (after) query.after = decodeAuditCursor(after);
  return query;
}

/** The key is the query, so a forged or stale representation is read back through the same checks. */
function parseKey(key: string): AuditQuery {
  let raw: Partial<AuditQuery> & { after?: { at: string; id: string } };
  try {
    raw = JSON.parse(key) as typeof raw;
  } catch {
    throw userInputError('操作记录查询无效', 'key');
  }
  const kind = raw.kind && raw.kind in AuditKindValue ? (raw.kind as AuditKindValue) : undefined;
  return auditQuery(
    {
      recordType: raw.recordType,
      recordId: raw.recordId,
      actor: raw.actor,
      from: raw.from ? new Date(raw.from) : undefined,
      to: raw.to ? new Date(raw.to) : undefined,
      kind,
    },
    raw.first,
    raw.after ? encodeAuditCursor(raw.after.at, raw.after.id) : undefined,
  );
}

interface AuditRowData {
  id: string;
  at: string;
  seq: number | string;
  kind: string;
  record_type: string;
  record_id: string;
  parent_id: string | null;
  operation: string | null;
  action: string | null;
  actor_username: string;
  actor_name: string;
  actor_role: string;
  actor_township: string | null;
  actor_department: string | null;
  changes: string;
}

export function auditRecord(row: AuditRowData): AuditRecordType {
  const changes = JSON.parse(row.changes) as AuditChange[];
  return {
    id: row.id,
    at: new Date(row.at),
    kind: row.kind as AuditKindValue,
    recordType: row.record_type,
    recordId: row.record_id,
    parentId: row.parent_id,
    operation: row.operation,
    action: row.action,
    actor: {
      username: row.actor_username,
      name: row.actor_name,
      role: row.actor_role,
      townshipId: row.actor_township,
      department: row.actor_department,
    },
    changes: changes.map((c) => ({ field: c.field, label: c.label ?? null, from: c.from, to: c.to })),
    cursor: encodeAuditCursor(row.at, row.id),
  };
}

/** One domain's page of its own rows, newest first: one statement (a row more than asked, for hasNextPage). */
export async function auditPage(em: EntityManager, query: AuditQuery): Promise<AuditPage> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (query.recordType) {
    where.push('record_type = ?');
    params.push(query.recordType);
  }
  if (query.recordId) {
    where.push('(record_id = ? or parent_id = ?)');
    params.push(query.recordId, query.recordId);
  }
  if (query.actor) {
    where.push('actor_username = ?');
    params.push(query.actor);
  }
  if (query.kind) {
    where.push('kind = ?');
    params.push(query.kind);
  }
  if (query.from) {
    where.push('at >= ?');
    params.push(query.from);
  }
  if (query.to) {
    where.push('at < ?');
    params.push(query.to);
  }
  if (query.after) {
    where.push('(at < ? or (at = ? and id < ?))');
    params.push(query.after.at, query.after.at, query.after.id);
  }
  if (query.first === 0) return { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };
  const rows = (await em
    .getConnection()
    .execute(
      `select * from ${AUDIT_TABLE}${where.length ? ` where ${where.join(' and ')}` : ''} order by at desc, id desc limit ?`,
      [...params, query.first + 1],
      'all',
    )) as AuditRowData[];
  const hasNextPage = rows.length > query.first;
  const nodes = rows.slice(0, query.first).map(auditRecord);
  return { nodes, pageInfo: { hasNextPage, endCursor: nodes.at(-1)?.cursor ?? null } };
}

/**
 * A domain's own labelled history (the rows with an `action`), oldest first, for the records (or, by `parent`,
 * the records belonging to them) asked: what enforcement's `history` fields show.
 */
export async function auditHistory(
  em: EntityManager,
  by: 'record' | 'parent',
  ids: readonly string[],
): Promise<AuditRecordType[]> {
  if (ids.length === 0) return [];
  const column = by === 'record' ? 'record_id' : 'parent_id';
  const rows = (await em
    .getConnection()
    .execute(
      `select * from ${AUDIT_TABLE} where ${column} in (${ids.map(() => '?').join(', ')}) and action is not null order by at asc, seq asc, id asc`,
      [...ids],
      'all',
    )) as AuditRowData[];
  return rows.map(auditRecord);
}

/** The GraphQL field name of a domain's part: `kit-fixture` → `kitFixture`. */
export const auditFieldName = (domain: string) => domain.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

const resolvers = new Map<string, Function>();

/**
 * The root query and this domain's field of `AuditTrail`, added by the kit to every subgraph's schema
 * (buildFederatedSchema). One class per domain per process: the type-graphql metadata of a field is global.
 */
export function auditTrailResolver(domain: string): Function {
  const known = resolvers.get(domain);
  if (known) return known;

  @Directive('@key(fields: "key")')
  @ObjectType('AuditTrail', { description: '操作记录(局领导):各领域分别提供本领域的记录' })
  class AuditTrail {
    @Field({ description: '本次查询(联邦内部使用)' })
    key!: string;
  }

  @Resolver(() => AuditTrail)
  class AuditTrailResolver {
    @Directive('@shareable')
    @Query(() => AuditTrail, { description: '操作记录(仅局领导):按记录、操作人、时间筛选,各领域分页' })
    auditTrail(
      @Ctx() ctx: Context,
      @Arg('filter', () => AuditFilter, { nullable: true }) filter?: AuditFilter | null,
      @Arg('first', () => Int, { nullable: true, description: `每个领域的条数,默认 ${DEFAULT_PAGE_SIZE}` })
      first?: number | null,
      @Arg('after', () => String, { nullable: true, description: '某条记录的 cursor:从它之后(更早)继续' })
      after?: string | null,
    ): AuditTrail {
      requireAuditReader(ctx);
      return { key: JSON.stringify(auditQuery(filter, first, after)) };
    }

    @FieldResolver(() => AuditPage, {
      name: auditFieldName(domain),
      nullable: true,
      description: `${domain} 的操作记录`,
    })
    async domainPage(@Root() trail: AuditTrail, @Ctx() ctx: Context): Promise<AuditPage> {
      requireAuditReader(ctx);
      return auditPage(ctx.em, parseKey(trail.key));
    }
  }
  resolvers.set(domain, AuditTrailResolver);
  return AuditTrailResolver;
}
