import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/libsql';
import { describe, expect, it, vi } from 'vitest';
import { readerOf, runStatement, type SqliteClient, statementFor } from '../src/compiled';
import { paginate } from '../src/connection';
import { countMatches } from '../src/count';
import { findReadOnly, markReadOnly } from '../src/read-only';
import { openOrm } from '../src/orm';
import { dialects, testSubgraph, whileTransactionOpen } from '../src/testing';
import fixture, { Book } from './fixture/src/schema';

// The fixture's demo data: 150 books b000…b149, book i on shelf s(i % 3 + 1), titles "Title 000"….
describe.each(await dialects())('statements written once per shape, on %s', (dialect) => {
  const t = testSubgraph(fixture, { dialect, seed: true });
  const reader = () => {
    const em = t.orm.em.fork() as SqlEntityManager;
    markReadOnly(em);
    return em;
  };
  const window = { orderBy: { title: 'desc', id: 'asc' } as const, limit: 7, offset: 3 };

  // Pairs of filters of one shape and different values: the second answer comes from the first one's statement.
  const FILTERS: FilterQuery<Book>[][] = [
    [{}, {}],
    [{ shelf: 's1' }, { shelf: 's3' }],
    [{ shelf: { $in: ['s1', 's2'] } }, { shelf: { $in: ['s3', 'none'] } }],
    [
      { $and: [{ shelf: 's2' }, { title: { $like: 'Title 1%' } }] },
      { $and: [{ shelf: 's1' }, { title: { $like: '%5' } }] },
    ],
    [
      { $or: [{ id: 'b001' }, { title: { $gte: 'Title 140' } }] },
      { $or: [{ id: 'b100' }, { title: { $gte: 'Title 147' } }] },
    ],
    [{ $not: { shelf: 's1' } }, { $not: { shelf: 's2' } }],
    [
      { shelf: { $ne: 's1' }, title: { $lt: 'Title 050' } },
      { shelf: { $ne: 's3' }, title: { $lt: 'Title 010' } },
    ],
    [{ id: { $nin: ['b000', 'b001'] } }, { id: { $nin: ['b002', 'b003'] } }],
  ];

  it("answers what em.find answers, for each filter and each filter's values", async () => {
    for (const pair of FILTERS) {
      for (const where of pair) {
        const read = await findReadOnly(reader(), Book, where, window);
        const found = await t.orm.em.fork().find(Book, where, { ...window });
        expect(
          read.map((book) => book.id),
          JSON.stringify(where),
        ).toEqual(found.map((book) => book.id));
        const counted = await countMatches(reader(), Book, where);
        expect(counted.total, JSON.stringify(where)).toBe(await t.orm.em.fork().count(Book, where));
      }
    }
  });

  it('builds a shape once through the query builder, then binds each request its values', async () => {
    const builds: string[] = [];
    const build = (where: FilterQuery<Book>) => {
      builds.push(JSON.stringify(where));
      return reader()
        .createQueryBuilder(Book)
        .select('*')
        .where(where as never)
        .getKnexQuery()
        .toSQL();
    };
    const first = statementFor(reader(), Book, { shelf: 's1', title: { $in: ['a', 'b'] } }, 'test once', build);
    const second = statementFor(reader(), Book, { shelf: 's2', title: { $in: ['c', 'd'] } }, 'test once', build);
    expect(builds).toHaveLength(1);
    expect(builds[0]).not.toContain('s1');
    expect(second?.sql).toBe(first?.sql);
    expect(first?.bindings).toEqual(['s1', 'a', 'b']);
    expect(second?.bindings).toEqual(['s2', 'c', 'd']);
    // Another number of values, another purpose, or a null is another shape.
    statementFor(reader(), Book, { shelf: 's2', title: { $in: ['c'] } }, 'test once', build);
    statementFor(reader(), Book, { shelf: 's2', title: { $in: ['c', 'd'] } }, 'test twice', build);
    statementFor(reader(), Book, { shelf: null, title: { $in: ['c', 'd'] } }, 'test once', build);
    expect(builds).toHaveLength(4);

    const em = reader();
    const builder = vi.spyOn(em as unknown as { createQueryBuilder(): unknown }, 'createQueryBuilder');
    await findReadOnly(em, Book, { shelf: 's1' }, window);
    await paginate(em, Book, { shelf: 's2' }, { first: 5 }, { orderBy: { title: 'asc' } });
    await paginate(em, Book, { shelf: 's3' }, { first: 5 }, { orderBy: { title: 'asc' } });
    // The first two shapes were written by the test before (the findReadOnly one) or by the paginate just before.
    expect(builder.mock.calls.length).toBeLessThanOrEqual(1);
    builder.mockRestore();
  });

  it('leaves a filter no shape stands for to the query builder, each time', async () => {
    const build = vi.fn((where: FilterQuery<Book>) =>
      reader()
        .createQueryBuilder(Book)
        .select('*')
        .where(where as never)
        .getKnexQuery()
        .toSQL(),
    );
    // A relation filtered by its own properties, a value of another kind, an operator not in the list.
    for (const where of [
      { shelf: { label: 'Shelf s1' } },
      { title: new Date() },
      { title: { $re: 'Title' } },
      { unknown: 'x' },
    ] as FilterQuery<Book>[]) {
      expect(statementFor(reader(), Book, where, 'test none', build)).toBeNull();
    }
    expect(build).not.toHaveBeenCalled();
    // A builder that changes a value (a conversion the shape would skip) or declines: built each time, not kept.
    const upper = (where: FilterQuery<Book>) => {
      const { sql, bindings } = build(where);
      return { sql, bindings: bindings.map((value: unknown) => String(value).toUpperCase()) };
    };
    expect(statementFor(reader(), Book, { shelf: 's1' }, 'test upper', upper)).toBeNull();
    expect(statementFor(reader(), Book, { shelf: 's1' }, 'test declined', () => null)).toBeNull();

    const nested = { shelf: { label: 'Shelf s2' } } as FilterQuery<Book>;
    const read = await findReadOnly(reader(), Book, nested, window);
    const found = await t.orm.em.fork().find(Book, nested, { ...window });
    expect(read.map((book) => book.id)).toEqual(found.map((book) => book.id));
  });

  it('counts a bound statement as one statement, and binds whole numbers as integers', async () => {
    const { statements, result } = await t.countStatements(() =>
      findReadOnly(reader(), Book, { shelf: 's1' }, { orderBy: { id: 'asc' }, limit: 2, offset: 0 }),
    );
    expect(statements).toBe(1);
    expect(result.map((book) => book.id)).toEqual(['b000', 'b003']);
    // SQLite compares a text column with the integer 5 as with '5', not with the real 5.0 libsql would bind.
    const [row] = await runStatement(reader(), { sql: "select cast('5' as text) = ? as same", bindings: [5] });
    if (dialect === 'sqlite') expect(Number(row?.same)).toBe(1);
    const [typed] = await runStatement(reader(), {
      sql: dialect === 'sqlite' ? 'select typeof(?) as t' : 'select pg_typeof(?::int)::text as t',
      bindings: [21],
    });
    expect(typed?.t).toBe('integer');
  });

  it("reads SQLite's rows as arrays on a connection of its own, leaving the pool's statements in object mode", async () => {
    const sql = 'select id, title from book where shelf_id = ? order by id limit 2';
    const rows = await runStatement(reader(), { sql, bindings: ['s2'] });
    expect(rows).toEqual([
      { id: 'b001', title: 'Title 001' },
      { id: 'b004', title: 'Title 004' },
    ]);
    // The same text through knex, as MikroORM runs statements: the connection's prepared statement answers objects.
    const again = await reader().getConnection().getKnex().raw(sql, ['s2']);
    const plain = (dialect === 'sqlite' ? again : again.rows) as unknown[];
    expect(plain[0]).toEqual({ id: 'b001', title: 'Title 001' });
  });

  it.runIf(dialect === 'sqlite')(
    'reads a query outside the pool: a transaction open there neither holds it up nor shows it uncommitted rows',
    async () => {
      const sql = 'select title from book where id = ?';
      const title = async () => (await runStatement(reader(), { sql, bindings: ['b000'] }))[0]?.title;
      let during: unknown;
      await whileTransactionOpen(
        t.orm,
        async (em) => {
          await em
            .getConnection()
            .execute("update book set title = 'Changed' where id = 'b000'", [], 'run', em.getTransactionContext());
        },
        async () => {
          during = await title();
        },
      );
      // Through the pool's one connection the read would have waited for the commit and seen 'Changed'.
      expect(during).toBe('Title 000');
      expect(await title()).toBe('Changed');
      await t.orm.em.getConnection().execute("update book set title = 'Title 000' where id = 'b000'");
    },
  );

  it.runIf(dialect === 'sqlite')('closes the reader with the ORM', async () => {
    const dbName = path.join(os.tmpdir(), `shian-reader-${process.pid}-${Date.now()}.db`);
    const orm = await openOrm(fixture, { target: { dialect: 'sqlite', dbName } });
    try {
      const em = orm.em.fork();
      markReadOnly(em);
      expect(await runStatement(em, { sql: 'select 1 as one', bindings: [] })).toEqual([{ one: 1 }]);
      const client = (em as SqlEntityManager).getConnection().getKnex().client as unknown as SqliteClient;
      const opened = readerOf(client);
      if (!opened) throw new Error('no reader for a file');
      const close = vi.spyOn(opened.database, 'close');
      await orm.close();
      expect(close).toHaveBeenCalledTimes(1);
      expect(readerOf(client)).toBeNull();
    } finally {
      await orm.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(dbName + suffix, { force: true });
    }
  });
});
