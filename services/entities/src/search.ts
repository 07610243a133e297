/**
 * The register's substring search (`EntityFilter.search`: name, address or 统一社会信用代码 contains the term) through
 * a bigram index, so that it does not scan the register. Chinese names are searched by two characters ("金福"), which
 * a trigram index cannot serve, so the index keeps every pair of adjacent characters of a business's searchable text
 * (`entity_bigram`, one row per pair and business, with the business's name). A term of two characters or more takes
 * its candidates from the postings of its pairs, rarest first; the LIKE conditions the search always had then decide
 * on those candidates, so the answers are exactly the scan's. A one-character term has no pair and scans, as before.
 *
 * The postings are written by the database's triggers on `entity` (migration `bigram_order`), in the transaction of
 * whatever writes the business: the API, the demo data, a bulk load or plain SQL. They are keyed (pair, name, id), so
 * the register's list reads a search's page in its own order from the postings (`searchPage`) and counts a term of
 * one pair from them alone; that is only right because a posting never outlives or misses its business.
 */
import { type EntityManager, type FilterQuery, raw } from '@mikro-orm/core';
import {
  type ConnectionArgs,
  type Count,
  contains,
  countMatches,
  encodeCursor,
  exactCountLimit,
  findByIds,
  likeTerm,
  type Page,
  pageWindow,
  toPage,
} from '@shian/subgraph-kit';
import { Entity } from './entities';

const TABLE = 'entity_bigram';

/** What the search reads of a business. */
export interface SearchableText {
  name: string;
  address: string;
  creditCode: string;
}

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

/**
 * A business's pairs. The migrations' triggers compute the same in SQL (they must agree): the test suite compares
 * the postings with this after every kind of write.
 */
export const entityBigrams = (entity: SearchableText): Set<string> =>
  pairsOf([entity.name, entity.address, entity.creditCode]);

// 500 rows of 2 parameters: well inside both dialects' parameter limits.
const ROWS_PER_STATEMENT = 500;

/**
 * Fills the postings of the first layout, (pair, id) without the name (migration `entity_bigram`, before
 * `bigram_order` replaced them with the triggers' own): that migration calls it on a register that already has
 * businesses, and so does the bench after a bulk load with the later migrations reverted. `bigram_order` builds its
 * postings from the register again whatever this left. A thousand businesses at a time in id order; answers how many.
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
    const postings: [string, string][] = [];
    for (const row of rows) {
      const text = { name: String(row.name), address: String(row.address), creditCode: String(row.credit_code) };
      for (const pair of entityBigrams(text)) postings.push([pair, String(row.id)]);
    }
    for (let i = 0; i < postings.length; i += ROWS_PER_STATEMENT) {
      const chunk = postings.slice(i, i + ROWS_PER_STATEMENT);
      await execute(
        `insert into ${TABLE} (bigram, entity_id) values ${chunk.map(() => '(?, ?)').join(', ')} on conflict do nothing`,
        chunk.flat(),
      );
    }
    indexed += rows.length;
    after = String(rows[rows.length - 1]?.id);
  }
}

// Counting a pair's postings stops here: enough to tell a rare pair from a common one, and flat however many there are.
const RARITY_CAP = 1000;

/** The LIKE conditions the search always was: name or address contains the term, or the code its upper case. */
function likeCondition(search: string): FilterQuery<Entity> {
  return { $or: [contains(['name', 'address'], search), contains(['creditCode'], search.toUpperCase())] };
}

/**
 * The pairs a business must have to match `search`, one list per text the LIKEs look for (wildcards dropped, as
 * likeTerm does, folded like the postings). The texts differ only where upper-casing changes more than ASCII letters
 * (ß → SS): then a business matches by either's pairs. Undefined for a text of fewer than two characters (no pair).
 */
function termPairs(search: string): string[][] | undefined {
  const texts = [...new Set([search, search.toUpperCase()].map((term) => fold(likeTerm(term)?.slice(1, -1) ?? '')))];
  if (texts.some((text) => Array.from(text).length < 2)) return undefined;
  return texts.map((text) => [...pairsOf([text])]);
}

