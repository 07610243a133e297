import { type EntityManager, type EntityName, type FilterQuery, raw, Utils } from '@mikro-orm/core';
// Both SQL drivers share @mikro-orm/knex's entity manager; libsql re-exports its type.
import type { SqlEntityManager } from '@mikro-orm/libsql';
import { type ConnectionArgs, lazyTotal, type Page, pageWindow, paginate, toPage } from './connection';
import { runStatement, statementFor } from './compiled';
import { type Count, cappedCount, estimateMatches, exactCountLimit } from './count';
import { encodeCursor } from './cursor';
import { isReadOnly, rowMapper } from './read-only';

export type ParentOrder = Record<string, 'asc' | 'desc' | 'ASC' | 'DESC'>;

export interface PerParentOptions {
  /** Top-level properties only; the primary key breaks ties (ascending unless named), as in `paginate`. */
  orderBy?: ParentOrder;
}

const ROW_NUMBER = 'shian_rn';
const COUNT = 'shian_n';

/**
 * One page of children for each of many parents (a DataLoader batch), windowed by the database:
 * `row_number() over (partition by <parent> order by …)` keeps `first + 1` rows per parent whatever the number of
 * children, in one statement (SQLite ≥ 3.25 and PostgreSQL). Totals follow `paginate`: known without a count on a
 * last page, else one statement of capped counts for the whole batch, run only when some page's `totalCount` is
 * read, and an estimate for each parent above the limit.
 * One parent is plain `paginate` (its limit/offset use the indexes best). `where` must not filter through a
 * to-many relation (its join would repeat rows inside the window).
 */
export async function pagesPerParent<T extends object>(
  em: EntityManager,
  entityName: EntityName<T>,
  where: FilterQuery<T>,
  parent: keyof T & string,
  parentIds: readonly string[],
  args: ConnectionArgs,
  options: PerParentOptions = {},
): Promise<Page<T>[]> {
  const { limit, offset } = pageWindow(args);
  const forParents = (ids: readonly string[]) =>
    ({ $and: [where, { [parent]: ids.length === 1 ? ids[0] : { $in: [...ids] } }] }) as FilterQuery<T>;
  if (parentIds.length === 0) return [];
  if (parentIds.length === 1) {
    return [await paginate(em, entityName, forParents(parentIds), args, { orderBy: options.orderBy as never })];
  }

  let counted: Promise<Map<string, Count>> | undefined;
  const counts = () => {
    counted ??= countPerParent(em, entityName, (id) => forParents([id]), parentIds);
    return counted;
  };
  const countOf = async (id: string) => (await counts()).get(id) ?? { total: 0, estimate: false };
  if (limit === 0) {
    return Promise.all(
      parentIds.map(async (id) => {
        const { total, estimate } = await countOf(id);
        return { ...toPage<T>([], total, offset), totalCountIsEstimate: estimate };
      }),
    );
  }

  const groups = await windowPerParent(em, entityName, forParents(parentIds), parent, {
    orderBy: options.orderBy,
    from: offset,
    to: offset + limit + 1,
  });
  return parentIds.map((id) => {
    const rows = groups.get(id) ?? [];
    const hasNextPage = rows.length > limit;
    const nodes = hasNextPage ? rows.slice(0, limit) : rows;
    const knownTotal = !hasNextPage && (nodes.length > 0 || offset === 0) ? offset + nodes.length : undefined;
    return lazyTotal<T>(
      { nodes, pageInfo: { hasNextPage, endCursor: nodes.length > 0 ? encodeCursor(offset + nodes.length) : null } },
      knownTotal,
      () => countOf(id),
    );
  });
}

/**
 * How many children a plain child list answers at most, per parent (newest first where the list is ordered so):
 * the same ceiling as a connection's page.
 */
export const CHILD_LIST_LIMIT = 100;

/**
 * The first `limit` children of each parent, in one statement: for plain child lists (`[X!]!`) that could grow
 * without bound (an entity's cases, a township's notices), so that a page of parents never loads every child.
 */
export async function listPerParent<T extends object>(
  em: EntityManager,
  entityName: EntityName<T>,
  where: FilterQuery<T> | undefined,
  parent: keyof T & string,
  parentIds: readonly string[],
  options: PerParentOptions & { limit: number },
): Promise<T[][]> {
  if (parentIds.length === 0) return [];
  const condition = { [parent]: { $in: [...parentIds] } } as FilterQuery<T>;
  const groups = await windowPerParent(
    em,
    entityName,
    where ? ({ $and: [where, condition] } as FilterQuery<T>) : condition,
    parent,
    { orderBy: options.orderBy, from: 0, to: options.limit },
  );
  return parentIds.map((id) => groups.get(id) ?? []);
}

function columnOf<T extends object>(em: EntityManager, entityName: EntityName<T>, property: string): string {
  const meta = em.getMetadata().get(Utils.className(entityName));
  const prop = meta.properties[property];
  if (!prop?.fieldNames?.length || prop.fieldNames.length > 1) {
    throw new Error(`pagesPerParent: ${meta.className}.${property} is not a single-column property`);
  }
  return prop.fieldNames[0];
}

