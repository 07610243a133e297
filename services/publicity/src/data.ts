import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { isBureau } from '@shian/auth';
import { byKey, type Context, findByIds, groupBy, townshipScope } from '@shian/subgraph-kit';
import { OpinionEvent, OpinionEventStep, OutreachEvent, PublicityWeek } from './entities';

/**
 * The domain's reads that field resolvers share: each goes through a request-scoped DataLoader, so a page of 100
 * parents costs one statement per field, never one per parent.
 */

/**
 * Row scope of opinion events: an event about a business carries the business's township, and a township officer
 * sees those of their township; events about no one business are the district's, seen by every bureau role.
 */
export function opinionScope(ctx: Context): FilterQuery<OpinionEvent> {
  const scope = townshipScope(ctx);
  return scope === undefined ? {} : { $or: [{ townshipId: scope }, { townshipId: null }] };
}

/** `opinionScope` for one event already read (a reference): partners see none, a township officer its own. */
export function opinionVisible(ctx: Context, event: Pick<OpinionEvent, 'townshipId'>): boolean {
  if (!isBureau(ctx.identity)) return false;
  const scope = townshipScope(ctx);
  return scope === undefined || event.townshipId == null || event.townshipId === scope;
}

export const weekById = (ctx: Context) =>
  ctx.loader<string, PublicityWeek | null>('weekById', async (ids) =>
    byKey(await findByIds(ctx.em, PublicityWeek, ids), (row) => row.id, ids),
  );

export const stepsByEvent = (ctx: Context) =>
  ctx.loader<string, OpinionEventStep[]>('stepsByEvent', async (ids) =>
    groupBy(
      await ctx.em.find(OpinionEventStep, { event: { $in: [...ids] } }, { orderBy: { at: 'asc', id: 'asc' } }),
      (row) => row.event.id,
      ids,
    ),
  );

export const activitiesByWeek = (ctx: Context) =>
  ctx.loader<string, OutreachEvent[]>('activitiesByWeek', async (ids) =>
    groupBy(
      await ctx.em.find(OutreachEvent, { week: { $in: [...ids] } }, { orderBy: { heldOn: 'asc', id: 'asc' } }),
      (row) => row.week!.id,
      ids,
    ),
  );

/** Runs a grouped count (`select … as "key", count(*) as "n" …`); PostgreSQL returns counts as strings. */
export async function countsByKey(em: EntityManager, sql: string, params: unknown[]): Promise<Map<string, number>> {
  const rows = (await em.getConnection().execute(sql, params, 'all')) as { key: string; n: number | string }[];
  return new Map(rows.map((row) => [String(row.key), Number(row.n)]));
}
