import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import { deadlineOf } from '@shian/clock';
import {
  Connection,
  ConnectionArgs,
  checkVersion,
  clockContext,
  type Context,
  forbidden,
  inScope,
  localDate,
  notFound,
  paginate,
  requireBureau,
  requireWriter,
  requiredText,
  todayInChina,
  townshipScope,
  userInputError,
  villageScope,
} from '@shian/subgraph-kit';
import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { villageById } from '../data';
import { Entity, Township, Village, VillageReport, VillageReportSetting, VillageReportStatus } from '../entities';
import { entityVisible, scopedTownship } from '../scope';
import {
  VillageReportClueInput,
  VillageReportFilter,
  VillageReportHazardInput,
  VillageReportInput,
} from '../villages/inputs';
import { CLUE_FROM_REPORT_OPERATION, HAZARD_FROM_REPORT_OPERATION } from '../villages/linked';
import { photoStore } from '../villages/photo-store';
import { DEFAULT_TRIAGE_WORKING_DAYS, MAX_TRIAGE_WORKING_DAYS, triageRule } from '../villages/clock';
import { decodePhotos } from '../villages/photos';

@ObjectType()
export class VillageReportConnection extends Connection(VillageReport) {}

@ObjectType({ description: '报告照片' })
export class VillageReportPhoto {
  @Field(() => Int, { description: '序号,从1开始' })
  index!: number;

  @Field()
  contentType!: string;

  @Field(() => Int, { description: '字节数' })
  size!: number;

  /** Internal: where the store keeps it (never exposed: the bytes are read only through `dataUrl`). */
  key!: string;
}

async function triageWorkingDays(ctx: Context): Promise<number> {
  const setting = await ctx.em.findOne(VillageReportSetting, { id: 1 });
  return setting?.triageWorkingDays ?? DEFAULT_TRIAGE_WORKING_DAYS;
}

/**
 * Every report list starts here. A liaison sees the reports they filed; a township officer their township's queue;
 * leaders and officers every township's; partners are refused (villageScope). The filter only narrows.
 */
export function villageReportWhere(ctx: Context, filter: VillageReportFilter | null | undefined) {
  const conditions: FilterQuery<VillageReport>[] = [];
  const village = villageScope(ctx);
  if (village !== undefined) {
    conditions.push({ village, reporterUsername: ctx.identity.username });
  } else {
    const township = townshipScope(ctx);
    if (township) conditions.push({ townshipId: township });
  }
  if (filter?.townshipId) conditions.push({ townshipId: filter.townshipId });
  if (filter?.villageId) conditions.push({ village: filter.villageId });
  if (filter?.entityId) conditions.push({ entity: filter.entityId });
  if (filter?.status) conditions.push({ status: filter.status });
  if (filter?.kind) conditions.push({ kind: filter.kind });
  if (filter?.overdue != null) {
    const today = todayInChina();
    conditions.push(
      filter.overdue
        ? { status: VillageReportStatus.PENDING, dueOn: { $lt: today } }
        : { $or: [{ status: { $ne: VillageReportStatus.PENDING } }, { dueOn: { $gte: today } }] },
    );
  }
  return conditions.length ? { $and: conditions } : {};
}

/** Whether the caller may read this report: its liaison, its township's officer, leaders and officers. */
function reportVisible(ctx: Context, report: VillageReport): boolean {
  const village = villageScope(ctx);
  if (village !== undefined) return report.reporterUsername === ctx.identity.username && report.village.id === village;
  return inScope(ctx, report.townshipId);
}

/**
 * A report a triage may change: the township's writers (its township officer, district officers and leaders; never
 * a liaison or partner), the version they read, and still waiting (a triaged report is not triaged again).
 */
