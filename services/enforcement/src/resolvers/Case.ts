import type { FilterQuery } from '@mikro-orm/core';
import {
  Connection,
  ConnectionArgs,
  type Context,
  type Page,
  pageWindow,
  paginate,
  requireBureau,
  requireInScope,
  toPage,
} from '@shian/subgraph-kit';
import { Arg, Args, Ctx, Directive, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { caseScope, partnerOf, requireCaseVisible } from '../access';
import { caseFacts, clocksOfCase } from '../cases';
import { clockContext } from '@shian/subgraph-kit';
import {
  auditByCase,
  campaignById,
  inspectionById,
  inspectorsOf,
  pausesByCase,
  penaltyByCase,
  seizedItemsByCase,
  transfersByCase,
} from '../data';
import {
  AuditEntry,
  Campaign,
  Case,
  CasePause,
  DisposalRef,
  disposalRef,
  EntityRef,
  namedEntityRef,
  HistoryRecordType,
  Inspection,
  Inspector,
  OpinionEventRef,
  opinionEventRef,
  Penalty,
  SeizedItem,
  TownshipRef,
  Transfer,
  townshipRef,
  Violation,
} from '../entities';
import { CaseFilter } from '../inputs';
import { caseClocks, caseDocuments, caseTimeline, isOverdue, LABELS, nextStatuses, OPEN_STATUSES } from '../rules';
import { CaseStatus } from '../rules/enums';
import { CaseDocument, CaseStep, EnforcementClock, toClock } from '../types';
import { contains, yearSpan } from '../validate';

@ObjectType()
export class CaseConnection extends Connection(Case) {}

/** The `where` of the case list: the caller's scope first, then the filter (which can only narrow it). */
export async function caseWhere(ctx: Context, filter: CaseFilter | null | undefined): Promise<FilterQuery<Case>> {
  const conditions: FilterQuery<Case>[] = [await caseScope(ctx)];
  if (filter?.year != null) {
    const { from, to } = yearSpan(filter.year);
    conditions.push({
      $or: [{ filedOn: { $gte: from, $lte: to } }, { filedOn: null, receivedOn: { $gte: from, $lte: to } }],
    });
  }
  if (filter?.filed === true) conditions.push({ filedOn: { $ne: null } });
  if (filter?.filed === false) conditions.push({ filedOn: null });
  if (filter?.status) conditions.push({ status: filter.status });
  if (filter?.source) conditions.push({ source: filter.source });
  if (filter?.violation) conditions.push({ violationList: { $like: `%${filter.violation}%` } });
  if (filter?.townshipId) conditions.push({ townshipId: filter.townshipId });
  if (filter?.entityId) conditions.push({ entityId: filter.entityId });
  if (filter?.campaignId) conditions.push({ campaign: filter.campaignId });
  if (filter?.transferredTo) {
    const partner = partnerOf(ctx);
    // A partner asking about another department's transfers gets nothing, not an error: the list is its own.
    const department = partner && partner !== filter.transferredTo ? null : filter.transferredTo;
    const rows = department ? await ctx.em.find(Transfer, { department }, { fields: ['caseFile'] }) : [];
    conditions.push({ id: { $in: rows.map((row) => row.caseFile.id) } });
  }
  if (filter?.search?.trim()) conditions.push(contains(['title', 'number'], filter.search) as FilterQuery<Case>);
  return { $and: conditions };
}

const ORDER = { receivedOn: 'desc' } as const;

/**
 * Cases whose clocks have run out. Clocks depend on the holiday calendar and today, so they are computed, not
 * stored: the open cases in scope are read with their pauses, penalties and transfers (four statements whatever
 * their number) and the page is cut from those that are overdue.
 */
async function overduePage(ctx: Context, where: FilterQuery<Case>, page: ConnectionArgs): Promise<Page<Case>> {
  const { limit, offset } = pageWindow(page);
  const open = await ctx.em.find(
    Case,
    { $and: [where, { status: { $in: OPEN_STATUSES } }] },
    {
      orderBy: { ...ORDER, id: 'asc' },
    },
  );
  const ids = open.map((c) => c.id);
  const [pauses, penalties, transfers] = await Promise.all([
    pausesByCase(ctx).loadMany(ids),
    penaltyByCase(ctx).loadMany(ids),
    transfersByCase(ctx).loadMany(ids),
  ]);
  const { calendar, today } = await clockContext(ctx);
  const overdue = open.filter((record, i) =>
    isOverdue(
      caseClocks(
        caseFacts(record, pauses[i] as CasePause[], penalties[i] as Penalty | null, transfers[i] as Transfer[]),
        calendar,
        today,
      ),
    ),
  );
  return toPage(overdue.slice(offset, offset + limit), overdue.length, offset);
}

async function clocksOf(ctx: Context, record: Case) {
  const [pauses, penalty, transfers] = await Promise.all([
    pausesByCase(ctx).load(record.id),
    penaltyByCase(ctx).load(record.id),
    transfersByCase(ctx).load(record.id),
  ]);
  return clocksOfCase(ctx, record, pauses, penalty, transfers);
}

/** A partner sees only its own transfers of a case shared with it. */
async function visibleTransfers(ctx: Context, record: Case): Promise<Transfer[]> {
  const transfers = await transfersByCase(ctx).load(record.id);
  const partner = partnerOf(ctx);
  return partner ? transfers.filter((t) => t.department === partner) : transfers;
}

@Resolver(() => Case)
export class CaseResolver {
  @Query(() => CaseConnection, {
    nullable: true,
    description: '案件(含线索),受理日期由近及远;协作部门只见移送给本单位的案件',
  })
  async cases(
    @Arg('filter', () => CaseFilter, { nullable: true }) filter: CaseFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    const where = await caseWhere(ctx, filter);
    if (filter?.overdue === true) return overduePage(ctx, where, page);
    return paginate(ctx.em, Case, where, page, { orderBy: ORDER });
  }

  @Query(() => Case, { nullable: true, description: '单个案件;不在本人权限范围内为 FORBIDDEN' })
  async case(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    partnerOf(ctx);
    const record = await ctx.em.findOne(Case, { id });
    if (record) await requireCaseVisible(ctx, record);
    return record;
  }

  // The name comes from the case file itself, so a partner the case is shared with never needs the register.
  @Directive('@provides(fields: "name")')
  @FieldResolver(() => EntityRef, { nullable: true, description: '当事人(主体);名称为立案登记时的名称' })
  entity(@Root() record: Case) {
    // Cases written before the name was recorded show the business's id rather than nothing.
    return namedEntityRef(record.entityId, record.partyName ?? record.entityId);
  }

  @FieldResolver(() => TownshipRef, { nullable: true, description: '当事人所属乡镇(街道)' })
  township(@Root() record: Case) {
    return townshipRef(record.townshipId);
  }

  @FieldResolver(() => [Violation], { description: '违法行为' })
  violations(@Root() record: Case) {
    return record.violations;
  }

  @FieldResolver(() => [Inspector], { description: '办案人员' })
  officers(@Root() record: Case, @Ctx() ctx: Context) {
    return inspectorsOf(ctx, record.officerIds);
  }

  @FieldResolver(() => Campaign, { nullable: true, description: '所属专项' })
  campaign(@Root() record: Case, @Ctx() ctx: Context) {
    requireBureau(ctx);
    return record.campaign ? campaignById(ctx).load(record.campaign.id) : null;
  }

  @FieldResolver(() => Inspection, { nullable: true, description: '来源监督检查' })
  async inspection(@Root() record: Case, @Ctx() ctx: Context) {
    requireBureau(ctx);
    const inspection = record.inspectionId ? await inspectionById(ctx).load(record.inspectionId) : null;
    // A case in scope does not widen it: its inspection is shown only to those who may read that inspection.
    if (inspection) requireInScope(ctx, inspection.townshipId);
    return inspection;
  }

  @FieldResolver(() => DisposalRef, { nullable: true, description: '来源抽检不合格处置(抽检监测子图)' })
  disposal(@Root() record: Case) {
    return record.disposalId ? disposalRef(record.disposalId) : null;
  }

  @FieldResolver(() => OpinionEventRef, { nullable: true, description: '来源舆情(宣传与舆情子图)' })
  opinionEvent(@Root() record: Case) {
    return record.opinionEventId ? opinionEventRef(record.opinionEventId) : null;
  }

  @FieldResolver(() => Transfer, { nullable: true, description: '最近一次移送(协作部门只见移送给本单位的)' })
  async transfer(@Root() record: Case, @Ctx() ctx: Context) {
    return (await visibleTransfers(ctx, record)).at(-1) ?? null;
  }

  @FieldResolver(() => [Transfer], { description: '全部移送记录' })
  transfers(@Root() record: Case, @Ctx() ctx: Context) {
    return visibleTransfers(ctx, record);
  }

  @FieldResolver(() => [CasePause], { description: '不计入办案期限的期间' })
  pauses(@Root() record: Case, @Ctx() ctx: Context) {
    return pausesByCase(ctx).load(record.id);
  }

  @FieldResolver(() => Penalty, { nullable: true, description: '行政处罚决定' })
  penalty(@Root() record: Case, @Ctx() ctx: Context) {
    return penaltyByCase(ctx).load(record.id);
  }

  @FieldResolver(() => [SeizedItem], { description: '涉案财物' })
  seizedItems(@Root() record: Case, @Ctx() ctx: Context) {
    return seizedItemsByCase(ctx).load(record.id);
  }

  @FieldResolver(() => [EnforcementClock], { description: '法定时限:立案、处罚决定、送达、公示' })
  async clocks(@Root() record: Case, @Ctx() ctx: Context) {
    return (await clocksOf(ctx, record)).map(toClock);
  }

  @FieldResolver(() => Boolean, { description: '是否有法定时限已超期' })
  async overdue(@Root() record: Case, @Ctx() ctx: Context) {
    return isOverdue(await clocksOf(ctx, record));
  }

  @FieldResolver(() => [CaseStatus], { description: '按流转表可变更到的状态' })
  nextStatuses(@Root() record: Case) {
    return nextStatuses(record.status);
  }

  @FieldResolver(() => [CaseStep], { description: '办案环节(时间轴)' })
  async timeline(@Root() record: Case, @Ctx() ctx: Context) {
    return caseTimeline(await recordFacts(ctx, record));
  }

  @FieldResolver(() => [CaseDocument], { description: '案件文书' })
  async documents(@Root() record: Case, @Ctx() ctx: Context) {
    return caseDocuments(await recordFacts(ctx, record));
  }

  @FieldResolver(() => [AuditEntry], {
    description: '修改留痕(案件及其移送、涉案财物),按时间先后;只增不改',
  })
  async history(@Root() record: Case, @Ctx() ctx: Context) {
    const entries = await auditByCase(ctx).load(record.id);
    const partner = partnerOf(ctx);
    if (!partner) return entries;
    const own = new Set((await visibleTransfers(ctx, record)).map((t) => t.id));
    return entries.filter((e) => e.recordType !== HistoryRecordType.TRANSFER || own.has(e.recordId));
  }
}

async function recordFacts(ctx: Context, record: Case) {
  const [penalty, transfers, seizures] = await Promise.all([
    penaltyByCase(ctx).load(record.id),
    visibleTransfers(ctx, record),
    seizedItemsByCase(ctx).load(record.id),
  ]);
  return {
    ...record,
    decisionNumber: penalty?.decisionNumber ?? null,
    transfers: transfers.map((t) => ({
      transferredOn: t.transferredOn,
      kind: t.kind,
      departmentLabel: LABELS.PartnerDepartment[t.department],
    })),
    seizures: [...new Map(seizures.map((s) => [s.seizedOn, { seizedOn: s.seizedOn }])).values()],
  };
}
