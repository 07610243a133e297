import { canWrite, isBureau, type ServiceName, seesAllTownships } from '@shian/auth';
import type { Context } from './context';
import { forbidden } from './errors';

/**
 * Row scope and write rights as docs/domain.md#who-may-do-what states them, in one place for every subgraph. Partner departments'
 * own scope (what was shared with them) is domain data, so the subgraphs that share records decide it themselves.
 */

/**
 * Partners and village liaisons see nothing of the bureau's own registers (a register that lets liaisons in, the
 * entities register of their village, says so itself: `villageScope`). The message names who was refused.
 */
export function requireBureau(ctx: Context): void {
  if (isBureau(ctx.identity)) return;
  throw forbidden(ctx.identity.role === 'village' ? '村(社区)协管员无权访问该数据' : '协作部门无权访问该数据');
}

/**
 * The village a liaison is confined to, or undefined for bureau staff (who are confined by `townshipScope`);
 * partners are refused. For the few registers a liaison may read (their village's businesses, their own reports).
 */
export function villageScope(ctx: Context): string | undefined {
  if (ctx.identity.role === 'village') {
    if (!ctx.identity.villageId) throw forbidden('村(社区)协管员身份缺少所属村(社区)');
    return ctx.identity.villageId;
  }
  requireBureau(ctx);
  return undefined;
}

/**
 * The township a caller is confined to, or undefined for callers who see every township.
 * Use it in every list's `where`, so that scope cannot be forgotten in one query and kept in another.
 */
export function townshipScope(ctx: Context): string | undefined {
  requireBureau(ctx);
  if (seesAllTownships(ctx.identity)) return undefined;
  return ctx.identity.townshipId;
}

/** Whether the caller may see a record of this township. */
export function inScope(ctx: Context, townshipId: string): boolean {
  const scope = townshipScope(ctx);
  return scope === undefined || scope === townshipId;
}

export function requireInScope(ctx: Context, townshipId: string): void {
  if (!inScope(ctx, townshipId)) throw forbidden('该记录不属于您所辖乡镇(街道)');
}

/** Writes: leaders and officers anywhere, township officers inside their township, partners never. */
export function requireWriter(ctx: Context, townshipId?: string): void {
  if (!canWrite(ctx.identity)) throw forbidden('您没有修改该数据的权限');
  if (townshipId !== undefined) requireInScope(ctx, townshipId);
}

/** Settings that apply to the whole district: leaders and officers only. */
export function requireDistrictWriter(ctx: Context): void {
  if (!seesAllTownships(ctx.identity)) throw forbidden('只有区局领导和执法人员可以修改该设置');
}

/** Writing a record of one township, or (townshipId null) a district-wide one that only district staff may write. */
export function requireWriterFor(ctx: Context, townshipId: string | null | undefined): void {
  requireWriter(ctx, townshipId ?? undefined);
  if (townshipId == null) requireDistrictWriter(ctx);
}

/**
 * Operations only a platform service runs (the reminder scheduler's claims and delivery records): no user, a
 * leader included, may call them. The service identity comes only from the gateway's signed credential.
 */
export function requireService(ctx: Context, service: ServiceName): void {
  if (ctx.identity.service !== service) throw forbidden('该操作仅供平台内部服务调用');
}
