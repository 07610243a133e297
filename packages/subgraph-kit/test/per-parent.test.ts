import { describe, expect, it, vi } from 'vitest';
import { paginate } from '../src/connection';
import { encodeCursor } from '../src/cursor';
import { type EntityManager, wrap } from '@mikro-orm/core';
import { listPerParent, pagesPerParent } from '../src/per-parent';
import { findByIds, isReadOnly, markReadOnly, rowMapper } from '../src/read-only';
import { dialects, testSubgraph } from '../src/testing';
import fixture, { Book, Shelf } from './fixture/src/schema';

// The fixture's demo data: 150 books b000…b149, book i on shelf s(i % 3 + 1), titles "Title 000"….
const SHELVES = ['s1', 's2', 's3', 'empty'];

describe.each(await dialects())('pagesPerParent on %s', (dialect) => {
  const t = testSubgraph(fixture, { dialect, seed: true });
  const pages = (first: number, after?: number, where = {}) => {
    const em = t.orm.em.fork();
    return t.countStatements(() =>
      pagesPerParent(
        em,
        Book,
        where,
        'shelf',
        SHELVES,
        { first, after: after === undefined ? null : encodeCursor(after) },
        {
          orderBy: { title: 'desc' },
        },
      ),
    );
  };

  it('windows each parent in the database: first rows per parent, in order, in one statement', async () => {
    const { result, statements, sql } = await pages(2);
    expect(statements).toBe(1);
    expect(sql[0]).toMatch(/row_number\(\) over \(partition by/i);
    expect(result.map((page) => page.nodes.map((book) => book.id))).toEqual([
      ['b147', 'b144'],
      ['b148', 'b145'],
      ['b149', 'b146'],
      [],
    ]);
    expect(result.map((page) => page.pageInfo.hasNextPage)).toEqual([true, true, true, false]);
    expect(result[0].nodes[0]).toBeInstanceOf(Book);
    expect(result[0].nodes[0].title).toBe('Title 147');
  });

  it('counts only when a totalCount is read, once for the whole batch, and not on last pages', async () => {
    const em = t.orm.em.fork();
    const batch = await pagesPerParent(em, Book, {}, 'shelf', SHELVES, { first: 10 }, { orderBy: { title: 'asc' } });
    // The count is built once through the query builder, whatever the number of parents.
    const builder = vi.spyOn(em as unknown as { createQueryBuilder(): unknown }, 'createQueryBuilder');
    const counted = await t.countStatements(() => Promise.all(batch.map((page) => page.totalCount)));
    expect(counted.result).toEqual([50, 50, 50, 0]);
    expect(counted.statements).toBe(1);
    expect(builder).toHaveBeenCalledTimes(1);
    builder.mockRestore();

    const last = await pages(10, 45);
    expect(last.result.map((page) => page.nodes.length)).toEqual([5, 5, 5, 0]);
    expect(last.result.map((page) => page.pageInfo.hasNextPage)).toEqual([false, false, false, false]);
    const totals = await t.countStatements(() => Promise.all(last.result.slice(0, 3).map((page) => page.totalCount)));
    expect(totals.result).toEqual([50, 50, 50]);
    expect(totals.statements).toBe(0);
    expect(last.result[0].pageInfo.endCursor).toBe(encodeCursor(50));
  });

  it('applies the where, first: 0 answers counts, and one parent is a plain page', async () => {
    const filtered = await pages(100, undefined, { title: { $like: 'Title 00%' } });
    expect(filtered.result.map((page) => page.nodes.length)).toEqual([4, 3, 3, 0]);
    const none = await pages(0);
    expect(await Promise.all(none.result.map((page) => page.totalCount))).toEqual([50, 50, 50, 0]);
    expect(none.result.every((page) => page.nodes.length === 0)).toBe(true);
    const one = await pagesPerParent(
      t.orm.em.fork(),
      Book,
      {},
      'shelf',
      ['s2'],
      { first: 3 },
      { orderBy: { title: 'asc' } },
    );
    expect(one[0].nodes.map((book) => book.id)).toEqual(['b001', 'b004', 'b007']);
  });

  it('caps a plain child list per parent', async () => {
    const em = t.orm.em.fork();
    const { result, statements } = await t.countStatements(() =>
      listPerParent(em, Book, undefined, 'shelf', ['s3', 's1'], { limit: 3, orderBy: { title: 'desc' } }),
    );
    expect(statements).toBe(1);
    expect(result.map((books) => books.map((book) => book.id))).toEqual([
      ['b149', 'b146', 'b143'],
      ['b147', 'b144', 'b141'],
    ]);
  });

  it('in a query, answers the same entities without registering them; in a mutation, managed ones', async () => {
    const list = (em: EntityManager) =>
      listPerParent(em, Book, undefined, 'shelf', ['s1', 's2'], { limit: 2, orderBy: { title: 'asc' } });
    const writer = t.orm.em.fork();
    const reader = t.orm.em.fork();
    markReadOnly(reader);
    const [managed, read] = [await list(writer), await list(reader)];
    const plain = (groups: Book[][]) =>
      groups.map((books) => books.map((b) => ({ id: b.id, title: b.title, shelf: b.shelf.id })));
    expect(plain(read)).toEqual(plain(managed));
    const book = read[0]?.[0] as Book;
    expect(book).toBeInstanceOf(Book);
    expect(book.shelf).toBeInstanceOf(Shelf);
    expect(reader.getUnitOfWork().getById(Book.name, book.id)).toBeUndefined();
    expect(writer.getUnitOfWork().getById(Book.name, book.id)).toBe(managed[0]?.[0]);
    // What the request already holds is what it gets back.
    const held = await reader.findOneOrFail(Book, { id: book.id });
    expect((await list(reader))[0]?.[0]).toBe(held);
  });

  it("in a query, makes its entities without MikroORM's entity factory: one reference per record, held ones kept", async () => {
    const reader = t.orm.em.fork();
    markReadOnly(reader);
    const create = vi.spyOn(reader.getEntityFactory(), 'create');
    const createReference = vi.spyOn(reader.getEntityFactory(), 'createReference');
    const groups = await listPerParent(reader, Book, undefined, 'shelf', ['s1', 's2'], { limit: 3 });
    const managed = await t.orm.em.fork().find(Book, { shelf: { $in: ['s1', 's2'] } });
    expect(create).not.toHaveBeenCalled();
    expect(createReference).not.toHaveBeenCalled();
    const books = groups.flat();
    expect(books).toHaveLength(6);
    for (const book of books) {
      expect(book).toBeInstanceOf(Book);
      const twin = managed.find((m) => m.id === book.id) as Book;
      expect({ ...book, shelf: book.shelf.id }).toEqual({ id: twin.id, title: twin.title, shelf: twin.shelf.id });
      expect(wrap(book.shelf).isInitialized()).toBe(false);
    }
    // The same shelf is one instance within the request, like MikroORM's references.
    expect(groups[0]?.[0]?.shelf).toBe(groups[0]?.[1]?.shelf);
    expect(reader.getUnitOfWork().getById(Book.name, books[0]?.id as string)).toBeUndefined();
    // A book the request holds managed is the one answered; a shelf it holds is the reference handed out.
    const held = await reader.findOneOrFail(Book, { id: 'b000' });
    const shelf = await reader.findOneOrFail(Shelf, { id: 's3' });
    const again = rowMapper(reader, Book);
    expect(again({ id: 'b000', title: 'Title 000', shelf_id: 's1' })).toBe(held);
    expect(again({ id: 'x1', title: 'x', shelf_id: 's3' }).shelf).toBe(shelf);
    create.mockRestore();
    createReference.mockRestore();
  });

  it("finds by ids in a query with em.find's statement, written without the query builder", async () => {
    const ids = ['b005', 'b001', 'b149', 'missing'];
    const reader = t.orm.em.fork();
    markReadOnly(reader);
    const managed = await t.countStatements(() => t.orm.em.fork().find(Book, { id: { $in: ids } }));
    // em.find builds its statement in the driver, through the query builder; findByIds writes it.
    const builder = vi.spyOn(reader.getDriver() as unknown as { createQueryBuilder(): unknown }, 'createQueryBuilder');
    const read = await t.countStatements(() => findByIds(reader, Book, ids));
    expect(builder).not.toHaveBeenCalled();
    const statement = (sql: string[]) => sql.map((line) => line.replace(/ \[took .*$/, ''));
    expect(statement(read.sql)).toEqual(statement(managed.sql));
    const plain = (books: Book[]) =>
      books.map((b) => ({ id: b.id, title: b.title, shelf: b.shelf.id })).sort((a, b) => a.id.localeCompare(b.id));
    expect(plain(read.result)).toEqual(plain(managed.result));
    expect(read.result).toHaveLength(3);
    expect(reader.getUnitOfWork().getById(Book.name, 'b005')).toBeUndefined();
    expect(await findByIds(reader, Book, [])).toEqual([]);
    // A mutation's EntityManager gets em.find's managed entities.
    const writer = t.orm.em.fork();
    const [written] = await findByIds(writer, Book, ['b002']);
    expect(writer.getUnitOfWork().getById(Book.name, 'b002')).toBe(written);
    builder.mockRestore();
  });

  it('pages a query with the statement em.find runs, its rows not registered', async () => {
    const page = async (em: EntityManager) =>
      t.countStatements(() =>
        paginate(em, Book, { shelf: 's2' }, { first: 3, after: encodeCursor(3) }, { orderBy: { title: 'desc' } }),
      );
    const reader = t.orm.em.fork();
    markReadOnly(reader);
    const [managed, read] = [await page(t.orm.em.fork()), await page(reader)];
    const statement = (sql: string[]) => sql.map((line) => line.replace(/ \[took .*$/, ''));
    expect(statement(read.sql)).toEqual(statement(managed.sql));
    const plain = (books: Book[]) => books.map((b) => ({ id: b.id, title: b.title, shelf: b.shelf.id }));
    expect(plain(read.result.nodes)).toEqual(plain(managed.result.nodes));
    expect(read.result.nodes.map((b) => b.id)).toEqual(['b139', 'b136', 'b133']);
    expect(read.result.pageInfo).toEqual(managed.result.pageInfo);
    expect(reader.getUnitOfWork().getById(Book.name, 'b139')).toBeUndefined();
  });

  it('marks the EntityManager of a query read-only, never that of a mutation', async () => {
    const contexts: EntityManager[] = [];
    const original = t.runtime.contextFor;
    // Catch the context the runtime builds, then run one query and one mutation through it.
    t.runtime.contextFor = async (...args) => {
      const context = await original(...args);
      contexts.push(context.em);
      return context;
    };
    try {
      await t.execute('{ books(first: 1) { totalCount } }');
      await t.execute('mutation { addBook(id: "ro1", title: "read-only?") { id } }');
    } finally {
      t.runtime.contextFor = original;
    }
    expect(contexts.map(isReadOnly)).toEqual([true, false]);
  });
});
