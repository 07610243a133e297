import type { EntityName } from '@mikro-orm/core';
import { type Context, nextInSequence, notFound, townshipScope, userInputError } from '@shian/subgraph-kit';
import { HazardInvestigation } from '../entities';
import { requireTownshipsVisible } from '../entities/scope';

/**
 * A lookup that only checks (scope, period) and is never written: kept out of the identity map, so the flush does not
 * compare it. On SQLite a loaded datetime column compares as changed (the snapshot holds a Date, the flush the
 * number libsql stores), which would rewrite the row and bump its version though nothing changed. A write then
 * refers to it by `em.getReference`.
 */
export const READ_ONLY = { disableIdentityMap: true } as const;

/**
 * A record's code, `<prefix>-<year>-<number>` (PC-2025-001, YH-2025-0001, SJ-2025-001), from the kit's counter of
 * that series in the mutation's transaction: concurrent writers each get their own number. The first use of a series
 * starts after the highest code already issued (the demo data's, written without the counter).
 */
export async function nextCode<T extends { code: string }>(
  ctx: Context,
  entity: EntityName<T>,
  prefix: string,
  year: number,
  width: number,
): Promise<string> {
  const head = `${prefix}-${year}-`;
  const sequence = await nextInSequence(ctx.em, head, async () => {
    const rows = await ctx.em.find(entity, { code: { $like: `${head}%` } } as never, { fields: ['code'] as never });
    return Math.max(0, ...rows.map((row) => Number(/-(\d+)$/.exec((row as T).code)?.[1] ?? 0)));
  });
  return `${head}${String(sequence).padStart(width, '0')}`;
}

/** A round the caller may see (one of its townships is the caller's), else FORBIDDEN or NOT_FOUND. */
export async function investigationInScope(
  ctx: Context,
  id: string,
  field?: string,
  readOnly = false,
): Promise<HazardInvestigation> {
  const round = await ctx.em.findOne(HazardInvestigation, { id }, readOnly ? READ_ONLY : {});
  if (!round) {
    townshipScope(ctx);
    if (field) throw userInputError(`排查 ${id} 不存在`, field);
    throw notFound('隐患排查', id);
  }
  requireTownshipsVisible(ctx, round.townshipIds);
  return round;
}
