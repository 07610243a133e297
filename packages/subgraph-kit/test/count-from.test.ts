import { describe, expect, it } from 'vitest';
import { countMatches } from '../src/count';
import { type CountFrom, countSourceFor, plainTests } from '../src/count-from';
import { dialects, testSubgraph } from '../src/testing';
import fixture, { Book } from './fixture/src/schema';

// A "tally" that answers from the fixture's demo data as the database would keep it: 150 books, 50 per shelf.
const asked: Record<string, unknown>[] = [];
const SHELVES: CountFrom<Book> = {
  by: { shelf: 'equal' },
  async count(_em, values) {
    asked.push(values);
    return values.shelf === undefined ? 150 : 50;
  },
};

describe('the where a tally is kept by', () => {
  it('reads conjunctions of equalities and whole years, nested or not', () => {
    expect(plainTests({})).toEqual(new Map());
    expect(
      plainTests({
        $and: [
          { township: 'T1' },
          { $and: [{ on: { $gte: '2024-01-01', $lte: '2024-12-31' } }, { grade: { $eq: 'D' } }] },
        ],
      }),
    ).toEqual(
      new Map<string, unknown>([
        ['township', { kind: 'equal', value: 'T1' }],
        ['on', { kind: 'year', value: 2024 }],
        ['grade', { kind: 'equal', value: 'D' }],
      ]),
    );
    // A scope and the same township in the filter are one test.
    expect(plainTests({ $and: [{ township: 'T1' }, { township: 'T1' }] })?.size).toBe(1);
  });

  it('leaves every other where to the plain count', () => {
    for (const where of [
      { $and: [{ township: 'T1' }, { township: 'T2' }] }, // an attacker's township under another's scope
      { $or: [{ township: 'T1' }] },
      { township: { $in: ['T1'] } },
      { township: { $ne: 'T1' } },
      { on: { $gte: '2024-01-01' } },
      { on: { $gte: '2024-01-01', $lte: '2024-06-30' } },
      { on: { $gte: '2024-02-01', $lte: '2024-12-31' } },
      { plan: { level: 'CITY' } },
      { grade: null },
      { open: true },
      { $and: [{ township: 'T1' }, { id: { $in: ['a'] } }] },
    ])
      expect(plainTests(where), JSON.stringify(where)).toBeUndefined();
  });

  it('chooses the first source kept by every key the where tests', () => {
    const year: CountFrom<{ on: string; township: string }> = {
      by: { township: 'equal', on: 'year' },
      count: async () => 1,
    };
    const township: CountFrom<{ on: string; township: string }> = { by: { township: 'equal' }, count: async () => 2 };
    expect(countSourceFor([township, year], { township: 'T1' })).toEqual({
      source: township,
      values: { township: 'T1' },
    });
    expect(
      countSourceFor([township, year], {
        $and: [{ township: 'T1' }, { on: { $gte: '2023-01-01', $lte: '2023-12-31' } }],
      }),
    ).toEqual({ source: year, values: { township: 'T1', on: 2023 } });
    // A key a source has, tested another way than it says, is not that source's.
    expect(countSourceFor([township], { township: { $gte: '2023-01-01', $lte: '2023-12-31' } })).toBeUndefined();
    expect(countSourceFor([year], { on: '2023-05-01' })).toBeUndefined();
    expect(countSourceFor(undefined, {})).toBeUndefined();
  });
});

describe.each(await dialects())('counts from a tally on %s', (dialect) => {
  const t = testSubgraph(fixture, { dialect, seed: true });

  it('reads the tally for its shape, exact, and counts the rows for any other', async () => {
    const em = t.orm.em.fork();
    asked.length = 0;
    expect(await countMatches(em, Book, { shelf: 's1' }, [SHELVES])).toEqual({ total: 50, estimate: false });
    expect(await countMatches(em, Book, {}, [SHELVES])).toEqual({ total: 150, estimate: false });
    expect(asked).toEqual([{ shelf: 's1' }, {}]);
    const rows = await t.countStatements(() =>
      countMatches(em, Book, { $and: [{ shelf: 's1' }, { title: { $like: 'Title 00%' } }] }, [SHELVES]),
    );
    expect(rows.result).toEqual({ total: 4, estimate: false });
    expect(rows.statements).toBe(1);
    expect(asked).toHaveLength(2);
  });
});
