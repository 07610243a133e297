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
  notFound,
  paginate,
  requireBureau,
  requireLinkedRecord,
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
import { VillageReportFilter, VillageReportInput } from '../villages/inputs';
import { LINKED_CLUE_OPERATION, LINKED_HAZARD_OPERATION } from '../linked';
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

function triaged(ctx: Context, report: VillageReport, status: VillageReportStatus) {
  report.status = status;
  report.triagedBy = ctx.identity.name || ctx.identity.username;
  report.triagedAt = new Date();
}

/**
 * The hazard or clue a triage links to: read through the gateway as the triaging officer (the owner applies their
 * scope), it must exist and carry this report's id (risk's recordHazard and enforcement's createClue take
 * `villageReportId` and check the report is pending and theirs). Refused as BAD_USER_INPUT naming the field
 * otherwise, so nothing is written; SERVICE_UNAVAILABLE when the owner cannot answer.
 */
async function requireLinkBack(
  ctx: Context,
  report: VillageReport,
  operation: string,
  root: 'hazard' | 'case',
  id: string,
  field: string,
  what: string,
): Promise<string> {
  const recordId = requiredText(id, field, what, 36);
  await requireLinkedRecord<Record<string, { id: string; villageReportId: string | null } | null>>(ctx, {
    operation,
    variables: { id: recordId },
    found: (data) => data[root]?.id === recordId && data[root]?.villageReportId === report.id,
    field,
    message: `${what} ${recordId} 不存在、不在您的权限范围内,或不是由本报告登记的`,
  });
  return recordId;
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
   * The second step of turning a report into a hazard: risk has recorded it (recordHazard with this report's id,
   * which risk checked is pending and the officer's); here the link is checked back and the report marked, in this
   * subgraph's one transaction. Until then the report stays pending. Two steps because a single one would hold this
   * subgraph's (SQLite) connection while risk asks it which township the business is in.
   */
  @Mutation(() => VillageReport, { description: '转为隐患:关联已在风险与应急登记的隐患(须带本报告ID),双向关联' })
  async turnVillageReportIntoHazard(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('hazardId', () => ID, { description: 'recordHazard(input: { villageReportId }) 登记的隐患' }) hazardId: string,
    @Ctx() ctx: Context,
  ): Promise<VillageReport> {
    const report = await reportToTriage(ctx, id, version);
    report.hazardId = await requireLinkBack(
      ctx,
      report,
      LINKED_HAZARD_OPERATION,
      'hazard',
      hazardId,
      'hazardId',
      '隐患',
    );
    triaged(ctx, report, VillageReportStatus.HAZARD);
    await ctx.em.flush();
    return report;
  }

  /** Likewise for a clue: enforcement's createClue (source 投诉举报, this report's id), then this. */
  @Mutation(() => VillageReport, { description: '转为执法线索:关联已在执法办案登记的线索(须带本报告ID),双向关联' })
  async turnVillageReportIntoClue(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('caseId', () => ID, { description: 'createClue(input: { villageReportId }) 登记的线索' }) caseId: string,
    @Ctx() ctx: Context,
  ): Promise<VillageReport> {
    const report = await reportToTriage(ctx, id, version);
    report.caseId = await requireLinkBack(ctx, report, LINKED_CLUE_OPERATION, 'case', caseId, 'caseId', '执法线索');
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
