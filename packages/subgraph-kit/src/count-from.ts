import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { runStatement } from './compiled';

/**
 * How a tally's key may be tested: `equal` to one value, or `year`: within one calendar year, as a list's year
 * filter writes it (`{ $gte: 'YYYY-01-01', $lte: 'YYYY-12-31' }`).
 */
export type CountKey = 'equal' | 'year';

/** The values a where tests a tally's keys with: a string or number for `equal`, the year for `year`. */
export type CountValues<T> = Partial<Record<keyof T & string, string | number>>;

/**
 * A count the database keeps already (a tally its triggers move inside every writing transaction), which a list
 * reads instead of counting its rows: exact, and as cheap at a million rows as at ten thousand. `by` names the
 * properties the tally is kept by; the kit reads it only when every condition of the list's whole where (the
 * caller's scope included) tests one of them as `by` says, and counts the rows as before otherwise. `count` gets the
 * values of the keys the where tests (absent keys: any value) and must answer what `count(*)` over the rows with
 * those values would.
 */
export interface CountFrom<T> {
  by: Partial<Record<keyof T & string, CountKey>>;
  count(em: EntityManager, values: CountValues<T>): Promise<number>;
}

type Test = { kind: CountKey; value: string | number };

/**
 * The where's conditions as one test per property, if it is a conjunction of plain tests (`{ p: v }`,
 * `{ p: { $eq: v } }`, `{ p: <a whole year> }`, nested in `$and`); else undefined. A property tested twice with
 * the same value (a township's scope and the same township in the filter) is one test; with two different ones the
 * where is left to the plain count (it matches nothing, which the indexes find at once).
 */
export function plainTests(where: unknown): Map<string, Test> | undefined {
  const tests = new Map<string, Test>();
  const add = (condition: unknown): boolean => {
    if (condition === null || typeof condition !== 'object' || Array.isArray(condition)) return false;
    for (const [key, value] of Object.entries(condition)) {
      if (key === '$and') {
        if (!Array.isArray(value) || !value.every(add)) return false;
        continue;
      }
      if (key.startsWith('$')) return false;
      const test = testOf(value);
      if (!test) return false;
      const seen = tests.get(key);
      if (seen && (seen.kind !== test.kind || seen.value !== test.value)) return false;
      tests.set(key, test);
    }
    return true;
  };
  return add(where) ? tests : undefined;
}

function testOf(value: unknown): Test | undefined {
  if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)))
    return { kind: 'equal', value };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  const ops = value as Record<string, unknown>;
  if (keys.length === 1 && keys[0] === '$eq') return testOf(ops.$eq);
  if (keys.length !== 2 || typeof ops.$gte !== 'string' || typeof ops.$lte !== 'string') return undefined;
  const year = /^(\d{4})-01-01$/.exec(ops.$gte)?.[1];
  return year && ops.$lte === `${year}-12-31` ? { kind: 'year', value: Number(year) } : undefined;
}

/**
 * The first of `sources` whose keys cover every test of `where`, with the values to read it with; undefined when
 * none does (the where tests something no tally is kept by, or tests a key some other way: a range, a list, `$or`).
 */
export function countSourceFor<T>(
  sources: readonly CountFrom<T>[] | undefined,
  where: FilterQuery<T>,
): { source: CountFrom<T>; values: CountValues<T> } | undefined {
  if (!sources?.length) return undefined;
  const tests = plainTests(where);
  if (!tests) return undefined;
  for (const source of sources) {
    const by = source.by as Record<string, CountKey | undefined>;
    if ([...tests].every(([key, test]) => by[key] === test.kind))
      return {
        source,
        values: Object.fromEntries([...tests].map(([key, test]) => [key, test.value])) as CountValues<T>,
      };
  }
  return undefined;
}

/**
 * The sum of a tally's `n` over the rows whose columns equal the given values; a column given `undefined` is not
 * tested (any value). What a `CountFrom.count` reads from its tally. `table` and the column names are the service's
 * own constants, never input: only the values are bound.
 */
export async function sumTally(
  em: EntityManager,
  table: string,
  columns: readonly (readonly [column: string, value: string | number | undefined])[],
): Promise<number> {
  const given = columns.filter((test): test is readonly [string, string | number] => test[1] !== undefined);
  const where = given.length ? ` where ${given.map(([column]) => `${column} = ?`).join(' and ')}` : '';
  // As a page's other statements run (runStatement: bound, prepared once, on SQLite the file's reader outside a
  // transaction); through MikroORM's execute it cost more than the page's rows.
  const [row] = await runStatement(em, {
    sql: `select coalesce(sum(n), 0) as "n" from ${table}${where}`,
    bindings: given.map(([, value]) => value),
  });
  return Number(row?.n ?? 0);
}