async function reportToTriage(ctx: Context, id: string, version: number): Promise<VillageReport> {
  requireBureau(ctx);
  const report = await ctx.em.findOne(VillageReport, { id });
  if (!report) throw notFound('村(社区)报告', id);
  requireWriter(ctx, report.townshipId);
  checkVersion(report, version, '村(社区)报告');
  if (report.status !== VillageReportStatus.PENDING) throw userInputError('该报告已分办,不能再次分办', 'id');
  return report;
}

/** The business a hazard or clue is about: the one given, else the report's; on the register, in its township. */
async function triageEntity(ctx: Context, report: VillageReport, entityId: string | null | undefined) {
  const id = entityId?.trim() || report.entity?.id;
  if (!id) throw userInputError('报告未选择已登记的主体,请指定主体', 'entityId');
  const entity = await ctx.em.findOne(Entity, { id });
  if (!entity || entity.township.id !== report.townshipId)
    throw userInputError(`主体 ${id} 不存在或不在报告所在乡镇(街道)`, 'entityId');
  return entity;
}

function triaged(ctx: Context, report: VillageReport, status: VillageReportStatus) {
  report.status = status;
  report.triagedBy = ctx.identity.name || ctx.identity.username;
  report.triagedAt = new Date();
}

/**
 * Sends one write to another subgraph through the gateway as the triaging officer and returns the new record's id.
 * Anything but an id (refused, invalid, unreachable) throws before this subgraph writes, so the report stays
 * waiting; the owner's own reason is in its log line (the gateway client answers SERVICE_UNAVAILABLE for it).
 */
async function remoteCreate(
  ctx: Context,
  operation: string,
  input: Record<string, unknown>,
  pick: (data: Record<string, { id: string } | null>) => string | undefined,
  what: string,
): Promise<string> {
  const answer = await ctx.gateway.run<Record<string, { id: string } | null>>(
    ctx,
    operation,
    { input },
    { unavailable: `${what}未能登记(服务不可用或信息有误),报告仍为待分办,请核对后重试` },
  );
  const id = answer.data ? pick(answer.data) : undefined;
  if (answer.forbidden || !id) throw forbidden(`您无权在该乡镇(街道)登记${what}`);
  return id;
}

@Resolver(() => VillageReport)
export class VillageReportResolver {
  @Query(() => VillageReportConnection, {
    description: '村(社区)报告,接收时间由近及远(协管员:本人提交的;乡镇监管员:本辖区的)',
  })
  villageReports(
    @Arg('filter', () => VillageReportFilter, { nullable: true }) filter: VillageReportFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    return paginate(ctx.em, VillageReport, villageReportWhere(ctx, filter), page, {
      orderBy: { receivedAt: 'desc', id: 'desc' },
    });
  }

  @Query(() => VillageReport, { nullable: true, description: '一条村(社区)报告;不在本人范围内为 FORBIDDEN' })
  async villageReport(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    villageScope(ctx);
    const report = await ctx.em.findOne(VillageReport, { id });
    if (report && !reportVisible(ctx, report)) throw forbidden('该报告不在您的权限范围内');
    return report;
  }

  @Query(() => VillageReportSetting, { description: '村(社区)报告分办设置' })
  async villageReportSetting(@Ctx() ctx: Context) {
    requireBureau(ctx);
    return (
      (await ctx.em.findOne(VillageReportSetting, { id: 1 })) ??
      Object.assign(new VillageReportSetting(), { id: 1, triageWorkingDays: DEFAULT_TRIAGE_WORKING_DAYS })
    );
  }

  @Mutation(() => VillageReportSetting, { description: '修改分办期限(工作日,仅局领导;对此后接收的报告生效)' })
  async setVillageReportTriageDays(
    @Arg('workingDays', () => Int) workingDays: number,
    @Ctx() ctx: Context,
  ): Promise<VillageReportSetting> {
    if (ctx.identity.role !== 'leader') throw forbidden('只有局领导可以修改该设置');
    if (!Number.isInteger(workingDays) || workingDays < 1 || workingDays > MAX_TRIAGE_WORKING_DAYS)
      throw userInputError(`分办期限应为 1 到 ${MAX_TRIAGE_WORKING_DAYS} 个工作日`, 'workingDays');
    let setting = await ctx.em.findOne(VillageReportSetting, { id: 1 });
    if (!setting) setting = ctx.em.create(VillageReportSetting, { id: 1, triageWorkingDays: workingDays });
    setting.triageWorkingDays = workingDays;
    setting.updatedBy = ctx.identity.name || ctx.identity.username;
    setting.updatedAt = new Date();
    await ctx.em.flush();
    return setting;
  }

