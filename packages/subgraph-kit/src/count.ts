import { type EntityManager, type EntityName, type FilterQuery, raw, Utils } from '@mikro-orm/core';
// Both SQL drivers share @mikro-orm/knex's entity manager; libsql re-exports its type.
import type { SqlEntityManager } from '@mikro-orm/libsql';
import { type Knex, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { runStatement, statementFor } from './compiled';
import { type CountFrom, countSourceFor } from './count-from';

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

/**
 * SQLite's estimate reads 1,000 rows: 100 runs of 10 consecutive rowids. Runs, because each costs about one page of
 * the table (1,000 scattered rows were 1,000 pages, as slow as counting on a million rows); 100 of them, spread over
 * the whole table, because rows written together (a day's samples) are alike.
 */
const RUNS = 100;
const RUN_LENGTH = 10;
// Weyl's sequence spreads the runs over the table without a period that could fall in step with the data's own;
// in order, so that the lookups walk the table forwards.
const GOLDEN = (Math.sqrt(5) - 1) / 2;
/** Where the runs start, as shares of the table's rowid range, and the steps of a run (json_each reads both). */
const RUN_STARTS = JSON.stringify(Array.from({ length: RUNS }, (_, i) => ((i + 1) * GOLDEN) % 1).sort());
const RUN_STEPS = JSON.stringify(Array.from({ length: RUN_LENGTH }, (_, i) => i));

/**
 * Counts the rows of `where`: from a tally the database keeps, when one of `countFrom` is kept by every key the
 * where tests (`countSourceFor`), exact; else reading at most `exactCountLimit() + 1` of them (`select count(*) from
 * (select 1 … limit n)`): exact below the limit, else an estimate (`estimateMatches`). The where is the caller's
 * whole where, scope included, in every statement and in the choice of the tally.
 */
export async function countMatches<T extends object>(
  em: EntityManager,
  entityName: EntityName<T>,
  where: FilterQuery<T>,
  countFrom?: readonly CountFrom<T>[],
): Promise<Count> {
  const tally = countSourceFor(countFrom, where);
  if (tally) return { total: await tally.source.count(em, tally.values), estimate: false };
  const limit = exactCountLimit();
  // Written once per shape of the filter (statementFor), its values bound; else built each time.
  const statement = statementFor(em, entityName, where, `count n ${limit}`, (shape) =>
    cappedCount(em, entityName, shape, limit, 'n').toSQL(),
  );
  const [row] = statement
    ? await runStatement(em, statement)
    : ((await (em as SqlEntityManager)
        .getConnection()
        .execute(cappedCount(em, entityName, where, limit, 'n'))) as Record<string, unknown>[]);
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
 * it tests the where on a fixed sample of rowids spread over the table (`RUNS`) and scales the share that matches
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
    knex.raw(
      'json_each(?) as shian_run cross join json_each(?) as shian_step cross join ?? ' +
        'on e.rowid = 1 + cast(shian_run.value * ? as integer) + shian_step.value',
      [RUN_STARTS, RUN_STEPS, `${table} as e`, last],
    ),
  );
  const [row] = (await connection.execute(
    knex.select(knex.raw('count(*) as n'), knex.raw('? as last', [last])).from(query.as('sampled')),
  )) as Record<string, unknown>[];
  return Math.round((Number(row?.n ?? 0) / (RUNS * RUN_LENGTH)) * Number(row?.last ?? 0));
}
