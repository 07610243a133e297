import { afterEach, describe, expect, it, vi } from 'vitest';
import { countMatches, EXACT_COUNT_LIMIT, exactCountLimit } from '../src/count';
import { pagesPerParent } from '../src/per-parent';
import { dialects, testSubgraph } from '../src/testing';
import fixture, { Book } from './fixture/src/schema';

// The fixture's demo data: 150 books b000…b149, book i on shelf s(i % 3 + 1), titles "Title 000"….
const COUNTED = '{ books(first: 10) { totalCount totalCountIsEstimate } }';

afterEach(() => {
  vi.unstubAllEnvs();
});

it('counts exactly up to ten thousand unless SHIAN_EXACT_COUNT_LIMIT says otherwise', () => {
  expect(exactCountLimit()).toBe(EXACT_COUNT_LIMIT);
  vi.stubEnv('SHIAN_EXACT_COUNT_LIMIT', '100');
  expect(exactCountLimit()).toBe(100);
  vi.stubEnv('SHIAN_EXACT_COUNT_LIMIT', 'many');
  expect(exactCountLimit()).toBe(EXACT_COUNT_LIMIT);
});

describe.each(await dialects())('totalCount above the limit on %s', (dialect) => {
  const t = testSubgraph(fixture, { dialect, seed: true });

  it('is exact up to the limit, and an estimate of about the rows above it', async () => {
    // PostgreSQL's estimate comes from its statistics, as autovacuum would keep them.
    if (dialect === 'postgresql') await t.orm.em.getConnection().execute('analyze book');
    vi.stubEnv('SHIAN_EXACT_COUNT_LIMIT', '150');
    expect((await t.execute(COUNTED)).data?.books).toEqual({ totalCount: 150, totalCountIsEstimate: false });

    vi.stubEnv('SHIAN_EXACT_COUNT_LIMIT', '100');
    const above = (await t.execute(COUNTED)).data?.books;
    expect(above.totalCountIsEstimate).toBe(true);
    expect(above.totalCount).toBeGreaterThanOrEqual(120);
    expect(above.totalCount).toBeLessThanOrEqual(180);
  });

  it('estimates the where: a third of the books, never fewer than it counted', async () => {
    if (dialect === 'postgresql') await t.orm.em.getConnection().execute('analyze book');
    const em = t.orm.em.fork();
    vi.stubEnv('SHIAN_EXACT_COUNT_LIMIT', '20');
    const shelf = await countMatches(em, Book, { shelf: 's1' });
    expect(shelf.estimate).toBe(true);
    expect(shelf.total).toBeGreaterThanOrEqual(35);
    expect(shelf.total).toBeLessThanOrEqual(65);
    // Fewer rows than the limit match: exact, whatever the table holds.
    expect(await countMatches(em, Book, { title: { $like: 'Title 00%' } })).toEqual({ total: 10, estimate: false });
    vi.stubEnv('SHIAN_EXACT_COUNT_LIMIT', '5');
    const few = await countMatches(em, Book, { title: { $like: 'Title 00%' } });
    expect(few.estimate).toBe(true);
    expect(few.total).toBeGreaterThanOrEqual(6);
  });

  it('counts only when totalCount or totalCountIsEstimate is read, once for both', async () => {
    vi.stubEnv('SHIAN_EXACT_COUNT_LIMIT', '1000');
    const without = await t.countStatements(() => t.execute('{ books(first: 10) { nodes { id } } }'));
    expect(without.statements).toBe(1);
    const flagOnly = await t.countStatements(() => t.execute('{ books(first: 10) { totalCountIsEstimate } }'));
    expect(flagOnly.result.data?.books.totalCountIsEstimate).toBe(false);
    expect(flagOnly.statements).toBe(2);
    const both = await t.countStatements(() => t.execute(COUNTED));
    expect(both.statements).toBe(2);
    // The capped count reads at most limit + 1 rows.
    expect(both.sql[1]).toMatch(/limit/i);
  });

  it('caps and estimates each parent of a batch, in one statement for the counts', async () => {
    vi.stubEnv('SHIAN_EXACT_COUNT_LIMIT', '40');
    const em = t.orm.em.fork();
    const batch = await pagesPerParent(em, Book, {}, 'shelf', ['s1', 's2', 'empty'], { first: 10 });
    const counted = await t.countStatements(() =>
      Promise.all(batch.map(async (page) => [await page.totalCount, await page.totalCountIsEstimate])),
    );
    expect(counted.result.map(([, estimate]) => estimate)).toEqual([true, true, false]);
    expect(counted.result[2][0]).toBe(0);
    for (const [total] of counted.result.slice(0, 2)) expect(total).toBeGreaterThan(40);
    vi.stubEnv('SHIAN_EXACT_COUNT_LIMIT', '50');
    const exact = await pagesPerParent(em, Book, {}, 'shelf', ['s1', 's2', 'empty'], { first: 10 });
    const totals = await t.countStatements(() => Promise.all(exact.map((page) => page.totalCount)));
    expect(totals.result).toEqual([50, 50, 0]);
    expect(totals.statements).toBe(1);
    expect(await Promise.all(exact.map((page) => page.totalCountIsEstimate))).toEqual([false, false, false]);
  });
});
