import type { EntityName, FilterQuery } from '@mikro-orm/core';
import {
  byKey,
  CHILD_LIST_LIMIT,
  type Context,
  findByIds,
  groupBy,
  listPerParent,
  type ParentOrder,
  townshipScope,
} from '@shian/subgraph-kit';
import {
  Assignment,
  Entity,
  GradingRule,
  License,
  Notice,
  Official,
  RiskAssessment,
  SupervisionRound,
  Township,
  Village,
  Visit,
} from './entities';
import { DEFAULT_BANDS, type GradeBands } from './rules/grading';

/**
 * The domain's reads that field resolvers share: each goes through a request-scoped DataLoader, so a page of 100
 * parents costs one statement per field, never one per parent.
 */

function byIdLoader<T extends { id: string }>(ctx: Context, entity: EntityName<T>, key: string) {
  return ctx.loader<string, T | null>(key, async (ids) =>
    byKey(await findByIds(ctx.em, entity, ids), (row) => row.id, ids),
  );
}

export const townshipById = (ctx: Context) => byIdLoader(ctx, Township, 'townshipById');
export const villageById = (ctx: Context) => byIdLoader(ctx, Village, 'villageById');
export const entityById = (ctx: Context) => byIdLoader(ctx, Entity, 'entityById');
export const officialById = (ctx: Context) => byIdLoader(ctx, Official, 'officialById');
export const assignmentById = (ctx: Context) => byIdLoader(ctx, Assignment, 'assignmentById');

/**
 * Rows of `entity` grouped by the id held in `parent` (a many-to-one reference), in `orderBy` order, at most
 * CHILD_LIST_LIMIT per parent: these lists grow with the years (licences, visits, notices), and the database
 * windows them per parent, so a page of parents never loads every child.
 */
function childrenLoader<T extends object>(
  ctx: Context,
  key: string,
  entity: EntityName<T>,
  parent: keyof T & string,
  options: { orderBy: ParentOrder; where?: FilterQuery<T> },
) {
  return ctx.loader<string, T[]>(key, (ids) =>
    listPerParent(ctx.em, entity, options.where, parent, ids, { limit: CHILD_LIST_LIMIT, orderBy: options.orderBy }),
  );
}

export const licensesByEntity = (ctx: Context) =>
  childrenLoader(ctx, 'licensesByEntity', License, 'entity', { orderBy: { validUntil: 'desc', id: 'asc' } });

export const assessmentsByEntity = (ctx: Context) =>
  childrenLoader(ctx, 'assessmentsByEntity', RiskAssessment, 'entity', {
    orderBy: { year: 'desc', assessedOn: 'desc', createdAt: 'desc', id: 'desc' },
  });

export const assignmentsByEntity = (ctx: Context) =>
  childrenLoader(ctx, 'assignmentsByEntity', Assignment, 'entity', { orderBy: { startsOn: 'desc', id: 'asc' } });

/** An official's assignments, narrowed for a township officer to the entities of their township. */
export const assignmentsByOfficial = (ctx: Context) => {
  const scope = townshipScope(ctx);
  return childrenLoader(ctx, 'assignmentsByOfficial', Assignment, 'official', {
    orderBy: { startsOn: 'desc', id: 'asc' },
    where: scope ? { entity: { township: scope } } : undefined,
  });
};

export const visitsByAssignment = (ctx: Context) =>
  childrenLoader(ctx, 'visitsByAssignment', Visit, 'assignment', { orderBy: { visitedOn: 'desc', id: 'desc' } });

/** An entity's visits across all its assignments: one statement joining visit to assignment. */
export const visitsByEntity = (ctx: Context) =>
  ctx.loader<string, Visit[]>('visitsByEntity', async (ids) => {
    const rows = await ctx.em.find(
      Visit,
      { assignment: { entity: { $in: [...ids] } } },
      { populate: ['assignment'], orderBy: { visitedOn: 'desc', id: 'desc' } },
    );
    return groupBy(rows, (row) => row.assignment.entity.id, ids);
  });

export const roundsByTownship = (ctx: Context) =>
  childrenLoader(ctx, 'roundsByTownship', SupervisionRound, 'township', {
    orderBy: { year: 'desc', batch: 'asc', inspectedOn: 'asc', id: 'asc' },
  });

export const noticesByTownship = (ctx: Context) =>
  childrenLoader(ctx, 'noticesByTownship', Notice, 'township', { orderBy: { sentOn: 'desc', id: 'desc' } });

/** Entities per township in one grouped count. */
export const entityCountByTownship = (ctx: Context) =>
  ctx.loader<string, number>('entityCountByTownship', async (ids) => {
    const table = ctx.em.getMetadata().get(Entity.name).tableName;
    const rows: Array<{ township_id: string; n: string | number }> = await ctx.em
      .getConnection()
      .execute(
        `select township_id, count(*) as n from ${table} where township_id in (${ids.map(() => '?').join(', ')}) group by township_id`,
        [...ids],
      );
    // PostgreSQL answers count(*) as a bigint string.
    const counts = new Map(rows.map((row) => [row.township_id, Number(row.n)]));
    return ids.map((id) => counts.get(id) ?? 0);
  });

/** The bands in force: the stored rule, or the 2016 measure's until the bureau has set its own. */
export async function currentBands(ctx: Context): Promise<GradeBands & { row: GradingRule | null }> {
  const row = await ctx.em.findOne(GradingRule, { id: 1 });
  return row ? { aMax: row.aMax, bMax: row.bMax, cMax: row.cMax, row } : { ...DEFAULT_BANDS, row: null };
}
