/**
 * The register's substring search (`EntityFilter.search`: name, address or 统一社会信用代码 contains the term) through
 * a bigram index, so that it does not scan the register. Chinese names are searched by two characters ("金福"), which
 * a trigram index cannot serve, so the index keeps every pair of adjacent characters of a business's searchable text
 * (`entity_bigram`, one row per pair and business). A term of two characters or more takes its candidates from the
 * postings of its pairs, rarest first; the LIKE conditions the search always had then decide on those candidates, so
 * the answers are exactly the scan's. A one-character term has no pair and scans, as before.
 *
 * Every write of a business's name, address or code writes its postings in the same transaction (`indexEntities`,
 * `reindexEntity`); the migration `entity_bigram` filled them for the businesses already there (`backfillPostings`).
 */
import { type EntityManager, type FilterQuery, raw } from '@mikro-orm/core';
import { contains, likeTerm } from '@shian/subgraph-kit';
import type { Entity } from './entities';

const TABLE = 'entity_bigram';

/** What the search reads of a business. */
export interface SearchableText {
  name: string;
  address: string;
  creditCode: string;
}

/** Statements in the caller's transaction (a migration's `this.execute`, or `transactionSql`). */
export type ExecuteSql = (sql: string, params?: unknown[]) => Promise<unknown>;

/**
 * ASCII letters in lower case, nothing else: SQLite's LIKE ignores the case of ASCII letters only, PostgreSQL's
 * ignores none, so postings folded this way hold every pair either dialect's LIKE can match.
 */
const fold = (text: string) => text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());

/** The distinct pairs of adjacent characters (code points, as both databases count them) of each text. */
function pairsOf(texts: readonly string[]): Set<string> {
  const pairs = new Set<string>();
  for (const text of texts) {
    const chars = Array.from(fold(text));
    for (let i = 0; i + 1 < chars.length; i++) pairs.add(`${chars[i]}${chars[i + 1]}`);
  }
  return pairs;
}

export const entityBigrams = (entity: SearchableText): Set<string> =>
  pairsOf([entity.name, entity.address, entity.creditCode]);

// 500 rows of 2 parameters: well inside both dialects' parameter limits.
const ROWS_PER_STATEMENT = 500;

async function insertPostings(execute: ExecuteSql, rows: [string, string][]): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
    await execute(
      `insert into ${TABLE} (bigram, entity_id) values ${chunk.map(() => '(?, ?)').join(', ')} on conflict do nothing`,
      chunk.flat(),
    );
  }
}

/** Runs statements in the request's (or seed's) transaction; outside one the postings could part from their row. */
export function transactionSql(em: EntityManager): ExecuteSql {
  if (!em.isInTransaction()) throw new Error('the search index is written only inside the write’s transaction');
  return (sql, params = []) => em.getConnection().execute(sql, params, 'run', em.getTransactionContext());
}

/** Postings of businesses written for the first time (a create, the demo data). */
export async function indexEntities(
  execute: ExecuteSql,
  entities: readonly (SearchableText & { id: string })[],
): Promise<void> {
  const rows: [string, string][] = [];
  for (const entity of entities) for (const pair of entityBigrams(entity)) rows.push([pair, entity.id]);
  await insertPostings(execute, rows);
}

/** A business's text changed from `before` to `after`: the pairs it lost go, the pairs it gained come. */
export async function reindexEntity(
  execute: ExecuteSql,
  id: string,
  before: SearchableText,
  after: SearchableText,
): Promise<void> {
  const old = entityBigrams(before);
  const now = entityBigrams(after);
  const gone = [...old].filter((pair) => !now.has(pair));
  for (let i = 0; i < gone.length; i += ROWS_PER_STATEMENT) {
    const chunk = gone.slice(i, i + ROWS_PER_STATEMENT);
    await execute(`delete from ${TABLE} where entity_id = ? and bigram in (${chunk.map(() => '?').join(', ')})`, [
      id,
      ...chunk,
    ]);
  }
  await insertPostings(
    execute,
    [...now].filter((pair) => !old.has(pair)).map((pair) => [pair, id]),
  );
}

