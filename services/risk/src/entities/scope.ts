import type { FilterQuery } from '@mikro-orm/core';
import { type Department, isBureau } from '@shian/auth';
import { type Context, forbidden, townshipScope } from '@shian/subgraph-kit';
import { listIncludes } from './lists';

/**
 * Who sees what in risk (risk-model.md, "Scope"), in one place for every resolver and reference of this subgraph.
 * The bureau sees by township: a record concerning several townships (`townshipList`) is seen by each of their
 * officers. A partner department sees only what names it: consultations it attended and incidents it responds to.
 */

/** The caller's partner department, or null for the bureau's own staff. */
export function partnerOf(ctx: Context): Department | null {
  if (isBureau(ctx.identity)) return null;
  if (!ctx.identity.department) throw forbidden('协作部门身份不完整');
  return ctx.identity.department;
}

/** The `where` of a bureau-only list over a `townshipList` column; partners are refused (FORBIDDEN). */
export function townshipListScope<T>(ctx: Context): FilterQuery<T> {
  const township = townshipScope(ctx);
  return (township ? { townshipList: listIncludes(township) } : {}) as FilterQuery<T>;
}

/**
 * The `where` of a list a partner may see its share of: a partner's starts from the records naming its department
 * (`departmentColumn`), a bureau caller's from its township scope.
 */
export function sharedListScope<T>(ctx: Context, departmentColumn: string): FilterQuery<T> {
  const partner = partnerOf(ctx);
  if (partner) return { [departmentColumn]: listIncludes(partner) } as FilterQuery<T>;
  return townshipListScope<T>(ctx);
}

/** Whether a bureau caller sees a record concerning these townships (partners: never, answered elsewhere). */
export function seesTownships(ctx: Context, townshipIds: readonly string[]): boolean {
  if (partnerOf(ctx)) return false;
  const township = townshipScope(ctx);
  return township === undefined || townshipIds.includes(township);
}

/** A record concerning these townships, by id: FORBIDDEN unless the caller's scope holds it. */
export function requireTownshipsVisible(ctx: Context, townshipIds: readonly string[]): void {
  townshipScope(ctx);
  if (!seesTownships(ctx, townshipIds)) throw forbidden('该记录不涉及您所辖乡镇(街道)');
}

/** Whether a record shared with departments (and concerning townships) is visible to the caller. */
export function seesShared(ctx: Context, departments: readonly string[], townshipIds: readonly string[]): boolean {
  const partner = partnerOf(ctx);
  if (partner) return departments.includes(partner);
  return seesTownships(ctx, townshipIds);
}

/**
 * The district's settings that only the bureau's leaders change (the risk matrix, the incident reporting limits):
 * leaders only, officers and township officers refused.
 */
export function requireLeader(ctx: Context): void {
  if (ctx.identity.role !== 'leader') throw forbidden('只有局领导可以修改该设置');
}

/**
 * A duty is seen by the bureau where it is owned (the township, or an official of the township) or where the
 * record it came from is seen; by a partner only as part of a consultation it attended. Its `risk`, `consultation`
 * and `drill` must be loaded (populate) before asking.
 */
export function dutyVisible(
  ctx: Context,
  duty: {
    townshipId: string | null;
    ownerTownshipId: string | null;
    risk: { townshipIds: string[] } | null;
    consultation: { departments: string[]; townshipIds: string[] } | null;
    drill: { townshipIds: string[] } | null;
  },
): boolean {
  const partner = partnerOf(ctx);
  if (partner) return duty.consultation?.departments.includes(partner) ?? false;
  const township = townshipScope(ctx);
  if (township === undefined) return true;
  return (
    duty.townshipId === township ||
    duty.ownerTownshipId === township ||
    [duty.risk, duty.consultation, duty.drill].some((source) => source?.townshipIds.includes(township))
  );
}

/** The `where` of the duties list (partners refused: a partner reaches duties only through its consultations). */
export function dutyScope<T>(ctx: Context): FilterQuery<T> {
  const township = townshipScope(ctx);
  if (township === undefined) return {} as FilterQuery<T>;
  const includes = listIncludes(township);
  return {
    $or: [
      { townshipId: township },
      { ownerTownshipId: township },
      { risk: { townshipList: includes } },
      { consultation: { townshipList: includes } },
      { drill: { townshipList: includes } },
    ],
  } as FilterQuery<T>;
}
