import type { FilterQuery } from '@mikro-orm/core';
import {
  Connection,
  ConnectionArgs,
  type Context,
  contains,
  groupBy,
  requireInScope,
  pageWindow,
  paginate,
  toPage,
  yearSpan,
} from '@shian/subgraph-kit';
import { Arg, Args, Ctx, Directive, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { caseVisible } from '../access';
import { clockContext, recordPersonalDataRead } from '@shian/subgraph-kit';
import { caseById } from '../data';
import {
  Case,
  Complaint,
  ComplaintStatus,
  ComplaintStep,
  EntityRef,
  namedEntityRef,
  TownshipRef,
  townshipRef,
} from '../entities';
import { complaintClock, maskIdNumber, maskName, maskPhone, nextComplaintStatuses } from '../rules/complaints';
import { EnforcementClock, toClock } from '../types';
import { complaintScope, handlesComplaint, requireComplaintReader, requireComplaintVisible } from './ComplaintAccess';
import { ComplaintFilter } from './ComplaintInputs';

@ObjectType()
export class ComplaintConnection extends Connection(Complaint) {}

@ObjectType({ description: '投诉举报人;个人信息仅对承办人员(区局执法人员、所属乡镇监管人员)完整显示,其余脱敏' })
export class Complainant {
  @Field(() => String, { nullable: true, description: '姓名(匿名举报为空)' })
  name!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  idNumber!: string | null;

  @Field({ description: '是否已脱敏' })
  masked!: boolean;

  @Field({ description: '是否匿名' })
  anonymous!: boolean;
}

/** The list's `where`: the caller's scope first, then the filter (which can only narrow it). */
export function complaintWhere(ctx: Context, filter: ComplaintFilter | null | undefined): FilterQuery<Complaint> {
  const conditions: FilterQuery<Complaint>[] = [complaintScope(ctx)];
  if (filter?.year != null) {
    const { from, to } = yearSpan(filter.year);
    conditions.push({ receivedOn: { $gte: from, $lte: to } });
  }
  if (filter?.kind) conditions.push({ kind: filter.kind });
  if (filter?.channel) conditions.push({ channel: filter.channel });
  if (filter?.status) conditions.push({ status: filter.status });
  if (filter?.outcome) conditions.push({ outcome: filter.outcome });
  if (filter?.townshipId) conditions.push({ townshipId: filter.townshipId });
  if (filter?.entityId) conditions.push({ entityId: filter.entityId });
  if (filter?.overdue === false) conditions.push({ status: { $ne: ComplaintStatus.RECEIVED } });
  if (filter?.search?.trim())
    conditions.push(contains(['code', 'content', 'partyName'], filter.search) as FilterQuery<Complaint>);
  return { $and: conditions };
}

const ORDER = { receivedOn: 'desc', code: 'desc' } as const;

/**
 * Overdue ones: a clock depends on the holiday calendar and today, so it is computed, not stored. Only those not yet
 * decided can be running past their deadline; they are read (one statement) and the page cut from the overdue.
 */
async function overduePage(ctx: Context, where: FilterQuery<Complaint>, page: ConnectionArgs) {
  const { limit, offset } = pageWindow(page);
  const open = await ctx.em.find(
    Complaint,
    { $and: [where, { status: ComplaintStatus.RECEIVED }] },
    { orderBy: { ...ORDER, id: 'asc' } },
  );
  const { calendar, today } = await clockContext(ctx);
  const overdue = open.filter((c) => complaintClock(clockFacts(c), calendar, today).status === 'OVERDUE');
  return toPage(overdue.slice(offset, offset + limit), overdue.length, offset);
}

const clockFacts = (record: Complaint) => ({
  kind: record.kind,
  receivedOn: record.receivedOn,
  decidedOn: record.decidedOn,
  extended: record.extended,
});

export async function complaintClockOf(ctx: Context, record: Complaint) {
  const { calendar, today } = await clockContext(ctx);
  return complaintClock(clockFacts(record), calendar, today);
}

@Resolver(() => Complaint)
export class ComplaintResolver {
  @Query(() => ComplaintConnection, {
    description: '投诉举报,收到日期由近及远;乡镇监管人员只见本乡镇的,协作部门无权查阅',
  })
  complaints(
    @Arg('filter', () => ComplaintFilter, { nullable: true }) filter: ComplaintFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    const where = complaintWhere(ctx, filter);
    if (filter?.overdue === true) return overduePage(ctx, where, page);
    return paginate(ctx.em, Complaint, where, page, { orderBy: ORDER });
  }

  @Query(() => Complaint, { nullable: true, description: '单件投诉举报;不在本人权限范围内为 FORBIDDEN' })
  async complaint(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    requireComplaintReader(ctx);
    const record = await ctx.em.findOne(Complaint, { id });
    if (record) requireComplaintVisible(ctx, record);
    return record;
  }

  @FieldResolver(() => Complainant, {
    description: '投诉举报人;masked 为 true(导出时)对所有人脱敏,否则仅承办人员见完整信息',
  })
  async complainant(
    @Root() record: Complaint,
    @Arg('masked', () => Boolean, { defaultValue: false }) masked: boolean,
    @Ctx() ctx: Context,
  ): Promise<Complainant> {
    const hide = masked || !handlesComplaint(ctx, record);
    if (!hide) {
      // An unmasked read of the complainant is recorded (which fields, never their values) before it is answered.
      const fields = (
        [
          ['name', record.complainantName],
          ['phone', record.complainantPhone],
          ['idNumber', record.complainantIdNumber],
        ] as const
      )
        .filter(([, value]) => value)
        .map(([field]) => `complainant.${field}`);
      if (fields.length > 0) {
        await recordPersonalDataRead(ctx, {
          recordType: 'Complaint',
          recordId: record.id,
          fields,
          operation: 'complainant',
        });
      }
    }
    return {
      name: hide ? maskName(record.complainantName) : record.complainantName,
      phone: hide ? maskPhone(record.complainantPhone) : record.complainantPhone,
      idNumber: hide ? maskIdNumber(record.complainantIdNumber) : record.complainantIdNumber,
      masked: hide,
      anonymous: !record.complainantName,
    };
  }

  @Directive('@provides(fields: "name")')
  @FieldResolver(() => EntityRef, { description: '被投诉举报主体;名称为登记时的名称' })
  entity(@Root() record: Complaint) {
    return namedEntityRef(record.entityId, record.partyName);
  }

  @FieldResolver(() => TownshipRef, { description: '承办乡镇(街道)' })
  township(@Root() record: Complaint) {
    return townshipRef(record.townshipId);
  }

  @FieldResolver(() => EnforcementClock, {
    description: '法定时限:投诉7个工作日内决定是否受理;举报15个工作日内核查决定是否立案',
  })
  async clock(@Root() record: Complaint, @Ctx() ctx: Context) {
    return toClock(await complaintClockOf(ctx, record));
  }

  @FieldResolver(() => Boolean, { description: '是否超期未决定' })
  async overdue(@Root() record: Complaint, @Ctx() ctx: Context) {
    return (await complaintClockOf(ctx, record)).status === 'OVERDUE';
  }

  @FieldResolver(() => [ComplaintStatus], { description: '按流转表可变更到的状态' })
  nextStatuses(@Root() record: Complaint) {
    return nextComplaintStatuses(record.kind, record.status);
  }

  @FieldResolver(() => Case, { nullable: true, description: '转为的线索(案件)' })
  async case(@Root() record: Complaint, @Ctx() ctx: Context) {
    const linked = record.caseId ? await caseById(ctx).load(record.caseId) : null;
    // The link does not widen scope: the case shows only where case(id) would show it.
    return linked && (await caseVisible(ctx, linked)) ? linked : null;
  }

  @FieldResolver(() => [ComplaintStep], { description: '办理记录,按时间先后' })
  steps(@Root() record: Complaint, @Ctx() ctx: Context) {
    return stepsByComplaint(ctx).load(record.id);
  }
}

const stepsByComplaint = (ctx: Context) =>
  ctx.loader<string, ComplaintStep[]>('stepsByComplaint', async (ids) => {
    const rows = await ctx.em.find(
      ComplaintStep,
      { complaint: { $in: [...ids] } },
      { orderBy: { at: 'asc', id: 'asc' } },
    );
    return groupBy(rows, (row) => row.complaint.id, ids);
  });

const complaintsByCase = (ctx: Context) =>
  ctx.loader<string, Complaint[]>('complaintsByCase', async (ids) => {
    const rows = await ctx.em.find(Complaint, { caseId: { $in: [...ids] } }, { orderBy: { receivedOn: 'asc' } });
    return groupBy(rows, (row) => row.caseId!, ids);
  });

/** A case's complaints: the register's scope applies (a partner the case is shared with is refused them). */
@Resolver(() => Case)
export class CaseComplaintResolver {
  @FieldResolver(() => [Complaint], { nullable: true, description: '来源投诉举报' })
  complaints(@Root() record: Case, @Ctx() ctx: Context) {
    requireComplaintReader(ctx);
    requireInScope(ctx, record.townshipId);
    return complaintsByCase(ctx).load(record.id);
  }
}
