import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { nextInSequence } from '../src/writes';
import { dialects, testSubgraph } from '../src/testing';
import fixture from './fixture/src/schema';

const ADD = 'mutation($id: ID!, $title: String!) { addBook(id: $id, title: $title) { id title } }';

describe.each(await dialects())('writes on %s', (dialect) => {
  const t = testSubgraph(fixture, { dialect, seed: true });
  const books = async (id: string) =>
    Number((await t.orm.em.getConnection().execute('select count(*) as n from book where id = ?', [id]))[0].n);

  it('a create sent again with the same key returns the first result and writes once', async () => {
    const key = randomUUID();
    const first = await t.execute(ADD, { id: 'idem1', title: '第一次' }, { idempotencyKey: key });
    expect(first.errors).toBeUndefined();
    const again = await t.execute(ADD, { id: 'idem1', title: '第一次' }, { idempotencyKey: key });
    expect(again).toEqual(first);
    expect(await books('idem1')).toBe(1);
    // Without the key the same create is a duplicate, as before.
    const withoutKey = await t.execute(ADD, { id: 'idem1', title: '第一次' });
    expect(withoutKey.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('two concurrent calls with one key: one write, both answered with it', async () => {
    const key = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => t.execute(ADD, { id: 'idem2', title: '并发' }, { idempotencyKey: key })),
    );
    for (const result of results) {
      expect(result.errors).toBeUndefined();
      expect(result.data?.addBook).toEqual({ id: 'idem2', title: '并发' });
    }
    expect(await books('idem2')).toBe(1);
  });

  it('the same key with a different input is refused, nothing written; another caller has its own keys', async () => {
    const key = randomUUID();
    await t.execute(ADD, { id: 'idem3', title: '原文' }, { idempotencyKey: key });
    const changed = await t.execute(ADD, { id: 'idem4', title: '改过' }, { idempotencyKey: key });
    expect(changed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' });
    expect(changed.errors?.[0].message).toContain('幂等键');
    expect(await books('idem4')).toBe(0);
    const otherCaller = await t.execute(ADD, { id: 'idem4', title: '改过' }, { idempotencyKey: key, as: 'admin' });
    expect(otherCaller.errors).toBeUndefined();
    expect(await books('idem4')).toBe(1);
  });

  it('a refused create does not use up its key', async () => {
    const key = randomUUID();
    const refused = await t.execute(ADD, { id: 'idem5', title: ' ' }, { idempotencyKey: key });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fixed = await t.execute(ADD, { id: 'idem5', title: '补上' }, { idempotencyKey: key });
    expect(fixed.errors).toBeUndefined();
    expect(await books('idem5')).toBe(1);
  });

  it('one key on a request with two creates keys each by its alias', async () => {
    const key = randomUUID();
    const two = 'mutation { a: addBook(id: "idem6", title: "甲") { id } b: addBook(id: "idem7", title: "乙") { id } }';
    const first = await t.execute(two, {}, { idempotencyKey: key });
    expect(first.errors).toBeUndefined();
    expect(await t.execute(two, {}, { idempotencyKey: key })).toEqual(first);
    expect((await books('idem6')) + (await books('idem7'))).toBe(2);
  });

  it('a sequence gives N distinct numbers under N concurrent transactions, continuing from its floor', async () => {
    const n = 30;
    const numbers = await Promise.all(
      Array.from({ length: n }, () =>
        t.orm.em.fork().transactional((em) => nextInSequence(em, `测试〔${dialect}〕`, async () => 100)),
      ),
    );
    expect(new Set(numbers).size).toBe(n);
    expect(Math.min(...numbers)).toBe(101);
    expect(Math.max(...numbers)).toBe(100 + n);
  });

  it('a number issued in a transaction that rolls back is issued again', async () => {
    const name = `回滚〔${dialect}〕`;
    await t.orm.em.fork().transactional((em) => nextInSequence(em, name));
    await expect(
      t.orm.em.fork().transactional(async (em) => {
        await nextInSequence(em, name);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await t.orm.em.fork().transactional((em) => nextInSequence(em, name))).toBe(2);
    await expect(nextInSequence(t.orm.em.fork(), name)).rejects.toThrow('outside a transaction');
  });

  it.runIf(dialect === 'sqlite')('SQLite runs in WAL mode with a busy timeout and foreign keys', async () => {
    const connection = t.orm.em.getConnection();
    expect((await connection.execute('pragma journal_mode'))[0].journal_mode).toBe('wal');
    expect(Object.values((await connection.execute('pragma busy_timeout'))[0])[0]).toBe(5000);
    expect((await connection.execute('pragma foreign_keys'))[0].foreign_keys).toBe(1);
  });
});
