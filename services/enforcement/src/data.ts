import type { EntityName, FilterQuery, FindOptions } from '@mikro-orm/core';
import { auditHistory, byKey, type Context, findByIds, groupBy } from '@shian/subgraph-kit';
import { historyEntry } from './audit';
import {
  type AuditEntry,
  Campaign,
  Case,
  CasePause,
  DrawItem,
  Inspection,
  Inspector,
  JointOperationParticipant,
  Penalty,
  RandomDraw,
  SeizedItem,
  Transfer,
} from './entities';

/**
 * The domain's reads that field resolvers share: each goes through a request-scoped DataLoader, so a page of 100
 * parents costs one statement per field, never one per parent.
 */

function byIdLoader<T extends { id: string }>(ctx: Context, entity: EntityName<T>, key: string) {
  return ctx.loader<string, T | null>(key, async (ids) =>
    byKey(await findByIds(ctx.em, entity, ids), (row) => row.id, ids),
  );
}

/** Rows of `entity` grouped by the id held in `parent` (a many-to-one reference or a plain id column). */
function childrenLoader<T extends object>(
  ctx: Context,
  key: string,
  entity: EntityName<T>,
  parent: keyof T & string,
  options: FindOptions<T> = {},
) {
  return ctx.loader<string, T[]>(key, async (ids) => {
    const rows = await ctx.em.find(entity, { [parent]: { $in: [...ids] } } as FilterQuery<T>, options);
    return groupBy(
      rows,
      (row) => {
        const value = row[parent] as unknown;
        return typeof value === 'string' ? value : (value as { id: string }).id;
      },
      ids,
    );
  });
}

export const inspectorById = (ctx: Context) => byIdLoader(ctx, Inspector, 'inspectorById');
export const campaignById = (ctx: Context) => byIdLoader(ctx, Campaign, 'campaignById');
export const caseById = (ctx: Context) => byIdLoader(ctx, Case, 'caseById');
export const inspectionById = (ctx: Context) => byIdLoader(ctx, Inspection, 'inspectionById');
export const drawById = (ctx: Context) => byIdLoader(ctx, RandomDraw, 'drawById');
export const drawItemById = (ctx: Context) => byIdLoader(ctx, DrawItem, 'drawItemById');

/** Several inspectors at once (the two or more of one record), through the same batched loader. */
export async function inspectorsOf(ctx: Context, ids: readonly string[]): Promise<Inspector[]> {
  const rows = await inspectorById(ctx).loadMany([...ids]);
  return rows.filter((row): row is Inspector => row != null && !(row instanceof Error));
}

export const transfersByCase = (ctx: Context) =>
  childrenLoader(ctx, 'transfersByCase', Transfer, 'caseFile', { orderBy: { transferredOn: 'asc', createdAt: 'asc' } });
export const pausesByCase = (ctx: Context) =>
  childrenLoader(ctx, 'pausesByCase', CasePause, 'caseFile', { orderBy: { startsOn: 'asc' } });
export const seizedItemsByCase = (ctx: Context) =>
  childrenLoader(ctx, 'seizedItemsByCase', SeizedItem, 'caseFile', { orderBy: { seizedOn: 'asc', id: 'asc' } });
/** The labelled history entries (the audit trail's rows enforcement wrote with an action), oldest first. */
const historyLoader = (ctx: Context, by: 'record' | 'parent') =>
  ctx.loader<string, AuditEntry[]>(`history:${by}`, async (ids) =>
    groupBy(
      (await auditHistory(ctx.em, by, ids)).map(historyEntry),
      (entry) => (by === 'record' ? entry.recordId : entry.caseId),
      ids,
    ),
  );
export const auditByCase = (ctx: Context) => historyLoader(ctx, 'parent');
export const auditByRecord = (ctx: Context) => historyLoader(ctx, 'record');
export const participantsByOperation = (ctx: Context) =>
  childrenLoader(ctx, 'participantsByOperation', JointOperationParticipant, 'operation', {
    orderBy: { department: 'asc' },
  });
export const itemsByDraw = (ctx: Context) =>
  childrenLoader(ctx, 'itemsByDraw', DrawItem, 'draw', { orderBy: { position: 'asc' } });

export const penaltyByCase = (ctx: Context) =>
  ctx.loader<string, Penalty | null>('penaltyByCase', async (ids) =>
    byKey(await ctx.em.find(Penalty, { caseFile: { $in: [...ids] } }), (row) => row.caseFile.id, ids),
  );

export const inspectionByDrawItem = (ctx: Context) =>
  ctx.loader<string, Inspection | null>('inspectionByDrawItem', async (ids) =>
    byKey(await ctx.em.find(Inspection, { drawItem: { $in: [...ids] } }), (row) => row.drawItem!.id, ids),
  );
