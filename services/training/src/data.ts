import {
  byKey,
  CHILD_LIST_LIMIT,
  type Context,
  countsByKey,
  groupBy,
  listPerParent,
  requireBureau,
  townshipScope,
} from '@shian/subgraph-kit';
import { Attendance, TrainingAssessment, TrainingSession, WorkshopUpgrade } from './entities';

/**
 * The domain's reads that field resolvers share: each goes through a request-scoped DataLoader, so a page of 100
 * parents costs one statement per field, never one per parent.
 */

/**
 * Row scope of records that belong to an entity (and so to its township): the `where` fragment for the caller.
 * Sessions are the district's and carry no such scope; who attended them does.
 */
export function entityScope(ctx: Context): { townshipId?: string } {
  const scope = townshipScope(ctx);
  return scope === undefined ? {} : { townshipId: scope };
}

/** A township filter inside the caller's scope: another township than one's own matches nothing. */
export function townshipFilter(
  ctx: Context,
  townshipId: string | null | undefined,
): { townshipId?: string | { $in: [] } } {
  const scoped = entityScope(ctx);
  if (!townshipId) return scoped;
  return scoped.townshipId && scoped.townshipId !== townshipId ? { townshipId: { $in: [] } } : { townshipId };
}

export const sessionById = (ctx: Context) =>
  ctx.loader<string, TrainingSession | null>('sessionById', async (ids) =>
    byKey(await ctx.em.find(TrainingSession, { id: { $in: [...ids] } }), (row) => row.id, ids),
  );

export const assessmentById = (ctx: Context) =>
  ctx.loader<string, TrainingAssessment | null>('assessmentById', async (ids) =>
    byKey(await ctx.em.find(TrainingAssessment, { id: { $in: [...ids] } }), (row) => row.id, ids),
  );

export const resitsOf = (ctx: Context) =>
  ctx.loader<string, TrainingAssessment[]>('resitsOf', async (ids) =>
    groupBy(
      await ctx.em.find(
        TrainingAssessment,
        { resitOf: { $in: [...ids] } },
        { orderBy: { assessedOn: 'asc', id: 'asc' } },
      ),
      (row) => row.resitOf!.id,
      ids,
    ),
  );

export const attendancesByEntity = (ctx: Context) =>
  ctx.loader<string, Attendance[]>('attendancesByEntity', async (ids) =>
    groupBy(
      await ctx.em.find(
        Attendance,
        { entityId: { $in: [...ids] }, ...entityScope(ctx) },
        { populate: ['session'], orderBy: { createdAt: 'asc', id: 'asc' } },
      ),
      (row) => row.entityId,
      ids,
    ),
  );

/**
 * An entity's assessments and workshop upgrades, newest first: at most CHILD_LIST_LIMIT each, windowed per entity.
 * The batch functions are async so that a partner's FORBIDDEN from `entityScope` rejects the batch: thrown
 * synchronously, DataLoader gets no promise and the caller would see an internal error instead.
 */
export const assessmentsByEntity = (ctx: Context) =>
  ctx.loader<string, TrainingAssessment[]>('assessmentsByEntity', async (ids) =>
    listPerParent(ctx.em, TrainingAssessment, entityScope(ctx), 'entityId', ids, {
      limit: CHILD_LIST_LIMIT,
      orderBy: { assessedOn: 'desc' },
    }),
  );

export const upgradesByEntity = (ctx: Context) =>
  ctx.loader<string, WorkshopUpgrade[]>('upgradesByEntity', async (ids) =>
    listPerParent(ctx.em, WorkshopUpgrade, entityScope(ctx), 'entityId', ids, {
      limit: CHILD_LIST_LIMIT,
      orderBy: { acceptedOn: 'desc', id: 'desc' },
    }),
  );

/** Attendance per session, in the caller's scope: one grouped count for every session of a request. */
export const attendeeCount = (ctx: Context) => {
  const scope = townshipScope(ctx);
  return ctx.loader<string, number>('attendeeCount', async (ids) => {
    const counts = await countsByKey(
      ctx.em,
      `select session_id as "key", count(*) as "n" from attendance where session_id in (${placeholders(ids)})${
        scope === undefined ? '' : ' and township_id = ?'
      } group by session_id`,
      scope === undefined ? [...ids] : [...ids, scope],
    );
    return ids.map((id) => counts.get(id) ?? 0);
  });
};

/**
 * Officers signed in per session: one grouped count for every session of a request. Officers' records are the
 * district's (src/resolvers/OfficerTraining.ts): a township officer's scope holds none, partners are refused.
 */
export const officerCount = (ctx: Context) => {
  requireBureau(ctx);
  const district = townshipScope(ctx) === undefined;
  return ctx.loader<string, number>('officerCount', async (ids) => {
    if (!district) return ids.map(() => 0);
    const counts = await countsByKey(
      ctx.em,
      `select session_id as "key", count(*) as "n" from officer_attendance where session_id in (${placeholders(ids)}) group by session_id`,
      [...ids],
    );
    return ids.map((id) => counts.get(id) ?? 0);
  });
};

const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');
