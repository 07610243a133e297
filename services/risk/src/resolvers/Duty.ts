import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import { addDays, todayInChina as chinaDay } from '@shian/clock';
import {
  Connection,
  ConnectionArgs,
  type Context,
  calendarNoteOf,
  checkVersion,
  clockContext,
  contains,
  forbidden,
  localDate,
  notFound,
  optionalText,
  paginate,
  requiredText,
  requireLinkedRecord,
  requireWriter,
  todayInChina,
  townshipScope,
  userInputError,
  yearSpan,
  findByIds,
} from '@shian/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  Consultation,
  Drill,
  Duty,
  DutyClock,
  DutyClockStatus,
  DutyFrequency,
  DutyOwnerKind,
  DutyStatus,
  OfficialRef,
  officialRef,
  Risk,
  TownshipRef,
  townshipRef,
} from '../entities';
import { nextCode } from '../entities/codes';
import { dutyScope, dutyVisible, seesShared, seesTownships } from '../entities/scope';
import { DutyFilter, DutyInput, DutyUpdateInput } from '../inputs';
import { departmentNames, townshipCode } from '../inputs-checks';
import { LINKED_OFFICIAL_OPERATION } from '../linked';
import { checkDutyTiming, dutyClock, dutyDueDate, lastOverdueDueDate, nextDueDate } from '../rules';

@ObjectType()
export class DutyConnection extends Connection(Duty) {}

/**
 * An official's township (null: a district official), as the entities subgraph answers it in the caller's scope,
 * through the gateway: an unknown official and one the caller may not see are refused alike (BAD_USER_INPUT).
 */
export async function officialTownship(ctx: Context, id: string, field: string): Promise<string | null> {
  const data = await requireLinkedRecord<{ official: { id: string; township: { id: string } | null } | null }>(ctx, {
    operation: LINKED_OFFICIAL_OPERATION,
    variables: { id },
    found: (answer) => answer.official != null,
    field,
    what: '包保干部',
  });
  return data.official?.township?.id ?? null;
}

const MAX_DUE_DAYS = 5 * 366;

/** The day a duty was assigned, in China: what a recurring duty without a due date counts its period from. */
const assignedOn = (duty: Pick<Duty, 'createdAt'>) => chinaDay(duty.createdAt);

/** The sources a duty may come from, as the write found them (a township officer may attach only what it sees). */
export interface DutySources {
  risk?: Risk | null;
  consultation?: Consultation | null;
  drill?: Drill | null;
}

/**
 * A duty's owner and timing from its input, checked; the official's township through the gateway. The sources are
 * the record the duty belongs to. A township officer may write a duty only if it will lie inside their township
 * (owned there, or attached to a record of theirs): otherwise FORBIDDEN, nothing written. `current` is the duty an
 * update edits.
 *
 * The due date is always stored (the clock, the list's `overdue` filter and WorkReport.risk all read that one
 * column): the one sent, or for a recurring duty sent none, the end of its frequency's period (`dutyDueDate`, the
 * clock's rule) in which it is assigned, today. An update sending none keeps the stored date while the frequency
 * is unchanged (a form or client that leaves the date out must not move a deadline, or clear an overdue one); a new
 * frequency starts its period today.
 */
