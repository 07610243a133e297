import { randomUUID } from 'node:crypto';
import type { EntityName, FilterQuery } from '@mikro-orm/core';
import {
  Connection,
  ConnectionArgs,
  type Context,
  checkVersion,
  contains,
  entityTownship,
  localDate,
  notAfterToday,
  notBefore,
  notFound,
  type Page,
  pagesPerParent,
  paginate,
  pageWindow,
  requiredText,
  requireLinkedRecord,
  requireWriter,
  todayInChina,
  toPage,
  townshipScope,
  userInputError,
  yearSpan,
  findByIds,
} from '@shian/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  CaseRef,
  caseRef,
  EntityRef,
  entityRef,
  Hazard,
  HazardInvestigation,
  HazardStatus,
  Risk,
  TownshipRef,
  townshipRef,
} from '../entities';
import { requireTownshipsVisible, seesTownships } from '../entities/scope';
import { HazardFilter, HazardInput } from '../inputs-hazards';
import { LINKED_HAZARD_CASE_OPERATION, LINKED_VILLAGE_REPORT_OPERATION } from '../linked';
import { checkHazardTransition, hazardOverdue } from '../rules';
import { investigationInScope, nextCode, READ_ONLY } from './HazardShared';

@ObjectType()
export class HazardConnection extends Connection(Hazard) {}

/**
 * Every hazard list starts here: a hazard's township is its business's, so a township officer sees the hazards at
 * businesses of the township (whatever round found them), partners none (townshipScope refuses them).
 */
export function hazardWhere(ctx: Context, filter: HazardFilter | null | undefined): FilterQuery<Hazard> {
  const township = townshipScope(ctx);
  const conditions: FilterQuery<Hazard>[] = [];
  if (township !== undefined) conditions.push({ townshipId: township });
  if (filter?.investigationId) conditions.push({ investigation: filter.investigationId });
  if (filter?.townshipId) conditions.push({ townshipId: filter.townshipId });
  if (filter?.entityId) conditions.push({ entityId: filter.entityId });
  if (filter?.riskId) conditions.push({ risk: filter.riskId });
  if (filter?.status) conditions.push({ status: filter.status });
  if (filter?.overdue != null) {
    const today = todayInChina();
    conditions.push(
      filter.overdue
        ? { status: HazardStatus.OPEN, rectifyBy: { $lt: today } }
        : { $or: [{ status: { $ne: HazardStatus.OPEN } }, { rectifyBy: { $gte: today } }] },
    );
  }
  if (filter?.year != null) {
    const { from, to } = yearSpan(filter.year);
    conditions.push({ foundOn: { $gte: from, $lte: to } });
  }
  if (filter?.search?.trim()) conditions.push(contains(['description', 'code'], filter.search) as FilterQuery<Hazard>);
  return conditions.length ? { $and: conditions } : {};
}

/** A hazard the caller may see, else FORBIDDEN (it exists elsewhere) or NOT_FOUND; partners FORBIDDEN. */
async function hazardInScope(ctx: Context, id: string): Promise<Hazard> {
  townshipScope(ctx);
  const hazard = await ctx.em.findOne(Hazard, { id });
  if (!hazard) throw notFound('隐患', id);
  requireTownshipsVisible(ctx, [hazard.townshipId]);
  return hazard;
}

/** A hazard the caller may change: in scope, a writer of its township, and the version the writer read. */
async function hazardToWrite(ctx: Context, id: string, version: number): Promise<Hazard> {
  const hazard = await hazardInScope(ctx, id);
  requireWriter(ctx, hazard.townshipId);
  checkVersion(hazard, version, '隐患');
  return hazard;
}

/** A linked risk must be one the writer sees (one of its townships is the writer's). */
async function linkedRisk(ctx: Context, riskId: string, field = 'riskId'): Promise<Risk> {
  const risk = await ctx.em.findOne(Risk, { id: riskId }, READ_ONLY);
  if (!risk || !seesTownships(ctx, risk.townshipIds))
    throw userInputError(`关联的风险 ${riskId} 不存在或不在您的权限范围内`, field);
  return ctx.em.getReference(Risk, risk.id);
}

