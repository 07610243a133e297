import type { FilterQuery } from '@mikro-orm/core';
import { isBureau } from '@shian/auth';
import { type Context, forbidden, requireInScope, townshipScope } from '@shian/subgraph-kit';
import { Case, JointOperation, Transfer } from './entities';
import { DEPARTMENT_OF_CLAIM, type PartnerDepartment } from './rules/enums';

/**
 * Who sees what in enforcement. The bureau sees by township (townshipScope); a partner department sees only what
 * was shared with it: the transfers addressed to it (and so their cases) and the joint operations it takes part
 * in. Every query and mutation of this subgraph starts from one of these functions.
 */

/** The partner department of the caller, or null for the bureau's own staff. */
export function partnerOf(ctx: Context): PartnerDepartment | null {
  if (isBureau(ctx.identity)) return null;
  const department = DEPARTMENT_OF_CLAIM[ctx.identity.department ?? ''];
  if (!department) throw forbidden('协作部门身份不完整');
  return department;
}

/** The ids of the cases transferred to the caller's department (read once per request). */
export function sharedCaseIds(ctx: Context, department: PartnerDepartment): Promise<Set<string>> {
  return ctx
    .loader<string, Set<string>>('sharedCaseIds', async (keys) => {
      const rows = await ctx.em.find(Transfer, { department }, { fields: ['caseFile'] });
      const ids = new Set(rows.map((row) => row.caseFile.id));
      return keys.map(() => ids);
    })
    .load(department);
}

/** The `where` every case list starts from. */
export async function caseScope(ctx: Context): Promise<FilterQuery<Case>> {
  const partner = partnerOf(ctx);
  if (partner) return { id: { $in: [...(await sharedCaseIds(ctx, partner))] } };
  const township = townshipScope(ctx);
  return township ? { townshipId: township } : {};
}

/** A single case: FORBIDDEN unless the caller's scope holds it. */
export async function requireCaseVisible(ctx: Context, record: Case): Promise<void> {
  const partner = partnerOf(ctx);
  if (partner) {
    if (!(await sharedCaseIds(ctx, partner)).has(record.id)) throw forbidden('该案件未移送贵单位,无权查看');
    return;
  }
  requireInScope(ctx, record.townshipId);
}

/** `requireCaseVisible` as a yes or no (a reference, a linked case): out of scope is false, never an error. */
export async function caseVisible(ctx: Context, record: Case): Promise<boolean> {
  try {
    await requireCaseVisible(ctx, record);
    return true;
  } catch (error) {
    if ((error as { extensions?: { code?: string } }).extensions?.code === 'FORBIDDEN') return false;
    throw error;
  }
}

export function transferScope(ctx: Context): FilterQuery<Transfer> {
  const partner = partnerOf(ctx);
  if (partner) return { department: partner };
  const township = townshipScope(ctx);
  return township ? { caseFile: { townshipId: township } } : {};
}

export function requireTransferVisible(ctx: Context, transfer: Transfer, caseTownshipId: string): void {
  const partner = partnerOf(ctx);
  if (partner) {
    if (transfer.department !== partner) throw forbidden('该移送不是移送给贵单位的,无权查看或处理');
    return;
  }
  requireInScope(ctx, caseTownshipId);
}

/** Joint operations: the bureau sees all of them; a partner those it takes part in. */
export function operationScope(ctx: Context): FilterQuery<JointOperation> {
  const partner = partnerOf(ctx);
  return partner ? { departmentList: { $like: `%${partner}%` } } : {};
}

export function requireOperationVisible(ctx: Context, operation: JointOperation): void {
  const partner = partnerOf(ctx);
  if (partner && !operation.departments.includes(partner)) throw forbidden('贵单位未参加该联合执法行动,无权查看');
}

/** A mutation only a partner department makes about what is its own (its receipt, its answer, its part). */
export function requirePartner(ctx: Context): PartnerDepartment {
  const partner = partnerOf(ctx);
  if (!partner) throw forbidden('该操作由接收(参加)部门本单位办理');
  return partner;
}