export async function checkedDuty(
  ctx: Context,
  input: DutyInput,
  sources: DutySources,
  prefix = '',
  current?: Pick<Duty, 'dueDate' | 'frequency'>,
) {
  requireWriter(ctx);
  const f = (name: string) => (prefix ? `${prefix}.${name}` : name);
  const today = todayInChina();
  const fields = {
    task: requiredText(input.task, f('task'), '任务内容', 1000),
    basis: optionalText(input.basis, f('basis'), '依据', 500),
    ownerKind: input.ownerKind,
    ownerDepartment: null as string | null,
    townshipId: null as string | null,
    ownerId: null as string | null,
    ownerTownshipId: null as string | null,
    dueDate: input.dueDate ? localDate(input.dueDate, f('dueDate'), '完成时限') : null,
    frequency: input.frequency ?? DutyFrequency.ONCE,
  };
  // The clock engine counts day by day: a deadline decades away is a typing error, refused before it is stored.
  if (fields.dueDate && fields.dueDate > addDays(today, MAX_DUE_DAYS)) {
    throw userInputError(`完成时限不能晚于 ${addDays(today, MAX_DUE_DAYS)}(五年内)`, f('dueDate'));
  }
  // A date an update leaves as it was was checked when it was set: an overdue duty's own date lies in the past.
  const unchanged = current != null && fields.dueDate != null && fields.dueDate === current.dueDate;
  const [timing] = unchanged
    ? []
    : checkDutyTiming({ frequency: fields.frequency, dueDate: fields.dueDate, assignedOn: today });
  if (timing) throw userInputError(timing.message, f(timing.field));
  if (!fields.dueDate) {
    fields.dueDate =
      current?.dueDate && current.frequency === fields.frequency
        ? current.dueDate
        : dutyDueDate({ frequency: fields.frequency, dueDate: null, assignedOn: today });
  }
  switch (input.ownerKind) {
    case DutyOwnerKind.DEPARTMENT:
      if (!input.ownerDepartment?.trim()) throw userInputError('请填写责任部门', f('ownerDepartment'));
      fields.ownerDepartment = departmentNames([input.ownerDepartment], f('ownerDepartment'))[0] as string;
      break;
    case DutyOwnerKind.TOWNSHIP:
      if (!input.townshipId?.trim()) throw userInputError('请选择责任乡镇(街道)', f('townshipId'));
      fields.townshipId = townshipCode(input.townshipId, f('townshipId'));
      break;
    case DutyOwnerKind.OFFICIAL:
      if (!input.ownerId?.trim()) throw userInputError('请选择责任人(包保干部)', f('ownerId'));
      fields.ownerId = input.ownerId.trim();
      fields.ownerTownshipId = await officialTownship(ctx, fields.ownerId, f('ownerId'));
      break;
  }
  // The owner itself must lie inside the writer's township: a duty put on another township (or on a district
  // official) by a township officer would be a write into someone else's responsibility list.
  if (fields.townshipId) requireWriter(ctx, fields.townshipId);
  if (fields.ownerTownshipId) requireWriter(ctx, fields.ownerTownshipId);
  if (fields.ownerKind === DutyOwnerKind.OFFICIAL && !fields.ownerTownshipId && townshipScope(ctx) !== undefined) {
    throw forbidden('乡镇(街道)监管员只能将责任下达给本乡镇(街道)的包保干部');
  }
  const visible = dutyVisible(ctx, {
    ...fields,
    risk: sources.risk ?? null,
    consultation: sources.consultation ?? null,
    drill: sources.drill ?? null,
  });
  if (!visible) throw forbidden('只能下达本乡镇(街道)的责任,或本乡镇(街道)风险、会商、演练的责任');
  return fields;
}

/** A new duty row (the caller flushes): its code from the kit's counter, in the mutation's transaction. */
export async function newDuty(
  ctx: Context,
  fields: Awaited<ReturnType<typeof checkedDuty>>,
  sources: DutySources,
): Promise<Duty> {
  return ctx.em.create(Duty, {
    ...fields,
    id: randomUUID(),
    code: await nextCode(ctx.em, Duty, 'ZR', todayInChina().slice(0, 4)),
    risk: sources.risk ?? null,
    consultation: sources.consultation ?? null,
    drill: sources.drill ?? null,
  });
}

/**
 * A recurring duty's next round (the caller flushes, in the completion's transaction): the same task, basis, owner,
 * frequency and links, due at the end of the period after this round's own due day; null for ONCE. The owner is
 * copied as stored: it was checked when the duty was written, and the writer completing it has just been checked
 * to see this duty.
 */
async function nextRound(ctx: Context, done: Duty): Promise<Duty | null> {
  const dueDate = nextDueDate(
    done.frequency,
    dutyDueDate({ frequency: done.frequency, dueDate: done.dueDate, assignedOn: assignedOn(done) }),
  );
  if (!dueDate) return null;
  const { task, basis, ownerKind, ownerDepartment, townshipId, ownerId, ownerTownshipId, frequency } = done;
  const fields = { task, basis, ownerKind, ownerDepartment, townshipId, ownerId, ownerTownshipId, frequency, dueDate };
  return newDuty(ctx, fields, { risk: done.risk, consultation: done.consultation, drill: done.drill });
}

/** A risk a duty is attached to: it must exist and the writer must see it (unknown and unseen alike). */
async function sourceRisk(ctx: Context, riskId: string | null | undefined): Promise<Risk | null> {
  if (!riskId) return null;
  const risk = await ctx.em.findOne(Risk, { id: riskId });
  if (!risk || !seesTownships(ctx, risk.townshipIds)) {
    throw userInputError(`关联的风险 ${riskId} 不存在或不在您的权限范围内`, 'riskId');
  }
  return risk;
}

/** A duty for a write: unknown NOT_FOUND, one the writer does not see FORBIDDEN. */
async function loadDutyForWrite(ctx: Context, id: string): Promise<Duty> {
  requireWriter(ctx);
  const duty = await ctx.em.findOne(Duty, { id }, { populate: ['risk', 'consultation', 'drill'] });
  if (!duty) throw notFound('责任', id);
  if (!dutyVisible(ctx, duty)) throw forbidden('该责任不属于您所辖乡镇(街道)');
  return duty;
}

