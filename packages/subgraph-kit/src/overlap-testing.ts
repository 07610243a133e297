import type { EntityManager, MikroORM } from '@mikro-orm/core';

/**
 * Runs `write` in a transaction that stays open after it returns, starts `meanwhile` (another connection's writes),
 * and commits `holdMs` later; resolves once both have finished. For tests of writers that overlap: `meanwhile` is
 * not awaited before the commit, because whether it waits for the held transaction (a lock) is what such a test
 * checks, through what the database holds afterwards.
 */
export async function whileTransactionOpen(
  orm: MikroORM,
  write: (em: EntityManager) => Promise<void>,
  meanwhile: () => Promise<unknown>,
  holdMs = 300,
): Promise<void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let written!: () => void;
  const writeDone = new Promise<void>((resolve) => {
    written = resolve;
  });
  const writer = orm.em.fork().transactional(async (em) => {
    await write(em);
    written();
    await held;
  });
  // A write that fails rejects `writer` before it is held: the test sees that error, not a hang.
  await Promise.race([writeDone, writer]);
  const other = meanwhile();
  await new Promise((resolve) => setTimeout(resolve, holdMs));
  release();
  await Promise.all([writer, other]);
}
