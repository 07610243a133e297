import type { MikroORM } from '@mikro-orm/core';
import { type ServerMetrics, scrapeGauge } from '@shian/server';
import type { Dialect } from './orm';

/** The parts of knex's pool (tarn) read at a scrape. */
interface TarnPool {
  max: number;
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
}

function knexPool(orm: MikroORM): TarnPool | undefined {
  const connection = orm.em.getConnection() as unknown as { getKnex?: () => { client?: { pool?: TarnPool } } };
  const pool = connection.getKnex?.().client?.pool;
  return pool && typeof pool.numUsed === 'function' ? pool : undefined;
}

/**
 * The database pool of a subgraph, read when Prometheus scrapes. PostgreSQL and the embedded libsql both run
 * through knex's pool: for PostgreSQL it holds up to `max` connections; for SQLite it is one connection to the file
 * (max 1), so `used` 1 with acquires pending means requests queue behind a write.
 */
export function ormPoolMetrics(metrics: ServerMetrics, orm: MikroORM, dialect: Dialect): void {
  scrapeGauge(
    metrics,
    {
      name: 'shian_db_pool_connections',
      help: 'Database pool: connections used and free, acquires waiting, connections being opened, and the maximum',
      labelNames: ['dialect', 'state'] as const,
    },
    function* () {
      const pool = knexPool(orm);
      if (!pool) return;
      yield [{ dialect, state: 'used' }, pool.numUsed()];
      yield [{ dialect, state: 'free' }, pool.numFree()];
      yield [{ dialect, state: 'pending_acquire' }, pool.numPendingAcquires()];
      yield [{ dialect, state: 'pending_create' }, pool.numPendingCreates()];
      yield [{ dialect, state: 'max' }, pool.max];
    },
  );
}