  /**
   * A liaison's report of their own village. Everything is checked (business, text, every photo) before the photos
   * are stored and the row written; a photo stored for a row that then fails to write is removed again.
   */
  @Mutation(() => VillageReport, { description: '提交村(社区)报告(村(社区)协管员)' })
  async reportFromVillage(
    @Arg('input', () => VillageReportInput) input: VillageReportInput,
    @Ctx() ctx: Context,
  ): Promise<VillageReport> {
    const villageId = ctx.identity.role === 'village' ? villageScope(ctx) : undefined;
    if (!villageId) throw forbidden('只有村(社区)协管员可以提交村(社区)报告');
    const village = await ctx.em.findOne(Village, { id: villageId });
    if (!village) throw forbidden('您所属的村(社区)不在名录中,请联系乡镇(街道)监管员');
    let entity: Entity | null = null;
    let entityName: string;
    if (input.entityId?.trim()) {
      entity = await ctx.em.findOne(Entity, { id: input.entityId.trim() });
      if (!entity || !entityVisible(ctx, entity)) throw userInputError('所选主体不存在或不在本村(社区)', 'entityId');
      entityName = entity.name;
    } else {
      entityName = requiredText(input.entityName, 'entityName', '主体名称');
    }
    const description = requiredText(input.description, 'description', '所见情况', 2000);
    const photos = decodePhotos(input.photos ?? []);
    const { calendar, today } = await clockContext(ctx);
    const dueOn = deadlineOf(triageRule(await triageWorkingDays(ctx)), today, calendar) as string;

    const id = randomUUID();
    const stored = photos.map((photo, i) => ({
      key: `${id}/${i + 1}.${photo.ext}`,
      contentType: photo.contentType,
      size: photo.bytes.length,
    }));
    const store = photoStore();
    try {
      for (const [i, photo] of photos.entries()) await store.put(stored[i]!.key, photo.bytes, photo.contentType);
      const report = ctx.em.create(VillageReport, {
        id,
        village,
        townshipId: village.township.id,
        entity,
        entityName,
        kind: input.kind,
        description,
        photos: stored,
        reporterName: ctx.identity.name || ctx.identity.username,
        reporterUsername: ctx.identity.username,
        receivedAt: new Date(),
        receivedOn: today,
        dueOn,
      });
      await ctx.em.flush();
      return report;
    } catch (error) {
      await Promise.allSettled(stored.map((photo) => store.delete(photo.key)));
      throw error;
    }
  }

  @Mutation(() => VillageReport, { description: '不予处理(须说明理由)' })
  async dismissVillageReport(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<VillageReport> {
    const report = await reportToTriage(ctx, id, version);
    report.dismissReason = requiredText(reason, 'reason', '不予处理的理由', 500);
    triaged(ctx, report, VillageReportStatus.DISMISSED);
    await ctx.em.flush();
    return report;
  }

  /**
   * Risk records the hazard first (as the officer, in its own transaction, carrying this report's id); only then is
   * the report marked, in this subgraph's transaction. A refused or failed hazard leaves the report waiting.
   */
  @Mutation(() => VillageReport, { description: '转为隐患(在风险与应急登记隐患,双向关联)' })
  async turnVillageReportIntoHazard(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => VillageReportHazardInput) input: VillageReportHazardInput,
    @Ctx() ctx: Context,
  ): Promise<VillageReport> {
    const report = await reportToTriage(ctx, id, version);
    const entity = await triageEntity(ctx, report, input.entityId);
    const hazardId = await remoteCreate(
      ctx,
      HAZARD_FROM_REPORT_OPERATION,
      {
        investigationId: requiredText(input.investigationId, 'investigationId', '排查轮次', 36),
        entityId: entity.id,
        description: input.description?.trim() || report.description,
        foundOn: input.foundOn ? localDate(input.foundOn, 'foundOn', '发现日期') : report.receivedOn,
        rectifyBy: localDate(input.rectifyBy, 'rectifyBy', '整改期限'),
        villageReportId: report.id,
      },
      (data) => data.recordHazard?.id,
      '隐患',
    );
    report.hazardId = hazardId;
    triaged(ctx, report, VillageReportStatus.HAZARD);
    await ctx.em.flush();
    return report;
  }

