import { describe, expect, it } from 'vitest';
import { dialects, testSubgraph } from '../src/testing';
import fixture from './fixture/src/schema';

const BOOKS = '{ books { totalCount } }';

/**
 * A seeded test database is a copy of a template seeded once (testing.ts, seededTemplate): each file's copy must be
 * its own, so that one file's writes reach neither the template nor a copy made after them.
 */
describe.each(await dialects())('seeded test databases on %s', (dialect) => {
  const first = testSubgraph(fixture, { dialect, seed: true });

  it('has the demo data, and a write in it stays in it', async () => {
    expect((await first.execute(BOOKS)).data?.books.totalCount).toBe(150);
    await first.orm.em.getConnection().execute("delete from book where id like 'b1%'");
    expect((await first.execute(BOOKS)).data?.books.totalCount).toBe(100);
  });

  describe('a copy made after that write', () => {
    const second = testSubgraph(fixture, { dialect, seed: true });

    it('has the demo data as seeded, in a database of its own', async () => {
      expect(second.target.dbName).not.toBe(first.target.dbName);
      expect((await second.execute(BOOKS)).data?.books.totalCount).toBe(150);
      expect((await first.execute(BOOKS)).data?.books.totalCount).toBe(100);
    });
  });
});