async function dutyWhere(ctx: Context, filter: DutyFilter | null | undefined): Promise<FilterQuery<Duty>> {
  const conditions: FilterQuery<Duty>[] = [dutyScope<Duty>(ctx)];
  if (filter?.townshipId) {
    conditions.push({ $or: [{ townshipId: filter.townshipId }, { ownerTownshipId: filter.townshipId }] });
  }
  if (filter?.status) conditions.push({ status: filter.status });
  if (filter?.ownerKind) conditions.push({ ownerKind: filter.ownerKind });
  if (filter?.riskId) conditions.push({ risk: filter.riskId });
  if (filter?.consultationId) conditions.push({ consultation: filter.consultationId });
  if (filter?.drillId) conditions.push({ drill: filter.drillId });
  if (filter?.year != null) {
    const { from, to } = yearSpan(filter.year);
    conditions.push({
      $or: [{ dueDate: { $gte: from, $lte: to } }, { dueDate: null, completedAt: { $gte: from, $lte: to } }],
    });
  }
  const search = filter?.search?.trim();
  if (search) {
    conditions.push({
      $or: [contains(['task', 'basis'], search), contains(['code'], search.toUpperCase())],
    } as FilterQuery<Duty>);
  }
  if (filter?.overdue != null) conditions.push(await overdueCondition(ctx, filter.overdue));
  return { $and: conditions };
}

/**
 * `overdue` as the clock answers it, in SQL on the stored due date (so the list pages and counts in the database):
 * not done and due on or before the rules' cutoff for today on the bureau's calendar. WorkReport.risk counts with
 * the same comparison. A row without a due date (only done ones from before the column was always filled) is never
 * overdue.
 */
async function overdueCondition(ctx: Context, overdue: boolean): Promise<FilterQuery<Duty>> {
  const by = lastOverdueDueDate(await clockContext(ctx));
  return overdue
    ? { status: { $ne: DutyStatus.DONE }, dueDate: { $lte: by } }
    : { $or: [{ status: DutyStatus.DONE }, { dueDate: { $gt: by } }, { dueDate: null }] };
}

function clockOf(
  duty: Pick<Duty, 'frequency' | 'dueDate' | 'status' | 'completedAt' | 'createdAt'>,
  on: Awaited<ReturnType<typeof clockContext>>,
) {
  return dutyClock(
    {
      frequency: duty.frequency,
      dueDate: duty.dueDate,
      assignedOn: assignedOn(duty),
      status: duty.status,
      completedOn: duty.completedAt,
    },
    on,
  );
}

@Resolver(() => Duty)
export class DutyResolver {
  @Query(() => DutyConnection, { description: '责任清单,完成时限由近及远' })
  async duties(
    @Arg('filter', () => DutyFilter, { nullable: true }) filter: DutyFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    return paginate(ctx.em, Duty, await dutyWhere(ctx, filter), page, { orderBy: { dueDate: 'asc', code: 'asc' } });
  }

  @Query(() => Duty, { nullable: true, description: '单条责任;不在本人可见范围内为 FORBIDDEN' })
  async duty(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Duty | null> {
    const duty = await ctx.em.findOne(Duty, { id }, { populate: ['risk', 'consultation', 'drill'] });
    dutyScope(ctx);
    if (duty && !dutyVisible(ctx, duty)) throw forbidden('该责任不属于您所辖乡镇(街道)');
    return duty;
  }

  @Mutation(() => Duty, { description: '新建责任' })
  async createDuty(@Arg('input', () => DutyInput) input: DutyInput, @Ctx() ctx: Context): Promise<Duty> {
    requireWriter(ctx);
    const risk = await sourceRisk(ctx, input.riskId);
    const fields = await checkedDuty(ctx, input, { risk });
    const duty = await newDuty(ctx, fields, { risk });
    await ctx.em.flush();
    return duty;
  }

  @Mutation(() => Duty, { description: '修改责任(完成请用 completeDuty)' })
  async updateDuty(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => DutyUpdateInput) input: DutyUpdateInput,
    @Ctx() ctx: Context,
  ): Promise<Duty> {
    const duty = await loadDutyForWrite(ctx, id);
    checkVersion(duty, version, '责任');
    if (input.status === DutyStatus.DONE) throw userInputError('完成责任须登记落实佐证(completeDuty)', 'status');
    if (duty.status === DutyStatus.DONE) throw userInputError('该责任已完成,不能再修改', 'id');
    const risk = input.riskId === undefined ? duty.risk : await sourceRisk(ctx, input.riskId);
    const sources = { risk, consultation: duty.consultation, drill: duty.drill };
    const fields = await checkedDuty(ctx, input, sources, '', duty);
    Object.assign(duty, fields, { risk, status: input.status ?? duty.status });
    await ctx.em.flush();
    return duty;
  }