  /** Enforcement opens the clue first (source 投诉举报, carrying this report's id); then the report is marked. */
  @Mutation(() => VillageReport, { description: '转为执法线索(在执法办案登记线索,双向关联)' })
  async turnVillageReportIntoClue(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => VillageReportClueInput) input: VillageReportClueInput,
    @Ctx() ctx: Context,
  ): Promise<VillageReport> {
    const report = await reportToTriage(ctx, id, version);
    const entity = await triageEntity(ctx, report, input.entityId);
    const caseId = await remoteCreate(
      ctx,
      CLUE_FROM_REPORT_OPERATION,
      {
        title: requiredText(input.title, 'title', '案由'),
        source: 'COMPLAINT',
        entityId: entity.id,
        receivedOn: report.receivedOn,
        description: input.description?.trim() || `${report.description}(村(社区)协管员${report.reporterName}报告)`,
        villageReportId: report.id,
      },
      (data) => data.createClue?.id,
      '执法线索',
    );
    report.caseId = caseId;
    triaged(ctx, report, VillageReportStatus.CLUE);
    await ctx.em.flush();
    return report;
  }

  @FieldResolver(() => Village, { description: '所在村(社区)' })
  village(@Root() report: VillageReport, @Ctx() ctx: Context) {
    return villageById(ctx).load(report.village.id);
  }

  @FieldResolver(() => Township, { description: '所属乡镇(街道)' })
  township(@Root() report: VillageReport, @Ctx() ctx: Context) {
    return scopedTownship(ctx, report.townshipId);
  }

  /** The business, when one was picked and the caller may see it (a liaison's own village's, the officer's township's). */
  @FieldResolver(() => Entity, { nullable: true, description: '所选主体(已登记的)' })
  async entity(@Root() report: VillageReport, @Ctx() ctx: Context) {
    if (!report.entity) return null;
    const entity = await ctx.em.findOne(Entity, { id: report.entity.id });
    return entity && entityVisible(ctx, entity) ? entity : null;
  }

  @FieldResolver(() => Boolean, { description: '待分办且已超过分办期限' })
  overdue(@Root() report: VillageReport): boolean {
    return report.status === VillageReportStatus.PENDING && report.dueOn < todayInChina();
  }

  @FieldResolver(() => [VillageReportPhoto], { description: '照片' })
  photos(@Root() report: VillageReport): VillageReportPhoto[] {
    return report.photos.map((photo, i) => Object.assign(new VillageReportPhoto(), { index: i + 1, ...photo }));
  }
}

/** A photo's bytes, as a data URL the page can show, only through a report the caller could read. */
@Resolver(() => VillageReportPhoto)
export class VillageReportPhotoResolver {
  @FieldResolver(() => String, { nullable: true, description: 'data:image/…;base64,… (照片缺失时为空)' })
  async dataUrl(@Root() photo: VillageReportPhoto): Promise<string | null> {
    const bytes = await photoStore().get(photo.key);
    return bytes ? `data:${photo.contentType};base64,${bytes.toString('base64')}` : null;
  }
}
