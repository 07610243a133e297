import { describe, expect, it } from 'vitest';
import { dialects, testSubgraph, whileTransactionOpen } from '../src/testing';
import fixture from './fixture/src/schema';

describe.each(await dialects())('whileTransactionOpen on %s', (dialect) => {
  const t = testSubgraph(fixture, { dialect, seed: true });
  const title = async (id: string) =>
    (
      (await t.orm.em.fork().getConnection().execute('select title from book where id = ?', [id])) as {
        title: string;
      }[]
    )[0]?.title;
  const retitle = (id: string, to: string) => () =>
    t.orm.em.fork().getConnection().execute('update book set title = ? where id = ?', [to, id]);

  it('holds the transaction until the other writer waits for it, whose write then lands last', async () => {
    const overlap = await whileTransactionOpen(
      t.orm,
      async (em) => {
        await em
          .getConnection()
          .execute("update book set title = 'held' where id = 'b000'", [], 'run', em.getTransactionContext());
      },
      retitle('b000', 'meanwhile'),
    );
    // PostgreSQL: the other update was seen waiting on the held row before the commit, not merely given time.
    expect(overlap.blocked).toBe(dialect === 'postgresql');
    expect(await title('b000')).toBe('meanwhile');
  });

  it('commits as soon as the other writer finished without waiting (PostgreSQL), and passes on its error', async () => {
    const started = Date.now();
    const overlap = await whileTransactionOpen(
      t.orm,
      async (em) => {
        await em
          .getConnection()
          .execute("update book set title = 'held' where id = 'b001'", [], 'run', em.getTransactionContext());
      },
      retitle('b002', 'elsewhere'),
      { timeoutMs: 20_000 },
    );
    expect(overlap.blocked).toBe(false);
    if (dialect === 'postgresql') expect(Date.now() - started).toBeLessThan(10_000);
    expect([await title('b001'), await title('b002')]).toEqual(['held', 'elsewhere']);

    await expect(
      whileTransactionOpen(
        t.orm,
        async () => {},
        () => Promise.reject(new Error('the other writer failed')),
      ),
    ).rejects.toThrow('the other writer failed');
  });
});
