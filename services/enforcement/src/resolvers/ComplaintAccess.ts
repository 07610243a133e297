import type { FilterQuery } from '@mikro-orm/core';
import { type Context, forbidden, requireInScope, townshipScope } from '@shian/subgraph-kit';
import type { Complaint } from '../entities';

/**
 * Who sees the complaints register, and who sees the complainant (README, "Who sees what").
 *
 * - The register: the bureau's leaders and officers (every township) and township officers (their township).
 *   Named roles, not "not a partner": a role added later (a village liaison, say) sees nothing until it is granted.
 * - The complainant's name, phone and ID number: only those who handle the record — bureau officers, and the officer
 *   of the township the business belongs to (the handling township). Leaders see them masked, like everybody else;
 *   `complainant(masked: true)` (what exports ask for) is masked for everybody.
 */
const READERS: ReadonlySet<string> = new Set(['leader', 'officer', 'township']);

export function requireComplaintReader(ctx: Context): void {
  if (!READERS.has(ctx.identity.role)) throw forbidden('投诉举报仅限本局及乡镇(街道)监管人员查阅办理');
}

/** The `where` every complaint list starts from. */
export function complaintScope(ctx: Context): FilterQuery<Complaint> {
  requireComplaintReader(ctx);
  const township = townshipScope(ctx);
  return township ? { townshipId: township } : {};
}

export function requireComplaintVisible(ctx: Context, record: Complaint): void {
  requireComplaintReader(ctx);
  requireInScope(ctx, record.townshipId);
}

/** Whether the caller handles this record, and so may read the complainant's personal data unmasked. */
export function handlesComplaint(ctx: Context, record: Pick<Complaint, 'townshipId'>): boolean {
  const { role, townshipId } = ctx.identity;
  if (role === 'officer') return true;
  return role === 'township' && townshipId === record.townshipId;
}
