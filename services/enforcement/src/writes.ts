import { FlushMode } from '@mikro-orm/core';
import type { Context } from '@shian/subgraph-kit';

/**
 * A mutation validates everything, then flushes once. MikroORM's default would flush pending changes before a
 * query that might see them (a case number looked up after the status was set, say), writing half a change outside
 * the final flush: every mutation switches its request's EntityManager to flush only when told.
 */
export function writing(ctx: Context): void {
  ctx.em.setFlushMode(FlushMode.COMMIT);
}