/**
 * Enforcement's clue or case, asked through the gateway as the writer: it must exist, be in the writer's scope and be
 * against the hazard's business (the lead the hazard opened).
 */
async function linkedCase(ctx: Context, caseId: string, entityId: string, field = 'caseId'): Promise<string> {
  const id = requiredText(caseId, field, '关联线索或案件编号', 36);
  const { case: linked } = await requireLinkedRecord<{ case: { id: string; entity: { id: string } | null } | null }>(
    ctx,
    {
      operation: LINKED_HAZARD_CASE_OPERATION,
      variables: { id },
      found: (data) => data.case?.id === id,
      field,
      what: '执法线索或案件',
    },
  );
  if (linked?.entity?.id !== entityId) throw userInputError(`关联的线索或案件 ${id} 的当事人不是隐患所在主体`, field);
  return id;
}

/**
 * The village report a hazard is made from (the first step of its triage; entities' turnVillageReportIntoHazard then
 * marks the report, checking this hazard carries its id): readable by the writer, pending, not already a hazard.
 */
async function linkedVillageReport(ctx: Context, id: string, field = 'villageReportId'): Promise<string> {
  const reportId = requiredText(id, field, '村(社区)报告ID', 36);
  const existing = await ctx.em.findOne(Hazard, { villageReportId: reportId }, READ_ONLY);
  if (existing) throw userInputError(`该村(社区)报告已登记为隐患(${existing.code}),请直接关联该隐患`, field);
  await requireLinkedRecord<{ villageReport: { id: string; status: string } | null }>(ctx, {
    operation: LINKED_VILLAGE_REPORT_OPERATION,
    variables: { id: reportId },
    found: (data) => data.villageReport?.id === reportId && data.villageReport.status === 'PENDING',
    field,
    message: `村(社区)报告 ${reportId} 不存在、不在您的权限范围内,或已分办`,
  });
  return reportId;
}

