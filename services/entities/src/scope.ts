import { type Context, forbidden, inScope, requireBureau, townshipScope, villageScope } from '@shian/subgraph-kit';
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

/**
 * Whether the caller may see a business on the register: bureau staff by township; a village liaison only the
 * businesses recorded in their own village (one without a village is the township's, not theirs); partners never.
 */
export function entityVisible(ctx: Context, entity: Entity): boolean {
  const village = villageScope(ctx);
  if (village !== undefined) return entity.village?.id === village;
  return inScope(ctx, entity.township.id);
}

export function requireEntityVisible(ctx: Context, entity: Entity): void {
  if (!entityVisible(ctx, entity))
    throw forbidden(ctx.identity.role === 'village' ? '该主体不属于您所在的村(社区)' : '该记录不属于您所辖乡镇(街道)');
}

export async function scopedEntity(ctx: Context, id: string): Promise<Entity | null> {
  const entity = await entityById(ctx).load(id);
  if (entity) requireEntityVisible(ctx, entity);
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

/**
 * Township names are every bureau user's (the `townships` root query), no partner's; a village liaison sees the name
 * of their own township (their businesses' and reports' `township`), no other.
 */
export function townshipVisible(ctx: Context, id: string): boolean {
  if (ctx.identity.role === 'village') return ctx.identity.townshipId === id;
  requireBureau(ctx);
  return true;
}

export function scopedTownship(ctx: Context, id: string): Promise<Township | null> {
  if (!townshipVisible(ctx, id)) throw forbidden('村(社区)协管员只能查看本乡镇(街道)');
  return townshipById(ctx).load(id);
}