/** Rows numbered `from + 1 … to` of each parent's ordered children, grouped by parent id, in order. */
async function windowPerParent<T extends object>(
  em: EntityManager,
  entityName: EntityName<T>,
  where: FilterQuery<T>,
  parent: string,
  window: { orderBy?: ParentOrder; from: number; to: number },
): Promise<Map<string, T[]>> {
  const sql = em as SqlEntityManager;
  const meta = em.getMetadata().get(Utils.className(entityName));
  const parentColumn = columnOf(em, entityName, parent);
  const keys = Object.entries(window.orderBy ?? {});
  const order = [
    ...keys.map(([property, direction]) => {
      const dir = direction.toLowerCase();
      if (dir !== 'asc' && dir !== 'desc') throw new Error(`pagesPerParent: unsupported order ${direction}`);
      return `e.${columnOf(em, entityName, property)} ${dir}`;
    }),
    // The primary key breaks ties (ascending unless the order names it), so windows never overlap or skip.
    ...meta.primaryKeys
      .filter((key) => !keys.some(([property]) => property === key))
      .map((key) => `e.${columnOf(em, entityName, key)} asc`),
  ].join(', ');
  const rowNumber = () => raw(`row_number() over (partition by e.${parentColumn} order by ${order}) as ${ROW_NUMBER}`);
  const keyColumns = meta.primaryKeys.map((key) => columnOf(em, entityName, key));
  // Numbers only the keys; the rows kept are then joined back whole. SQLite's window otherwise carries (and sorts)
  // every column of every child: on the sampling subgraph's page, a third more than the rows it keeps.
  // Written once per shape of the filter and order (statementFor), the parents and the window bound.
  const inner = meta.schema
    ? null
    : statementFor(em, entityName, where, `window ${parentColumn} ${order}`, (shape) =>
        sql
          .createQueryBuilder(entityName, 'e')
          .select([...keyColumns.map((column) => raw(`e.${column}`)), rowNumber()])
          .where(shape)
          .getKnexQuery()
          .toSQL(),
      );
  let rows: Record<string, unknown>[];
  if (inner) {
    const quote = (name: string) => em.getPlatform().quoteIdentifier(name);
    const [w, s] = [quote('w'), quote('s')];
    const rank = `${w}.${quote(ROW_NUMBER)}`;
    const join = keyColumns.map((column) => `${s}.${quote(column)} = ${w}.${quote(column)}`).join(' and ');
    rows = await runStatement(em, {
      sql:
        `select ${s}.*, ${rank} from (${inner.sql}) as ${w} join ${quote(meta.tableName)} as ${s} on ${join} ` +
        `where ${rank} > ? and ${rank} <= ? order by ${rank} asc`,
      bindings: [...inner.bindings, window.from, window.to],
    });
  } else {
    const numbered = sql.createQueryBuilder(entityName, 'e').select(['e.*', rowNumber()]).where(where).getKnexQuery();
    const outer = sql
      .getKnex()
      .select('*')
      .from(numbered.as('w'))
      .where(`w.${ROW_NUMBER}`, '>', window.from)
      .andWhere(`w.${ROW_NUMBER}`, '<=', window.to)
      .orderBy(`w.${ROW_NUMBER}`);
    rows = (await sql.getConnection().execute(outer)) as Record<string, unknown>[];
  }
  const groups = new Map<string, T[]>();
  const toEntity = rowMapper(em, entityName);
  // A query's rows are read as they come (the read-only mapper reads only the entity's columns); copying each row
  // without its rank, as a mutation's managed entities need (em.map keeps the row as its snapshot), cost more than
  // making the entity.
  const withRank = isReadOnly(em);
  for (const row of rows) {
    const key = String(row[parentColumn]);
    const entity = toEntity(withRank ? row : withoutRank(row));
    const group = groups.get(key);
    if (group) group.push(entity);
    else groups.set(key, [entity]);
  }
  return groups;
}

function withoutRank(row: Record<string, unknown>): Record<string, unknown> {
  const { [ROW_NUMBER]: _rank, ...columns } = row;
  return columns;
}

/**
 * Each parent's count, read up to the limit (one capped count per parent, all in one statement, so a parent with a
 * million children costs what one with ten thousand does); a parent above the limit is estimated (`countMatches`).
 * `select (<capped count of parent 1>) as shian_n0, (… of parent 2) as shian_n1, …`: the parents' counts differ
 * only in the parent's id, so each is the one statement of its shape (`statementFor`) with its own values bound;
 * building a count per parent through the query builder was a tenth of the sampling subgraph's CPU on the
 * federated page. A filter no shape stands for builds each count as before.
 */
async function countPerParent<T extends object>(
  em: EntityManager,
  entityName: EntityName<T>,
  whereOf: (id: string) => FilterQuery<T>,
  parentIds: readonly string[],
): Promise<Map<string, Count>> {
  const limit = exactCountLimit();
  const quote = (name: string) => em.getPlatform().quoteIdentifier(name);
  const counts = parentIds.map((id) =>
    statementFor(em, entityName, whereOf(id), `count ${COUNT} ${limit}`, (shape) =>
      cappedCount(em, entityName, shape, limit, COUNT).toSQL(),
    ),
  );
  const [row] = counts.every((count) => count !== null)
    ? await runStatement(em, {
        sql: `select ${counts.map((count, i) => `(${count.sql}) as ${quote(`${COUNT}${i}`)}`).join(', ')}`,
        bindings: counts.flatMap((count) => count.bindings),
      })
    : ((await (em as SqlEntityManager)
        .getConnection()
        .execute(
          (em as SqlEntityManager)
            .getKnex()
            .select(
              parentIds.map((id, i) => cappedCount(em, entityName, whereOf(id), limit, COUNT).as(`${COUNT}${i}`)),
            ),
        )) as Record<string, unknown>[]);
  // PostgreSQL answers count(*) as a bigint string.
  return new Map(
    await Promise.all(
      parentIds.map(async (id, i): Promise<[string, Count]> => {
        const counted = Number(row?.[`${COUNT}${i}`] ?? 0);
        if (counted <= limit) return [id, { total: counted, estimate: false }];
        const estimated = await estimateMatches(em, entityName, whereOf(id));
        return [id, { total: Math.max(counted, estimated), estimate: true }];
      }),
    ),
  );
}
