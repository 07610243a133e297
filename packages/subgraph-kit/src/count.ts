import { type EntityManager, type EntityName, type FilterQuery, raw, Utils } from '@mikro-orm/core';
// Both SQL drivers share @mikro-orm/knex's entity manager; libsql re-exports its type.
import type { SqlEntityManager } from '@mikro-orm/libsql';
import { type Knex, PostgreSqlDriver } from '@mikro-orm/postgresql';

/**
 * Up to this many matches a list's `totalCount` is exact; beyond it, an estimate (`totalCountIsEstimate`), so that
 * counting a list costs the same on a city's million rows as on ten thousand. SHIAN_EXACT_COUNT_LIMIT overrides it
 * (tests set a low one).
 */
export const EXACT_COUNT_LIMIT = 10_000;

export function exactCountLimit(): number {
  const set = Number(process.env.SHIAN_EXACT_COUNT_LIMIT);
  return Number.isInteger(set) && set > 0 ? set : EXACT_COUNT_LIMIT;
}

/** A list's total: exact, or (above the limit) an estimate that is never below what was counted. */
export interface Count {
  total: number;
  estimate: boolean;
}

/** Rows sampled for SQLite's estimate: about ±10% for a filter matching an eighth of the table. */
const PROBES = 1000;
// Weyl's sequence spreads the probes over the table without a period that could fall in step with the data's own.
const GOLDEN = (Math.sqrt(5) - 1) / 2;
/** Where the probes fall, as shares of the table's rowid range (json_each reads them). */
const PROBE_POINTS = JSON.stringify(Array.from({ length: PROBES }, (_, i) => ((i + 1) * GOLDEN) % 1));

/**
 * Counts the rows of `where`, reading at most `exactCountLimit() + 1` of them (`select count(*) from (select 1 …
 * limit n)`): exact below the limit, else an estimate (`estimateMatches`). The where is the caller's whole where,
 * scope included, in both statements.
 */
export async function countMatches<T extends object>(
  em: EntityManager,
  entityName: EntityName<T>,
  where: FilterQuery<T>,
): Promise<Count> {
  const limit = exactCountLimit();
  const [row] = (await (em as SqlEntityManager)
    .getConnection()
    .execute(cappedCount(em, entityName, where, limit, 'n'))) as Record<string, unknown>[];
  const counted = Number(row?.n ?? 0);
  if (counted <= limit) return { total: counted, estimate: false };
  return { total: Math.max(counted, await estimateMatches(em, entityName, where)), estimate: true };
}

/** `select count(*) as <as> from (select 1 from … where … limit <limit + 1>)`, as a knex query. */
export function cappedCount<T extends object>(
  em: EntityManager,
  entityName: EntityName<T>,
  where: FilterQuery<T>,
  limit: number,
  as: string,
): Knex.QueryBuilder {
  const sql = em as SqlEntityManager;
  return sql
    .getKnex()
    .count({ [as]: '*' })
    .from(
      matching(em, entityName, where)
        .limit(limit + 1)
        .as('capped'),
    );
}

/** The rows of `where`, one per entity: its primary key when a to-many join could repeat it, else `1`. */
function matching<T extends object>(em: EntityManager, entityName: EntityName<T>, where: FilterQuery<T>) {
  const qb = (em as SqlEntityManager).createQueryBuilder(entityName, 'e').where(where);
  // MikroORM's own count makes the same choice (QueryBuilder.count); the method is private in its types only.
  if ((qb as unknown as { hasToManyJoins(): boolean }).hasToManyJoins()) {
    const meta = em.getMetadata().get(Utils.className(entityName));
    qb.select(meta.primaryKeys.map((key) => `e.${key}`) as never).distinct();
  } else qb.select(raw('1'));
  return qb.getKnexQuery();
}

/**
 * How many rows `where` matches, estimated without reading them. PostgreSQL: the planner's row estimate for the
 * same statement (EXPLAIN, from the statistics ANALYZE and autovacuum keep). SQLite has no estimate to ask for:
 * it tests the where on a fixed sample of `PROBES` rowids spread over the table and scales the share that matches
 * to the table's rowid range (gaps left by deletions count as misses, so the share stays fair). One statement.
 */
export async function estimateMatches<T extends object>(
  em: EntityManager,
  entityName: EntityName<T>,
  where: FilterQuery<T>,
): Promise<number> {
  const sql = em as SqlEntityManager;
  const connection = sql.getConnection();
  const query = matching(em, entityName, where);
  if (em.config.get('driver') === PostgreSqlDriver) {
    const { sql: text, bindings } = query.toSQL();
    const [row] = (await connection.execute(`explain (format json) ${text}`, [...bindings])) as Record<
      string,
      unknown
    >[];
    const plan = row?.['QUERY PLAN'] as { Plan?: { 'Plan Rows'?: number } }[] | undefined;
    return Math.round(plan?.[0]?.Plan?.['Plan Rows'] ?? 0);
  }
  const table = em.getMetadata().get(Utils.className(entityName)).tableName;
  const knex = sql.getKnex();
  const last = knex.raw('(select max(rowid) from ??)', [table]);
  // The sample drives the statement (CROSS JOIN keeps SQLite from starting at an index of the where instead).
  query.from(
    knex.raw('json_each(?) as shian_probe cross join ?? on e.rowid = 1 + cast(shian_probe.value * ? as integer)', [
      PROBE_POINTS,
      `${table} as e`,
      last,
    ]),
  );
  const [row] = (await connection.execute(
    knex.select(knex.raw('count(*) as n'), knex.raw('? as last', [last])).from(query.as('sampled')),
  )) as Record<string, unknown>[];
  return Math.round((Number(row?.n ?? 0) / PROBES) * Number(row?.last ?? 0));
}
