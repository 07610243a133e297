import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import { DEPARTMENT_LABELS } from '@shian/auth';
import {
  Connection,
  ConnectionArgs,
  type Context,
  checkVersion,
  contains,
  DateTimeISO,
  entityTownship,
  forbidden,
  groupBy,
  notFound,
  optionalText,
  paginate,
  requiredText,
  requireLinkedRecord,
  requireWriter,
  townshipScope,
  userInputError,
  yearWindow,
} from '@shian/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  CaseRef,
  caseRef,
  EntityRef,
  entityRef,
  Incident,
  IncidentStep,
  IncidentTimelineEntry,
  listIncludes,
  SampleRef,
  sampleRef,
  TownshipRef,
  toList,
  townshipRef,
} from '../entities';
import { partnerOf, seesShared } from '../entities/scope';
import { departmentNames, townshipCode } from '../inputs-checks';
import { IncidentFilter, IncidentInput } from '../inputs-incidents';
import { LINKED_CASE_OPERATION, LINKED_SAMPLE_OPERATION } from '../linked';
import { checkIncidentStep, checkReportedAt, type Problem } from '../rules';
import { nextCode, READ_ONLY } from './HazardShared';
import { IncidentReportClock, reportClockOf, reportLimitInForce } from './IncidentReportRule';

@ObjectType()
export class IncidentConnection extends Connection(Incident) {}

const MAX_AFFECTED = 100_000;
/** At most this many linked samples, and cases, per incident: a form's list, not a bulk import. */
const MAX_LINKED = 50;

const refuse = (problems: readonly Problem[]) => {
  const [first] = problems;
  if (first) throw userInputError(first.message, first.field);
};

/**
 * Every incident list starts here: a partner department sees the incidents whose response names it, and nothing
 * else; bureau staff by township (the incident's: its business's, or the place's when no business is concerned).
 */
export function incidentWhere(ctx: Context, filter: IncidentFilter | null | undefined): FilterQuery<Incident> {
  const conditions: FilterQuery<Incident>[] = [];
  const partner = partnerOf(ctx);
  if (partner) conditions.push({ responseDepartmentList: listIncludes(partner) });
  else {
    const township = townshipScope(ctx);
    if (township !== undefined) conditions.push({ townshipId: township });
  }
  if (filter?.townshipId) conditions.push({ townshipId: filter.townshipId });
  if (filter?.level) conditions.push({ level: filter.level });
  if (filter?.kind) conditions.push({ kind: filter.kind });
  if (filter?.currentStep) conditions.push({ currentStep: filter.currentStep });
  if (filter?.reported != null) conditions.push({ reportedAt: filter.reported ? { $ne: null } : null });
  if (filter?.year != null) {
    const { from, to } = yearWindow(filter.year);
    conditions.push({ occurredAt: { $gte: from, $lt: to } });
  }
  if (filter?.search?.trim())
    conditions.push(contains(['title', 'place', 'code'], filter.search) as FilterQuery<Incident>);
  return conditions.length ? { $and: conditions } : {};
}

/** An incident the caller may see (a partner: one whose response names it), else FORBIDDEN or NOT_FOUND. */
async function incidentInScope(ctx: Context, id: string): Promise<Incident> {
  partnerOf(ctx);
  const incident = await ctx.em.findOne(Incident, { id });
  if (!incident) throw notFound('突发事件', id);
  if (!seesShared(ctx, incident.responseDepartments, [incident.townshipId]))
    throw forbidden('该突发事件不在您的权限范围内');
  return incident;
}

/** An incident the caller may change: writers of its township only (partners read, never write), at its version. */
async function incidentToWrite(ctx: Context, id: string, version: number): Promise<Incident> {
  requireWriter(ctx);
  const incident = await incidentInScope(ctx, id);
  requireWriter(ctx, incident.townshipId);
  checkVersion(incident, version, '突发事件');
  return incident;
}

/**
 * The departments on the response, as A's consultations take them (names or partner codes); a partner's Chinese
 * name (公安) is kept as its code, since a partner sees what names its code.
 */
function responseDepartments(values: readonly string[]): string[] {
  const byLabel = new Map(Object.entries(DEPARTMENT_LABELS).map(([code, label]) => [label, code]));
  return [...new Set(departmentNames(values, 'responseDepartments', false).map((name) => byLabel.get(name) ?? name))];
}

/** An instant that must be a real time and not in the future (a minute's grace for the client's clock). */
function pastInstant(value: Date, now: Date, field: string, label: string): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw userInputError(`${label}无效`, field);
  if (value.getTime() > now.getTime() + 60_000) throw userInputError(`${label}不能晚于现在`, field);
  return value > now ? now : value;
}

