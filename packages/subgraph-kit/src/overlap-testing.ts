import type { EntityManager, MikroORM } from '@mikro-orm/core';

export interface OverlapOptions {
  /** SQLite: how long the transaction stays open after `meanwhile` starts (ms). Default 300. */
  holdMs?: number;
  /**
   * PostgreSQL: how long to wait for `meanwhile` to block on the open transaction (ms) before committing anyway.
   * Default 10 s: under a loaded machine's scheduling a statement can take seconds to reach its lock.
   */
  timeoutMs?: number;
}

export interface Overlap {
  /**
   * PostgreSQL: whether another backend was seen waiting on a lock the open transaction held before it committed.
   * Always false on SQLite, where the held time is fixed.
   */
  blocked: boolean;
}

/**
 * Runs `write` in a transaction that stays open after it returns, starts `meanwhile` (another connection's writes),
 * and commits once `meanwhile` has to wait for it; resolves once both have finished. For tests of writers that
 * overlap: `meanwhile` is not awaited before the commit, because whether it waits for the held transaction (a lock)
 * is what such a test checks, through what the database holds afterwards.
 *
 * On PostgreSQL the commit comes as soon as another backend waits on a lock this transaction holds
 * (`pg_stat_activity.wait_event_type = 'Lock'` and this backend among its `pg_blocking_pids`), or as soon as
 * `meanwhile` finished without waiting (the race such a test is there to catch), or after `timeoutMs`. A fixed
 * pause could end before a slow `meanwhile` reached its lock, and the test would then pass without testing the
 * overlap; it also cost its whole length on a quiet machine. On SQLite, where one writer at a time holds the whole
 * database, the transaction is held `holdMs`.
 */
export async function whileTransactionOpen(
  orm: MikroORM,
  write: (em: EntityManager) => Promise<void>,
  meanwhile: () => Promise<unknown>,
  options: OverlapOptions = {},
): Promise<Overlap> {
  const postgres = /postgre/i.test(orm.em.getPlatform().constructor.name);
  let release!: () => void;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let written!: (backend: number | undefined) => void;
  const writeDone = new Promise<number | undefined>((resolve) => {
    written = resolve;
  });
  const writer = orm.em.fork().transactional(async (em) => {
    await write(em);
    let backend: number | undefined;
    if (postgres) {
      const [row] = await em
        .getConnection()
        .execute<{ pid: number }[]>('select pg_backend_pid() as pid', [], 'all', em.getTransactionContext());
      backend = row?.pid;
    }
    written(backend);
    await held;
  });
  // A write that fails rejects `writer` before it is held: the test sees that error, not a hang.
  const backend = await Promise.race([writeDone, writer.then(() => undefined)]);
  let settled = false;
  const other = meanwhile().finally(() => {
    settled = true;
  });
  // Its rejection is the test's to see below, once the writer has committed; it must not go unhandled meanwhile.
  other.catch(() => {});
  let blocked = false;
  try {
    if (postgres && backend !== undefined) {
      blocked = await blockedOn(orm, backend, () => settled, options.timeoutMs ?? 10_000);
    } else {
      await new Promise((resolve) => setTimeout(resolve, options.holdMs ?? 300));
    }
  } finally {
    release();
  }
  await Promise.all([writer, other]);
  return { blocked };
}

/** Polls until a backend waits on a lock `holder` holds (true), or `done()`, or the timeout (false). */
async function blockedOn(orm: MikroORM, holder: number, done: () => boolean, timeoutMs: number): Promise<boolean> {
  const connection = orm.em.fork().getConnection();
  const deadline = Date.now() + timeoutMs;
  while (!done() && Date.now() < deadline) {
    const [row] = await connection.execute<{ blocked: boolean }[]>(
      `select exists (select 1 from pg_stat_activity
         where wait_event_type = 'Lock' and ? = any(pg_blocking_pids(pid))) as blocked`,
      [holder],
    );
    if (row?.blocked) return true;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return false;
}
