import type { EntityManager, EntityName, FilterQuery, FindOptions, QueryOrderMap } from '@mikro-orm/core';
import { ArgsType, type ClassType, Directive, Field, Int, InterfaceType, ObjectType } from 'type-graphql';
import { type Count, countMatches } from './count';
import type { CountFrom } from './count-from';
import { decodeCursor, encodeCursor } from './cursor';
import { findReadOnly, isReadOnly } from './read-only';
import { userInputError } from './errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

// Every subgraph declares PageInfo; @shareable lets the supergraph hold one type for all of them.
@Directive('@shareable')
@ObjectType({ description: '分页信息' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `每页条数,默认 ${DEFAULT_PAGE_SIZE},最多 ${MAX_PAGE_SIZE}` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: '上一页的 endCursor' })
  after?: string | null;
}

export interface Page<T> {
  /** A number, or (from `paginate`) a promise of one that is counted only when the field is asked for. */
  totalCount: number | Promise<number>;
  /** Whether `totalCount` is an estimate (many matches, see `countMatches`); lazy like it. */
  totalCountIsEstimate: boolean | Promise<boolean>;
  nodes: T[];
  pageInfo: PageInfo;
}

/**
 * What every connection has besides its nodes: the interface `Paged` that each connection type implements, so that a
 * client reads the page of any list with one fragment on it (the frontends' `fragment Paging on Paged`, in
 * packages/remote-kit/src/documents/paging.graphql). Every subgraph declares the same interface; composition merges
 * them into one.
 */
@InterfaceType('Paged', { description: '分页列表:总数与分页信息' })
export abstract class Paged {
  @Field(() => Int, { description: '符合条件的总数' })
  totalCount!: number;

  @Field({
    description:
      '总数是否为估计:逐条计数时超过一万条即为估计值(界面写“约”);由计数表读出的总数不论多少都精确,哪些筛选如此见 docs/api.md',
  })
  totalCountIsEstimate!: boolean;

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

/**
 * The connection type of a node type: `@ObjectType() class EntityConnection extends Connection(Entity) {}`.
 * One shape for every list of the platform, as docs/api.md#lists-connections fixes it.
 */
export function Connection<T extends object>(nodeType: ClassType<T>) {
  // Undecorated subclasses would be invisible; the base itself is never emitted because no field returns it.
  @ObjectType({ implements: Paged })
  abstract class ConnectionType extends Paged implements Page<T> {
    @Field(() => [nodeType])
    nodes!: T[];
  }
  return ConnectionType;
}

/** Reads `first`/`after`, refusing what docs/api.md#lists-connections does not allow rather than quietly answering something else. */
export function pageWindow(args: ConnectionArgs): { limit: number; offset: number } {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0) throw userInputError('first 必须是不小于 0 的整数', 'first');
  if (first > MAX_PAGE_SIZE) throw userInputError(`first 不能超过 ${MAX_PAGE_SIZE}(收到 ${first})`, 'first');
  return { limit: first, offset: decodeCursor(args.after) };
}

export function toPage<T>(nodes: T[], totalCount: number, offset: number): Page<T> {
  const end = offset + nodes.length;
  return {
    totalCount,
    totalCountIsEstimate: false,
    nodes,
    pageInfo: { hasNextPage: end < totalCount, endCursor: nodes.length > 0 ? encodeCursor(end) : null },
  };
}

/**
 * A page's lazy total: `count` runs at most once, when GraphQL first reads `totalCount` or `totalCountIsEstimate`
 * (only a query that selects one does); a page that is the last one knows its total without counting.
 */
export function lazyTotal<T>(
  page: Omit<Page<T>, 'totalCount' | 'totalCountIsEstimate'>,
  knownTotal: number | undefined,
  count: () => Promise<Count>,
): Page<T> {
  let counted: Promise<Count> | undefined;
  const total = () => {
    counted ??= knownTotal === undefined ? count() : Promise.resolve({ total: knownTotal, estimate: false });
    return counted;
  };
  return {
    ...page,
    get totalCount() {
      return total().then((c) => c.total);
    },
    get totalCountIsEstimate() {
      return total().then((c) => c.estimate);
    },
  };
}

/**
 * One page of an entity: the rows, plus one more to know whether a next page exists, and the count only when the
 * caller selects `totalCount` (GraphQL reads the lazy property only then): on a large table the count is the
 * expensive half, and a page that is the last one knows its total without it. The count reads a tally of
 * `countFrom` when one is kept by every key the where tests, else at most `exactCountLimit() + 1` rows and
 * estimates beyond (`countMatches`). At most three statements.
 * The primary key is always the last sort key, so pages do not overlap or skip when other keys tie.
 */
export async function paginate<T extends object>(
  em: EntityManager,
  entityName: EntityName<T>,
  where: FilterQuery<T>,
  args: ConnectionArgs,
  {
    countFrom,
    ...options
  }: Omit<FindOptions<T>, 'limit' | 'offset'> & {
    orderBy?: QueryOrderMap<T>;
    /** Tallies the count may be read from instead of the rows (`countMatches`, `CountFrom`). */
    countFrom?: readonly CountFrom<T>[];
  } = {},
): Promise<Page<T>> {
  const { limit, offset } = pageWindow(args);
  if (limit === 0) {
    const { total, estimate } = await countMatches(em, entityName, where, countFrom);
    return { ...toPage([], total, offset), totalCountIsEstimate: estimate };
  }
  const orderBy = { ...(options.orderBy ?? {}), id: 'asc' } as QueryOrderMap<T>;
  const window = { orderBy, limit: limit + 1, offset };
  const rows =
    isReadOnly(em) && Object.keys(options).every((option) => option === 'orderBy')
      ? await findReadOnly(em, entityName, where, window)
      : await em.find(entityName, where, { ...(options as FindOptions<T>), ...window } as FindOptions<T>);
  const hasNextPage = rows.length > limit;
  const nodes = hasNextPage ? rows.slice(0, limit) : rows;
  const knownTotal = !hasNextPage && (nodes.length > 0 || offset === 0) ? offset + nodes.length : undefined;
  return lazyTotal(
    { nodes, pageInfo: { hasNextPage, endCursor: nodes.length > 0 ? encodeCursor(offset + nodes.length) : null } },
    knownTotal,
    () => countMatches(em, entityName, where, countFrom),
  );
}
