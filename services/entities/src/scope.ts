import { type Context, forbidden, requireBureau, requireInScope, townshipScope } from '@shian/subgraph-kit';
import { assignmentById, entityById, officialById, townshipById } from './data';
import { type Assignment, type Entity, type Official, OfficialLevel, type Township } from './entities';

/**
 * Records a field loads by id, under the same rule as their own root queries: a parent in the caller's scope does
 * not vouch for what it points at (a visit's assignment, an assignment's official), so each is checked again.
 */

/** A township officer sees their township's officials and the district leaders (whose 包保 reaches into it). */
export function officialInScope(ctx: Context, official: Official): boolean {
  const scope = townshipScope(ctx);
  return !scope || official.level === OfficialLevel.DISTRICT || official.township?.id === scope;
}

export async function scopedEntity(ctx: Context, id: string): Promise<Entity | null> {
  const entity = await entityById(ctx).load(id);
  if (entity) requireInScope(ctx, entity.township.id);
  return entity;
}

export async function scopedOfficial(ctx: Context, id: string): Promise<Official | null> {
  const official = await officialById(ctx).load(id);
  if (official && !officialInScope(ctx, official)) throw forbidden('该包保干部不属于您所辖乡镇(街道)');
  return official;
}

/** An assignment is its business's: in scope when the business is. */
export async function scopedAssignment(ctx: Context, id: string): Promise<Assignment | null> {
  const assignment = await assignmentById(ctx).load(id);
  if (assignment) await scopedEntity(ctx, assignment.entity.id);
  return assignment;
}

/** Township names are every bureau user's (the `townships` root query), no partner's. */
export function scopedTownship(ctx: Context, id: string): Promise<Township | null> {
  requireBureau(ctx);
  return townshipById(ctx).load(id);
}