/** A pair list with its rarest pair first, which drives; undefined when a pair has no postings (nothing matches). */
function rarestFirst(pairs: string[], rarity: Map<string, number>): string[] | undefined {
  if (pairs.some((pair) => rarity.get(pair) === 0)) return undefined;
  return [...pairs].sort((a, b) => (rarity.get(a) ?? 0) - (rarity.get(b) ?? 0));
}

/**
 * The postings of the driving pair `p0` whose business has every other pair: each other pair is one primary-key
 * probe per candidate, on the candidate's own key (pair, name, id).
 */
function candidatesSql(pairs: string[]): { where: string; params: string[] } {
  const probes = pairs
    .slice(1)
    .map(
      (_, i) =>
        ` and exists (select 1 from ${TABLE} p${i + 1} where p${i + 1}.bigram = ? and p${i + 1}.name = p0.name and p${i + 1}.entity_id = p0.entity_id)`,
    );
  return { where: `p0.bigram = ?${probes.join('')}`, params: pairs };
}

/**
 * The search's condition, as it always was (LIKE on name and address, the code upper-cased since codes are stored
 * so and PostgreSQL's LIKE is case-sensitive), narrowed for a term of two characters or more to the businesses whose
 * postings hold all of its pairs. The caller puts it after the scope. The register's own list goes through
 * `searchPage` instead; this serves the lists that page per parent (a township's businesses) and the estimate.
 */