/** The year an instant falls in, in China Standard Time (an incident at 2025-12-31 23:30 +08:00 is 2025's). */
const chinaYear = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).getUTCFullYear();

/**
 * The ids newly linked must each exist in the owner's subgraph and be readable by the writer (asked through the
 * gateway as the writer); ids already linked stay without a new check, so an edit keeps what another writer linked.
 */
async function checkLinked(
  ctx: Context,
  ids: readonly string[],
  already: readonly string[],
  field: 'sampleIds' | 'caseIds',
): Promise<string[]> {
  const wanted = [...new Set(ids.map((id) => id.trim()).filter(Boolean))];
  if (wanted.length > MAX_LINKED) throw userInputError(`最多关联 ${MAX_LINKED} 条`, field);
  for (const id of wanted) {
    if (already.includes(id)) continue;
    if (id.length > 36) throw userInputError(`编号过长:${id.slice(0, 40)}`, field);
    if (field === 'sampleIds')
      await requireLinkedRecord<{ sample: { id: string } | null }>(ctx, {
        operation: LINKED_SAMPLE_OPERATION,
        variables: { id },
        found: (data) => data.sample?.id === id,
        field,
        what: '抽样批次',
      });
    else
      await requireLinkedRecord<{ case: { id: string } | null }>(ctx, {
        operation: LINKED_CASE_OPERATION,
        variables: { id },
        found: (data) => data.case?.id === id,
        field,
        what: '执法线索或案件',
      });
  }
  return wanted;
}

@Resolver(() => Incident)
export class IncidentResolver {
  @Query(() => IncidentConnection, { description: '食品安全突发事件,发生时间由近及远(协作部门:参与处置的事件)' })
  incidents(
    @Arg('filter', () => IncidentFilter, { nullable: true }) filter: IncidentFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    return paginate(ctx.em, Incident, incidentWhere(ctx, filter), page, { orderBy: { occurredAt: 'desc' } });
  }

  @Query(() => Incident, { nullable: true, description: '一起突发事件;不在本人权限范围内时 FORBIDDEN' })
  async incident(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    try {
      return await incidentInScope(ctx, id);
    } catch (error) {
      if ((error as { extensions?: { code?: string } }).extensions?.code === 'NOT_FOUND') return null;
      throw error;
    }
  }

  /**
   * The township is the business's when one is concerned (from the entities subgraph in the writer's scope; a
   * disagreeing one is refused), else the one sent. The first timeline step, 接报, is written with the incident.
   */
  @Mutation(() => Incident, { description: '接报突发事件(时间线第一步:接报)' })
  async reportIncident(@Arg('input', () => IncidentInput) input: IncidentInput, @Ctx() ctx: Context) {
    requireWriter(ctx);
    const now = new Date();
    const title = requiredText(input.title, 'title', '事件名称');
    const place = requiredText(input.place, 'place', '发生地点', 300);
    const note = optionalText(input.note, 'note', '接报情况说明', 2000);
    if (!Number.isInteger(input.affected) || input.affected < 0 || input.affected > MAX_AFFECTED)
      throw userInputError(`涉及人数应为 0 到 ${MAX_AFFECTED} 之间的整数`, 'affected');
    const occurredAt = pastInstant(input.occurredAt, now, 'occurredAt', '发生时间');
    const receivedAt = pastInstant(input.receivedAt ?? now, now, 'receivedAt', '接报时间');
    if (receivedAt < occurredAt) throw userInputError('接报时间不能早于发生时间', 'receivedAt');
    const departments = responseDepartments(input.responseDepartments);
    const entityId = input.entityId?.trim() || null;
    let townshipId: string;
    if (entityId) townshipId = await entityTownship(ctx, entityId, input.townshipId);
    else {
      if (!input.townshipId?.trim()) throw userInputError('未关联主体时请选择事件所在乡镇(街道)', 'townshipId');
      townshipId = townshipCode(input.townshipId, 'townshipId');
    }
    requireWriter(ctx, townshipId);
    const limit = await reportLimitInForce(ctx, input.level);
    const incident = Object.assign(new Incident(), {
      id: randomUUID(),
      code: await nextCode(ctx, Incident, 'SJ', chinaYear(occurredAt), 3),
      title,
      kind: input.kind,
      level: input.level,
      occurredAt,
      place,
      entityId,
      townshipId,
      affected: input.affected,
      receivedAt,
      reportHours: limit.hours,
      reportRuleSource: limit.source,
      responseDepartmentList: toList(departments),
      currentStep: IncidentStep.RECEIVED,
    });
    ctx.em.persist(incident);
    ctx.em.create(IncidentTimelineEntry, {
      id: randomUUID(),
      incident,
      step: IncidentStep.RECEIVED,
      at: receivedAt,
      note,
      by: ctx.identity.name || ctx.identity.username,
    });
    await ctx.em.flush();
    return incident;
  }