/** Rows by id, one statement per request for all the parents asking. */
function byId<T extends { id: string }>(ctx: Context, entity: EntityName<T>, key: string) {
  return ctx.loader<string, T | null>(key, async (ids) => {
    const rows = await findByIds(ctx.em, entity, ids);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

function move(hazard: Hazard, to: HazardStatus): void {
  const problem = checkHazardTransition(hazard.status, to);
  if (problem) throw userInputError(problem.message, problem.field);
  hazard.status = to;
}

@Resolver(() => Hazard)
export class HazardResolver {
  @Query(() => HazardConnection, { description: '隐患,发现日期由近及远(乡镇监管人员:本辖区主体的隐患)' })
  hazards(
    @Arg('filter', () => HazardFilter, { nullable: true }) filter: HazardFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    return paginate(ctx.em, Hazard, hazardWhere(ctx, filter), page, { orderBy: { foundOn: 'desc' } });
  }

  @Query(() => Hazard, { nullable: true, description: '一条隐患;不在本人辖区内时 FORBIDDEN' })
  async hazard(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    townshipScope(ctx);
    const hazard = await ctx.em.findOne(Hazard, { id });
    if (hazard) requireTownshipsVisible(ctx, [hazard.townshipId]);
    return hazard;
  }

  /**
   * The hazard's township is its business's, from the entities subgraph in the writer's scope (never the client's:
   * a disagreeing one is refused); it must be one the round covers. Everything is checked before the one write.
   */
  @Mutation(() => Hazard, { description: '登记排查发现的隐患' })
  async recordHazard(@Arg('input', () => HazardInput) input: HazardInput, @Ctx() ctx: Context) {
    requireWriter(ctx);
    const description = requiredText(input.description, 'description', '隐患描述', 2000);
    const today = todayInChina();
    const foundOn = notAfterToday(localDate(input.foundOn, 'foundOn', '发现日期'), today, 'foundOn', '发现日期');
    const rectifyBy = notBefore(
      localDate(input.rectifyBy, 'rectifyBy', '整改期限'),
      foundOn,
      'rectifyBy',
      '整改期限',
      '发现日期',
    );
    const round = await investigationInScope(ctx, input.investigationId, 'investigationId', true);
    if (foundOn < round.startDate || foundOn > round.endDate)
      throw userInputError(`发现日期应在排查期间(${round.startDate} 至 ${round.endDate})内`, 'foundOn');
    const townshipId = await entityTownship(ctx, input.entityId, input.townshipId);
    requireWriter(ctx, townshipId);
    if (!round.townshipIds.includes(townshipId))
      throw userInputError(`主体所在乡镇(街道)${townshipId} 不在本轮排查范围内`, 'entityId');
    const risk = input.riskId ? await linkedRisk(ctx, input.riskId) : null;
    const caseId = input.caseId?.trim() ? await linkedCase(ctx, input.caseId, input.entityId) : null;
    const villageReportId = input.villageReportId?.trim()
      ? await linkedVillageReport(ctx, input.villageReportId)
      : null;
    const hazard = ctx.em.create(Hazard, {
      id: randomUUID(),
      code: await nextCode(ctx, Hazard, 'YH', Number(foundOn.slice(0, 4)), 4),
      investigation: ctx.em.getReference(HazardInvestigation, round.id),
      entityId: input.entityId,
      townshipId,
      description,
      foundOn,
      rectifyBy,
      risk,
      caseId,
      villageReportId,
    });
    await ctx.em.flush();
    return hazard;
  }

  @Mutation(() => Hazard, { description: '登记隐患整改完成' })
  async rectifyHazard(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('rectifiedOn', () => String, { description: '整改完成日期 YYYY-MM-DD' }) rectifiedOn: string,
    @Arg('note', () => String, { description: '整改情况' }) note: string,
    @Ctx() ctx: Context,
  ) {
    const hazard = await hazardToWrite(ctx, id, version);
    const on = notBefore(
      notAfterToday(
        localDate(rectifiedOn, 'rectifiedOn', '整改完成日期'),
        todayInChina(),
        'rectifiedOn',
        '整改完成日期',
      ),
      hazard.foundOn,
      'rectifiedOn',
      '整改完成日期',
      '发现日期',
    );
    const text = requiredText(note, 'note', '整改情况', 2000);
    move(hazard, HazardStatus.RECTIFIED);
    hazard.rectifiedOn = on;
    hazard.rectifiedNote = text;
    await ctx.em.flush();
    return hazard;
  }

  /** Only a rectified hazard can be verified; the verifier is the caller, as the token names them. */
  @Mutation(() => Hazard, { description: '复核隐患整改(仅限已整改的隐患)' })
  async verifyHazard(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('verifiedOn', () => String, { nullable: true, description: '复核日期,默认今天' }) verifiedOn: string | null,
    @Ctx() ctx: Context,
  ) {
    const hazard = await hazardToWrite(ctx, id, version);
    const today = todayInChina();
    const on = notBefore(
      notAfterToday(localDate(verifiedOn ?? today, 'verifiedOn', '复核日期'), today, 'verifiedOn', '复核日期'),
      hazard.rectifiedOn,
      'verifiedOn',
      '复核日期',
      '整改完成日期',
    );
    move(hazard, HazardStatus.VERIFIED);
    hazard.verifiedOn = on;
    hazard.verifiedBy = ctx.identity.name || ctx.identity.username;
    await ctx.em.flush();
    return hazard;
  }

  @Mutation(() => Hazard, { description: '关联执法线索或案件(经网关核实存在且在本人权限范围内)' })
  async linkHazardCase(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('caseId', () => ID) caseId: string,
    @Ctx() ctx: Context,
  ) {
    const hazard = await hazardToWrite(ctx, id, version);
    hazard.caseId = await linkedCase(ctx, caseId, hazard.entityId);
    await ctx.em.flush();
    return hazard;
  }

  @Mutation(() => Hazard, { description: '关联所属风险(风险须在本人权限范围内)' })
  async linkHazardRisk(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('riskId', () => ID) riskId: string,
    @Ctx() ctx: Context,
  ) {
    const hazard = await hazardToWrite(ctx, id, version);
    hazard.risk = await linkedRisk(ctx, riskId);
    await ctx.em.flush();
    return hazard;
  }

  @FieldResolver(() => HazardInvestigation, { description: '所属排查' })
  investigation(@Root() hazard: Hazard, @Ctx() ctx: Context) {
    return byId(ctx, HazardInvestigation, 'hazardInvestigationById').load(hazard.investigation.id);
  }

  @FieldResolver(() => EntityRef, { description: '隐患所在主体' })
  entity(@Root() hazard: Hazard): EntityRef {
    return entityRef(hazard.entityId);
  }

  @FieldResolver(() => TownshipRef, { description: '所属乡镇(街道),取自主体登记信息' })
  township(@Root() hazard: Hazard): TownshipRef {
    return townshipRef(hazard.townshipId);
  }

  /** The risk, if the caller sees it (a risk of other townships only is left out rather than leaked). */
  @FieldResolver(() => Risk, { nullable: true, description: '所属风险' })
  async risk(@Root() hazard: Hazard, @Ctx() ctx: Context) {
    if (!hazard.risk) return null;
    const risk = await byId(ctx, Risk, 'riskById').load(hazard.risk.id);
    return risk && seesTownships(ctx, risk.townshipIds) ? risk : null;
  }

  @FieldResolver(() => CaseRef, { nullable: true, description: '由此移交的执法线索或案件' })
  enforcementCase(@Root() hazard: Hazard): CaseRef | null {
    return hazard.caseId ? caseRef(hazard.caseId) : null;
  }

  @FieldResolver(() => Boolean, { description: '是否超期未整改(未整改且已过整改期限)' })
  overdue(@Root() hazard: Hazard): boolean {
    return hazardOverdue(hazard, todayInChina());
  }
}

/** `Risk.hazards`: the risk's hazards the caller may see, windowed per risk by the database. */
@Resolver(() => Risk)
export class RiskHazardsResolver {
  @FieldResolver(() => HazardConnection, { description: '属于该风险的隐患(本人范围内),发现日期由近及远' })
  hazards(
    @Root() risk: Risk,
    @Arg('filter', () => HazardFilter, { nullable: true }) filter: HazardFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<Hazard>> | Page<Hazard> {
    const { limit, offset } = pageWindow(page);
    if (!seesTownships(ctx, risk.townshipIds)) return toPage<Hazard>([], 0, offset);
    const key = `riskHazards:${JSON.stringify([filter, limit, offset])}`;
    return ctx
      .loader<string, Page<Hazard>>(key, async (ids) =>
        pagesPerParent(ctx.em, Hazard, hazardWhere(ctx, { ...filter, riskId: null }), 'risk', ids, page, {
          orderBy: { foundOn: 'desc' },
        }),
      )
      .load(risk.id);
  }
}

/**
 * `Entity.hazards`: a business's hazards the caller may see (a township officer: only at its township's businesses,
 * so another township's business gives an empty page; partners FORBIDDEN, as every hazard list), windowed per
 * business by the database.
 */
@Resolver(() => EntityRef)
export class EntityHazardsResolver {
  @FieldResolver(() => HazardConnection, { nullable: true, description: '该主体的隐患(本人范围内),发现日期由近及远' })
  hazards(
    @Root() entity: EntityRef,
    @Arg('filter', () => HazardFilter, { nullable: true }) filter: HazardFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<Hazard>> {
    const where = hazardWhere(ctx, { ...filter, entityId: null });
    const { limit, offset } = pageWindow(page);
    const key = `entityHazards:${JSON.stringify([filter, limit, offset])}`;
    return ctx
      .loader<string, Page<Hazard>>(key, async (ids) =>
        pagesPerParent(ctx.em, Hazard, where, 'entityId', ids, page, { orderBy: { foundOn: 'desc' } }),
      )
      .load(entity.id);
  }
}