  @Mutation(() => Duty, { description: '登记责任完成(须附落实佐证)' })
  async completeDuty(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('evidence') evidence: string,
    @Ctx() ctx: Context,
  ): Promise<Duty> {
    const duty = await loadDutyForWrite(ctx, id);
    checkVersion(duty, version, '责任');
    const text = requiredText(evidence, 'evidence', '落实佐证', 2000);
    if (duty.status === DutyStatus.DONE) throw userInputError('该责任已完成', 'id');
    Object.assign(duty, { status: DutyStatus.DONE, evidence: text, completedAt: todayInChina() });
    duty.next = await nextRound(ctx, duty);
    await ctx.em.flush();
    return duty;
  }

  /** The next period's duty of a recurring one, when completed; the same owner and links, so the same scope. */
  @FieldResolver(() => Duty, { nullable: true, description: '下一周期的责任(周期性责任完成后自动生成)' })
  async next(@Root() duty: Duty, @Ctx() ctx: Context): Promise<Duty | null> {
    if (!duty.next) return null;
    const next = await ctx
      .loader<string, Duty | null>('NextDutyById', async (ids) => {
        // With their sources, which dutyVisible reads, joined: one statement for every row of a page, however many
        // and whichever sources they have.
        const rows = await ctx.em.find(
          Duty,
          { id: { $in: [...ids] } },
          { populate: ['risk', 'consultation', 'drill'], strategy: 'joined' },
        );
        const found = new Map(rows.map((row) => [row.id, row]));
        return ids.map((key) => found.get(key) ?? null);
      })
      .load(duty.next.id);
    return next && dutyVisible(ctx, next) ? next : null;
  }

  @FieldResolver(() => TownshipRef, { nullable: true, description: '责任乡镇(街道)' })
  township(@Root() duty: Duty): TownshipRef | null {
    return duty.townshipId ? townshipRef(duty.townshipId) : null;
  }

  @FieldResolver(() => OfficialRef, { nullable: true, description: '责任人(包保干部)' })
  owner(@Root() duty: Duty): OfficialRef | null {
    return duty.ownerId ? officialRef(duty.ownerId) : null;
  }

  /** The record a duty came from, when the caller may see it (a partner sees only its consultation). */
  @FieldResolver(() => Risk, { nullable: true, description: '所属风险' })
  async risk(@Root() duty: Duty, @Ctx() ctx: Context): Promise<Risk | null> {
    if (!duty.risk) return null;
    const risk = await byId(ctx, Risk, duty.risk.id);
    return risk && seesTownships(ctx, risk.townshipIds) ? risk : null;
  }

  @FieldResolver(() => Consultation, { nullable: true, description: '来源会商(会商结论)' })
  async consultation(@Root() duty: Duty, @Ctx() ctx: Context): Promise<Consultation | null> {
    if (!duty.consultation) return null;
    const consultation = await byId(ctx, Consultation, duty.consultation.id);
    return consultation && seesShared(ctx, consultation.departments, consultation.townshipIds) ? consultation : null;
  }

  @FieldResolver(() => Drill, { nullable: true, description: '来源演练(后续任务)' })
  async drill(@Root() duty: Duty, @Ctx() ctx: Context): Promise<Drill | null> {
    if (!duty.drill) return null;
    const drill = await byId(ctx, Drill, duty.drill.id);
    return drill && seesTownships(ctx, drill.townshipIds) ? drill : null;
  }

  @FieldResolver(() => DutyClock, { description: '完成时限计时(按本局节假日日历)' })
  async clock(@Root() duty: Duty, @Ctx() ctx: Context): Promise<DutyClock> {
    const on = await clockContext(ctx);
    const state = clockOf(duty, on);
    return Object.assign(new DutyClock(), {
      deadline: state.deadline,
      remaining: duty.status === DutyStatus.DONE ? null : state.remaining,
      status: state.status as DutyClockStatus,
      overdue: state.overdue,
      calendar: on.calendarSource,
      calendarNote: calendarNoteOf(on.calendarSource),
    });
  }
}

/** One statement per type for every id a request asks (the kit's per-request loader). */
export function byId<T extends { id: string }>(ctx: Context, entity: new () => T, id: string): Promise<T | null> {
  return ctx
    .loader<string, T | null>(`${entity.name}ById`, async (ids) => {
      const rows = await findByIds(ctx.em, entity, ids);
      const found = new Map(rows.map((row) => [row.id, row]));
      return ids.map((key) => found.get(key) ?? null);
    })
    .load(id);
}