  /** Only the next step, never earlier than the current one nor in the future; out of order names both steps. */
  @Mutation(() => Incident, { description: '登记应急处置的下一步(接报→核实→启动响应→控制→调查→终止)' })
  async advanceIncident(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('step', () => IncidentStep) step: IncidentStep,
    @Arg('at', () => DateTimeISO, { nullable: true, description: '时间,默认现在' }) at: Date | null,
    @Arg('note', () => String, { nullable: true, description: '情况说明' }) note: string | null,
    @Ctx() ctx: Context,
  ) {
    const incident = await incidentToWrite(ctx, id, version);
    const now = new Date();
    const text = optionalText(note, 'note', '情况说明', 2000);
    const [last] = await ctx.em.find(
      IncidentTimelineEntry,
      { incident: incident.id },
      { orderBy: { at: 'desc' }, limit: 1, ...READ_ONLY },
    );
    refuse(
      checkIncidentStep(
        { step: incident.currentStep, at: last?.at ?? incident.receivedAt },
        { step, at: at ?? now },
        new Date(now.getTime() + 60_000),
      ),
    );
    ctx.em.create(IncidentTimelineEntry, {
      id: randomUUID(),
      incident,
      step,
      at: at && at < now ? at : now,
      note: text,
      by: ctx.identity.name || ctx.identity.username,
    });
    incident.currentStep = step;
    await ctx.em.flush();
    return incident;
  }

  @Mutation(() => Incident, { description: '登记向上级报告的时间(报告时限据此判定是否超时)' })
  async markIncidentReported(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('at', () => DateTimeISO, { nullable: true, description: '上报时间,默认现在' }) at: Date | null,
    @Ctx() ctx: Context,
  ) {
    const incident = await incidentToWrite(ctx, id, version);
    if (incident.reportedAt)
      throw userInputError(`该事件已于 ${incident.reportedAt.toISOString()} 登记上报,不能重复登记`, 'at');
    const now = new Date();
    const reportedAt = at ?? now;
    refuse(checkReportedAt(reportedAt, incident.receivedAt, new Date(now.getTime() + 60_000)));
    incident.reportedAt = reportedAt > now ? now : reportedAt;
    await ctx.em.flush();
    return incident;
  }

  /** The lists as the form holds them (removing is allowed); each id newly added is checked through the gateway. */
  @Mutation(() => Incident, { description: '关联抽样批次与执法案件(经网关核实存在且在本人权限范围内)' })
  async linkIncidentRecords(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('sampleIds', () => [ID]) sampleIds: string[],
    @Arg('caseIds', () => [ID]) caseIds: string[],
    @Ctx() ctx: Context,
  ) {
    const incident = await incidentToWrite(ctx, id, version);
    const samples = await checkLinked(ctx, sampleIds, incident.sampleIds, 'sampleIds');
    const cases = await checkLinked(ctx, caseIds, incident.caseIds, 'caseIds');
    incident.sampleIds = samples;
    incident.caseIds = cases;
    await ctx.em.flush();
    return incident;
  }

  @FieldResolver(() => EntityRef, { nullable: true, description: '涉事主体' })
  entity(@Root() incident: Incident): EntityRef | null {
    return incident.entityId ? entityRef(incident.entityId) : null;
  }

  @FieldResolver(() => TownshipRef, { description: '所属乡镇(街道)' })
  township(@Root() incident: Incident): TownshipRef {
    return townshipRef(incident.townshipId);
  }

  /** Oldest first; one statement for every incident of the request. */
  @FieldResolver(() => [IncidentTimelineEntry], { description: '应急处置时间线,按时间先后' })
  timeline(@Root() incident: Incident, @Ctx() ctx: Context) {
    return ctx
      .loader<string, IncidentTimelineEntry[]>('incidentTimeline', async (ids) => {
        const rows = await ctx.em.find(
          IncidentTimelineEntry,
          { incident: { $in: [...ids] } },
          { orderBy: { at: 'asc', id: 'asc' } },
        );
        return groupBy(rows, (row) => row.incident.id, ids);
      })
      .load(incident.id);
  }

  @FieldResolver(() => IncidentReportClock, { description: '报告时限:接报后须在规定小时数内向上级报告' })
  reportClock(@Root() incident: Incident) {
    return reportClockOf(incident);
  }

  @FieldResolver(() => [SampleRef], { description: '关联的抽样批次' })
  samples(@Root() incident: Incident): SampleRef[] {
    return incident.sampleIds.map(sampleRef);
  }

  @FieldResolver(() => [CaseRef], { description: '关联的执法线索或案件' })
  cases(@Root() incident: Incident): CaseRef[] {
    return incident.caseIds.map(caseRef);
  }
}