/**
 * Fills the postings of every business already on the register, a thousand at a time in id order (the migration
 * `entity_bigram`, and the bench's generated registers). Answers how many businesses it indexed.
 */
export async function backfillPostings(
  execute: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>,
): Promise<number> {
  let after = '';
  let indexed = 0;
  for (;;) {
    const rows = await execute(
      'select id, name, address, credit_code from entity where id > ? order by id limit 1000',
      [after],
    );
    if (rows.length === 0) return indexed;
    await indexEntities(
      execute,
      rows.map((row) => ({
        id: String(row.id),
        name: String(row.name),
        address: String(row.address),
        creditCode: String(row.credit_code),
      })),
    );
    indexed += rows.length;
    after = String(rows[rows.length - 1]?.id);
  }
}

// Counting a pair's postings stops here: enough to tell a rare pair from a common one, and flat however many there are.
const RARITY_CAP = 1000;

/**
 * The search's condition, as it always was (LIKE on name and address, the code upper-cased since codes are stored
 * so and PostgreSQL's LIKE is case-sensitive), narrowed for a term of two characters or more to the businesses whose
 * postings hold all of its pairs. The caller puts it after the scope.
 */
export async function searchCondition(em: EntityManager, search: string): Promise<FilterQuery<Entity>> {
  const upper = search.toUpperCase();
  const exact: FilterQuery<Entity> = {
    $or: [contains(['name', 'address'], search), contains(['creditCode'], upper)],
  };
  // The texts the LIKEs look for (wildcards dropped, as likeTerm does), folded like the postings. They differ only
  // where upper-casing changes more than ASCII letters (ß → SS): then a business matches by either's pairs.
  const texts = [...new Set([search, upper].map((term) => fold(likeTerm(term)?.slice(1, -1) ?? '')))];
  if (texts.some((text) => Array.from(text).length < 2)) return exact;
  const variants = texts.map((text) => [...pairsOf([text])]);
  const rarity = await pairRarity(em, [...new Set(variants.flat())]);
  const candidates: { sql: string; params: string[] }[] = [];
  for (const pairs of variants) {
    if (pairs.some((pair) => rarity.get(pair) === 0)) continue;
    // The rarest pair drives; each other pair is one primary-key probe per candidate.
    const [first, ...rest] = pairs.sort((a, b) => (rarity.get(a) ?? 0) - (rarity.get(b) ?? 0));
    const probes = rest.map(
      (_, i) =>
        ` and exists (select 1 from ${TABLE} p${i + 1} where p${i + 1}.bigram = ? and p${i + 1}.entity_id = p0.entity_id)`,
    );
    candidates.push({
      sql: `select p0.entity_id from ${TABLE} p0 where p0.bigram = ?${probes.join('')}`,
      params: [first as string, ...rest],
    });
  }
  if (candidates.length === 0) return { id: { $in: [] } };
  // The subquery is a value, not a raw key (a key is forgotten after its first use; the page and its count both use
  // this). On PostgreSQL the ids come as an array computed once: given `in (subquery)`, its planner guesses the LIKEs
  // match a few dozen rows and scans the register with them first (measured: 66 ms at 100k, as slow as no index).
  const union = candidates.map((c) => c.sql).join(' union ');
  const params = candidates.flatMap((c) => c.params);
  const ids = /postgre/i.test(em.getPlatform().constructor.name)
    ? raw(`any(array(${union}))`, params)
    : { $in: raw(`(${union})`, params) };
  return { $and: [{ id: ids }, exact] } as FilterQuery<Entity>;
}

/** How many postings each pair has, counted up to RARITY_CAP; one statement, none for a single pair. */
async function pairRarity(em: EntityManager, pairs: string[]): Promise<Map<string, number>> {
  if (pairs.length < 2) return new Map();
  const rows = (await em
    .getConnection()
    .execute(
      pairs
        .map(
          (_, i) =>
            `select ${i} as k, count(*) as n from (select 1 from ${TABLE} where bigram = ? limit ${RARITY_CAP}) c${i}`,
        )
        .join(' union all '),
      pairs,
    )) as { k: number | string; n: number | string }[];
  return new Map(rows.map((row) => [pairs[Number(row.k)] as string, Number(row.n)]));
}