export async function searchCondition(em: EntityManager, search: string): Promise<FilterQuery<Entity>> {
  const exact = likeCondition(search);
  const variants = termPairs(search);
  if (!variants) return exact;
  const rarity = await pairRarity(em, [...new Set(variants.flat())]);
  const candidates = variants.flatMap((pairs) => {
    const ordered = rarestFirst(pairs, rarity);
    if (!ordered) return [];
    const { where, params } = candidatesSql(ordered);
    return [{ sql: `select p0.entity_id from ${TABLE} p0 where ${where}`, params }];
  });
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

/** The part of MikroORM's SQL entity manager read here (its driver packages are not this service's dependencies). */
interface EntityQuery {
  select(field: unknown): EntityQuery;
  where(condition: FilterQuery<Entity>): EntityQuery;
  getQuery(): string;
  getParams(): readonly unknown[];
}
const entityQuery = (em: EntityManager) =>
  (em as unknown as { createQueryBuilder(entity: typeof Entity, alias: string): EntityQuery })
    .createQueryBuilder(Entity, 'e')
    .select(raw('1'));

/**
 * The `from … where …` of a search's matches, one row per business (`p0.entity_id`), in the register's order when asked: the
 * driving pair's postings in key order (pair, name, id), so the order costs nothing and a page stops after its rows.
 * `condition` (the caller's scope and filters, and the LIKEs unless the postings decide alone) is tested on the
 * business, joined by key per posting; without one the business is not read at all. The postings lead (`cross
 * join` keeps SQLite from starting at an index of the register; PostgreSQL plans the join itself).
 */
function matchesSql(
  em: EntityManager,
  pairs: string[],
  condition: FilterQuery<Entity>,
): { body: string; params: unknown[] } {
  const candidates = candidatesSql(pairs);
  if (Object.keys(condition).length === 0)
    return { body: `from ${TABLE} p0 where ${candidates.where}`, params: candidates.params };
  const from = entityQuery(em).getQuery();
  const full = entityQuery(em).where(condition);
  const text = full.getQuery();
  // `select 1 from <entity> as <e> where …`: the register's table and alias as MikroORM quotes them, then its where.
  if (!text.startsWith(`${from} where `)) throw new Error(`the search cannot read the register's condition: ${text}`);
  const table = from.slice('select 1 from '.length);
  // PostgreSQL's text numbers its parameters ($1 …); the statement here binds `?` in the order they appear.
  const given = full.getParams();
  const params: unknown[] = [];
  const tests = text.slice(from.length + ' where '.length).replace(/\?|\$(\d+)/g, (_mark, n?: string) => {
    params.push(n === undefined ? given[params.length] : given[Number(n) - 1]);
    return '?';
  });
  return {
    body: `from ${TABLE} p0 cross join ${table} where e.id = p0.entity_id and ${candidates.where} and (${tests})`,
    params: [...candidates.params, ...params],
  };
}

/**
 * The register's list narrowed by a search (`entities(filter: { search })`), for a term of two characters or more:
 * `where` is the caller's scope and the other filters, without the search. The page is read from the rarest pair's
 * postings in the register's order (name, then id), so it reads its own businesses and not every match; the count
 * (only when asked, as `paginate`'s) of a term whose pair decides alone — two characters without case, such as
 * 金福 — reads the postings and nothing else when no other condition applies. Undefined where the postings cannot
 * serve: a term of one character (the scan, as before) or one whose upper case has other pairs (ß); the caller then
 * pages the whole condition (`searchCondition`). The answers are the scan's (test/search.test.ts).
 */
export async function searchPage(
  em: EntityManager,
  where: FilterQuery<Entity>,
  search: string,
  args: ConnectionArgs,
): Promise<Page<Entity> | undefined> {
  const variants = termPairs(search);
  if (variants?.length !== 1) return undefined;
  const { limit, offset } = pageWindow(args);
  const pairs = rarestFirst(variants[0] as string[], await pairRarity(em, variants[0] as string[]));
  if (!pairs) return toPage([], 0, offset);
  const text = likeTerm(search)?.slice(1, -1) ?? '';
  // Two characters neither of which has a case: a business has the pair exactly when a LIKE matches (on either
  // dialect, the code's upper case included), so the postings decide without the LIKEs.
  const decides = Array.from(text).length === 2 && text === text.toUpperCase() && text === text.toLowerCase();
  const condition = decides ? where : ({ $and: [where, likeCondition(search)] } as FilterQuery<Entity>);
  const postingsOnly = Object.keys(where).length === 0 && decides;
  const matches = matchesSql(em, pairs, postingsOnly ? {} : condition);
  const execute = (sql: string, params: unknown[]) =>
    em.getConnection().execute(sql, params) as Promise<Record<string, unknown>[]>;
  const cap = exactCountLimit();
  const capped = `select count(*) from (select 1 ${matches.body} limit ${cap + 1}) capped`;
  const count = async (): Promise<Count> => {
    const [row] = await execute(`select (${capped}) as n`, matches.params);
    const counted = Number(row?.n ?? 0);
    if (counted <= cap) return { total: counted, estimate: false };
    // Beyond the cap, the estimate every list gives (the kit's), of the same condition.
    return countMatches(em, Entity, { $and: [where, await searchCondition(em, search)] } as FilterQuery<Entity>);
  };
  if (limit === 0) {
    const { total, estimate } = await count();
    return { ...toPage([], total, offset), totalCountIsEstimate: estimate };
  }
  // Counted from the postings alone, the count costs less than a statement of its own (a fraction of a millisecond
  // for a few hundred postings, at most the cap's index entries): it comes with the page, one round trip for both.
  const rows = postingsOnly
    ? await execute(
        `select p0.entity_id, (${capped}) as n ${matches.body} order by p0.name, p0.entity_id limit ? offset ?`,
        [...matches.params, ...matches.params, limit + 1, offset],
      )
    : await execute(`select p0.entity_id ${matches.body} order by p0.name, p0.entity_id limit ? offset ?`, [
        ...matches.params,
        limit + 1,
        offset,
      ]);
  const ids = rows.map((row) => String(row.entity_id));
  const hasNextPage = ids.length > limit;
  const pageIds = hasNextPage ? ids.slice(0, limit) : ids;
  const byId = new Map((await findByIds(em, Entity, pageIds)).map((entity) => [entity.id, entity]));
  const nodes = pageIds.flatMap((id) => byId.get(id) ?? []);
  const withPage = rows[0]?.n === undefined ? undefined : Number(rows[0].n);
  const knownTotal =
    withPage !== undefined && withPage <= cap
      ? withPage
      : !hasNextPage && (nodes.length > 0 || offset === 0)
        ? offset + nodes.length
        : undefined;
  let counted: Promise<Count> | undefined;
  const total = () => {
    counted ??= knownTotal === undefined ? count() : Promise.resolve({ total: knownTotal, estimate: false });
    return counted;
  };
  return {
    nodes,
    pageInfo: { hasNextPage, endCursor: nodes.length > 0 ? encodeCursor(offset + nodes.length) : null },
    get totalCount() {
      return total().then((c) => c.total);
    },
    get totalCountIsEstimate() {
      return total().then((c) => c.estimate);
    },
  };
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
