import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import {
  Connection,
  ConnectionArgs,
  checkVersion,
  type Context,
  entityTownship,
  LocalDate,
  nextInSequence,
  notFound,
  paginate,
  requireBureau,
  requireInScope,
  requireWriter,
  townshipScope,
  userInputError,
} from '@shian/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  clockContext,
  clocksOf,
  consumerRequestById,
  disposalBySample,
  eventsBySample,
  objectionsBySample,
  planById,
  recheckBySample,
  testItemsBySample,
  toClock,
} from '../data';
import {
  ConsumerRequest,
  Disposal,
  EntityRef,
  entityRef,
  FailureKind,
  Objection,
  RecheckRequest,
  Sample,
  SampleEvent,
  SampleStatus,
  SamplingPlan,
  TestItem,
  TownshipRef,
  townshipRef,
  Verdict,
} from '../entities';
import { MoveSampleInput, SampleFilter, SampleInput, TestItemInput } from '../inputs';
import {
  backupKeptUntil,
  checkSampleFocus,
  directMoves,
  isOverdue,
  judge,
  LABELS,
  RuleViolation,
  SETTLED,
  sampleVerdict,
} from '../rules';
import { SAMPLE_COUNTS } from '../sample-counts';
import { registered, transition } from '../transitions';
import { Clock } from '../types';
import { contains, localDate, notAfterToday, notBefore, optionalText, requiredText, townshipCode } from '../validate';

@ObjectType()
export class SampleConnection extends Connection(Sample) {}

/** The samples' `where`: the caller's township scope first, then the filter (which can only narrow it). */
export function sampleWhere(ctx: Context, filter: SampleFilter | null | undefined): FilterQuery<Sample> {
  const scope = townshipScope(ctx);
  const conditions: FilterQuery<Sample>[] = [];
  if (scope) conditions.push({ townshipId: scope });
  if (filter?.townshipId) conditions.push({ townshipId: filter.townshipId });
  if (filter?.year) conditions.push({ sampledOn: { $gte: `${filter.year}-01-01`, $lte: `${filter.year}-12-31` } });
  if (filter?.sampledFrom) conditions.push({ sampledOn: { $gte: filter.sampledFrom } });
  if (filter?.sampledTo) conditions.push({ sampledOn: { $lte: filter.sampledTo } });
  if (filter?.planId) conditions.push({ plan: filter.planId });
  if (filter?.level) conditions.push({ plan: { level: filter.level } });
  if (filter?.purpose) conditions.push({ plan: { purpose: filter.purpose } });
  if (filter?.status) conditions.push({ status: filter.status });
  if (filter?.category) conditions.push({ category: filter.category });
  if (filter?.entityId) conditions.push({ entityId: filter.entityId });
  if (filter?.verdict) conditions.push({ verdict: filter.verdict });
  if (filter?.failureKind) conditions.push({ failureKind: filter.failureKind });
  if (filter?.consumerRequestId) conditions.push({ consumerRequest: filter.consumerRequestId });
  if (filter?.focusVariety) conditions.push({ focusVariety: filter.focusVariety });
  if (filter?.focusPeriod) conditions.push({ focusPeriod: filter.focusPeriod });
  if (filter?.focusArea) conditions.push({ focusArea: filter.focusArea });
  const search = filter?.search?.trim();
  if (search) {
    // Sample numbers are stored upper-case, and PostgreSQL's LIKE is case-sensitive.
    conditions.push({
      $or: [contains(['foodName', 'batchNumber', 'lab'], search), contains(['number'], search.toUpperCase())],
    });
  }
  return conditions.length ? { $and: conditions } : {};
}

/**
 * `overdue` depends on today and the calendar, so it is not a column: the candidates are the samples some clock of
 * the bureau can still run on (a small set: the ones in progress), their clocks computed in batch.
 */
async function withOverdue(ctx: Context, where: FilterQuery<Sample>, overdue: boolean): Promise<FilterQuery<Sample>> {
  const running = await ctx.em.find(Sample, { $and: [where, { status: { $nin: [...SETTLED] } }] });
  const flagged: string[] = [];
  await Promise.all(
    running.map(async (sample) => {
      if (isOverdue(await clocksOf(ctx, sample))) flagged.push(sample.id);
    }),
  );
  return overdue ? { $and: [where, { id: { $in: flagged } }] } : { $and: [where, { id: { $nin: flagged } }] };
}

export async function loadSample(ctx: Context, id: string, forWrite = false): Promise<Sample> {
  const sample = await ctx.em.findOne(Sample, { id });
  if (!sample) throw notFound('样品', id);
  if (forWrite) requireWriter(ctx, sample.townshipId);
  else requireInScope(ctx, sample.townshipId);
  return sample;
}

const labelOf = (status: SampleStatus) => LABELS.SampleStatus[status];

const LEVEL_PREFIX = { NATIONAL: 'GC', PROVINCIAL: 'SC', CITY: 'CC', DISTRICT: 'QC' } as const;

@Resolver(() => Sample)
export class SampleResolver {
  @Query(() => Sample, { nullable: true, description: '单个样品;不在本人辖区内为 FORBIDDEN' })
  async sample(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Sample | null> {
    requireBureau(ctx);
    const sample = await ctx.em.findOne(Sample, { id });
    if (sample) requireInScope(ctx, sample.townshipId);
    return sample;
  }

  @Query(() => SampleConnection, { nullable: true, description: '抽样批次,抽样日期由近及远' })
  async samples(
    @Arg('filter', () => SampleFilter, { nullable: true }) filter: SampleFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    let where = sampleWhere(ctx, filter);
    if (filter?.overdue != null) where = await withOverdue(ctx, where, filter.overdue);
    return paginate(ctx.em, Sample, where, page, { orderBy: { sampledOn: 'desc' }, countFrom: SAMPLE_COUNTS });
  }

  @Mutation(() => Sample, { description: '登记抽样(状态:已抽样)' })
  async registerSample(@Arg('input', () => SampleInput) input: SampleInput, @Ctx() ctx: Context): Promise<Sample> {
    requireWriter(ctx);
    if (input.townshipId) townshipCode(input.townshipId);
    // The business's township is the entities subgraph's to say, never the client's (a sent one must agree).
    const entityId = requiredText(input.entityId, 'entityId', '被抽样单位', 36);
    const townshipId = await entityTownship(ctx, entityId, input.townshipId);
    requireWriter(ctx, townshipId);
    const { today, calendar } = await clockContext(ctx);
    const plan = await ctx.em.findOne(SamplingPlan, { id: input.planId });
    if (!plan) throw userInputError(`抽检计划不存在:${input.planId}`, 'planId');
    let consumerRequest: ConsumerRequest | null = null;
    if (input.consumerRequestId) {
      consumerRequest = await ctx.em.findOne(ConsumerRequest, { id: input.consumerRequestId });
      if (!consumerRequest) throw userInputError(`你点我检征集不存在:${input.consumerRequestId}`, 'consumerRequestId');
    }
    const sampledOn = notAfterToday(
      localDate(input.sampledOn, 'sampledOn', '抽样日期'),
      today,
      'sampledOn',
      '抽样日期',
    );
    if (sampledOn < plan.startsOn || sampledOn > plan.endsOn) {
      throw userInputError(`抽样日期 ${sampledOn} 不在计划执行期(${plan.startsOn} 至 ${plan.endsOn})内`, 'sampledOn');
    }
    if (!plan.categories.includes(input.category)) throw userInputError('该食品类别不在计划覆盖范围内', 'category');
    const foodName = requiredText(input.foodName, 'foodName', '样品名称');
    const focus = {
      focusVariety: input.focusVariety ?? null,
      focusPeriod: input.focusPeriod ?? null,
      focusArea: input.focusArea ?? null,
    };
    try {
      checkSampleFocus({ ...focus, category: input.category, foodName, sampledOn }, plan, calendar);
    } catch (error) {
      if (error instanceof RuleViolation) throw userInputError(error.message, error.field);
      throw error;
    }
    const producedOn = input.producedOn ? localDate(input.producedOn, 'producedOn', '生产日期') : null;
    if (producedOn && producedOn > sampledOn) throw userInputError('生产日期不能晚于抽样日期', 'producedOn');
    const samplers = [...new Set(input.samplers.map((name) => name.trim()).filter(Boolean))];
    if (samplers.length < 2) throw userInputError('抽样人员不得少于2人', 'samplers');
    // From the kit's counter per level and year, in the mutation's transaction: count + 1 gave two concurrent
    // registrations the same number (and the second a false 记录已存在). It starts after the highest issued.
    const head = `${LEVEL_PREFIX[plan.level]}${String(plan.year).slice(2)}511902`;
    const sequence = await nextInSequence(ctx.em, head, async () => {
      const issued = await ctx.em.find(Sample, { number: { $like: `${head}%` } }, { fields: ['number'] });
      return Math.max(0, ...issued.map((s) => Number(s.number.slice(head.length)) || 0));
    });
    const sample = ctx.em.create(Sample, {
      id: randomUUID(),
      number: `${head}${String(sequence).padStart(5, '0')}`,
      plan,
      entityId,
      townshipId,
      foodName,
      category: input.category,
      ...focus,
      brand: optionalText(input.brand, 'brand', '标称商标', 100),
      specification: optionalText(input.specification, 'specification', '规格型号', 100),
      batchNumber: requiredText(input.batchNumber, 'batchNumber', '生产批号', 60),
      producedOn,
      sampledOn,
      samplers,
      lab: requiredText(input.lab, 'lab', '承检机构', 100),
      consumerRequest,
    });
    registered(ctx, sample);
    await ctx.em.flush();
    return sample;
  }

  @Mutation(() => Sample, { description: '变更样品状态(送检、出具结论、公开);非法变更返回 BAD_USER_INPUT' })
  async moveSample(@Arg('input', () => MoveSampleInput) input: MoveSampleInput, @Ctx() ctx: Context): Promise<Sample> {
    const sample = await loadSample(ctx, input.sampleId, true);
    checkVersion(sample, input.version, '样品');
    const { today } = await clockContext(ctx);
    const on = notAfterToday(localDate(input.on ?? today, 'on', '业务日期'), today, 'on', '业务日期');
    const note = optionalText(input.note, 'note', '说明', 500);
    // Ask the table before anything else, so an illegal move is refused as such whatever else is wrong.
    transition(ctx, sample, input.to, 'move', on, note);
    if (input.to === SampleStatus.TESTING) {
      sample.receivedOn = notBefore(on, sample.sampledOn, 'on', '收样日期', '抽样日期');
    } else if (input.to === SampleStatus.QUALIFIED || input.to === SampleStatus.UNQUALIFIED) {
      const items = await ctx.em.find(TestItem, { sample }, { orderBy: { position: 'asc' } });
      const verdict = sampleVerdict(items);
      if (!verdict) throw userInputError('尚未录入检验项目结果,不能出具检验结论', 'to');
      if (verdict !== (input.to as string)) {
        throw userInputError(
          verdict === Verdict.UNQUALIFIED ? '检验项目中有不合格项,不能判定为合格' : '检验项目均合格,不能判定为不合格',
          'to',
        );
      }
      sample.reportedOn = notBefore(on, sample.receivedOn, 'on', '报告日期', '收样日期');
      sample.verdict = verdict;
      sample.failureKind = items.find((item) => item.verdict === Verdict.UNQUALIFIED)?.failureKind ?? null;
      if (verdict === Verdict.UNQUALIFIED) {
        const notifiedOn = localDate(input.notifiedOn ?? on, 'notifiedOn', '送达日期');
        sample.notifiedOn = notAfterToday(
          notBefore(notifiedOn, on, 'notifiedOn', '送达日期', '报告日期'),
          today,
          'notifiedOn',
          '送达日期',
        );
      }
    } else if (input.to === SampleStatus.PUBLISHED) {
      sample.publishedOn = notBefore(on, sample.reportedOn, 'on', '公开日期', '报告日期');
    }
    await ctx.em.flush();
    return sample;
  }

  @Mutation(() => Sample, { description: '录入检验项目结果(检验中),覆盖此前录入' })
  async recordTestResults(
    @Arg('sampleId', () => ID) sampleId: string,
    @Arg('items', () => [TestItemInput]) items: TestItemInput[],
    @Ctx() ctx: Context,
  ): Promise<Sample> {
    const sample = await loadSample(ctx, sampleId, true);
    if (sample.status !== SampleStatus.TESTING) {
      throw userInputError(`样品当前状态为「${labelOf(sample.status)}」,只有检验中的样品可以录入检验结果`, 'sampleId');
    }
    if (items.length === 0) throw userInputError('至少录入一个检验项目', 'items');
    const rows = items.map((item, index) => {
      const field = `items.${index}`;
      const measured = requiredText(item.measured, `${field}.measured`, '检验结果', 60);
      const limit = requiredText(item.limit, `${field}.limit`, '标准指标', 60);
      const verdict = item.verdict ?? judge(measured, limit);
      if (!verdict) throw userInputError(`「${item.name}」无法按标准指标自动判定,请填写单项判定`, `${field}.verdict`);
      if (verdict === Verdict.UNQUALIFIED && !item.failureKind)
        throw userInputError(`不合格项「${item.name}」须注明不合格类型`, `${field}.failureKind`);
      return {
        id: randomUUID(),
        sample,
        position: index + 1,
        name: requiredText(item.name, `${field}.name`, '检验项目', 100),
        measured,
        limit,
        unit: requiredText(item.unit, `${field}.unit`, '单位', 30),
        standard: requiredText(item.standard, `${field}.standard`, '判定依据', 120),
        verdict,
        failureKind: verdict === Verdict.UNQUALIFIED ? (item.failureKind ?? FailureKind.OTHER) : null,
      };
    });
    await ctx.em.transactional(async (em) => {
      await em.nativeDelete(TestItem, { sample: sample.id });
      for (const row of rows) em.create(TestItem, { ...row, sample: em.getReference(Sample, sample.id) });
    });
    return sample;
  }

  @FieldResolver(() => SamplingPlan)
  plan(@Root() sample: Sample, @Ctx() ctx: Context) {
    return planById(ctx).load(sample.plan.id);
  }

  @FieldResolver(() => EntityRef, { nullable: true, description: '被抽样单位(主体与属地子图)' })
  entity(@Root() sample: Sample): EntityRef {
    return entityRef(sample.entityId);
  }

  @FieldResolver(() => TownshipRef, { nullable: true, description: '所在乡镇(街道)' })
  township(@Root() sample: Sample): TownshipRef {
    return townshipRef(sample.townshipId);
  }

  @FieldResolver(() => [TestItem], { description: '检验项目' })
  testItems(@Root() sample: Sample, @Ctx() ctx: Context) {
    return testItemsBySample(ctx).load(sample.id);
  }

  @FieldResolver(() => [SampleEvent], { description: '流转记录(时间线)' })
  events(@Root() sample: Sample, @Ctx() ctx: Context) {
    return eventsBySample(ctx).load(sample.id);
  }

  @FieldResolver(() => RecheckRequest, { nullable: true, description: '复检' })
  recheck(@Root() sample: Sample, @Ctx() ctx: Context) {
    return recheckBySample(ctx).load(sample.id);
  }

  @FieldResolver(() => [Objection], { description: '异议' })
  objections(@Root() sample: Sample, @Ctx() ctx: Context) {
    return objectionsBySample(ctx).load(sample.id);
  }

  @FieldResolver(() => Disposal, { nullable: true, description: '不合格处置' })
  disposal(@Root() sample: Sample, @Ctx() ctx: Context) {
    return disposalBySample(ctx).load(sample.id);
  }

  @FieldResolver(() => ConsumerRequest, { nullable: true, description: '回应的你点我检征集' })
  consumerRequest(@Root() sample: Sample, @Ctx() ctx: Context) {
    return sample.consumerRequest ? consumerRequestById(ctx).load(sample.consumerRequest.id) : null;
  }

  @FieldResolver(() => [Clock], { description: '法定时限' })
  async clocks(@Root() sample: Sample, @Ctx() ctx: Context): Promise<Clock[]> {
    return (await clocksOf(ctx, sample)).map(toClock);
  }

  @FieldResolver(() => Boolean, { description: '是否有监管时限已超期' })
  async overdue(@Root() sample: Sample, @Ctx() ctx: Context): Promise<boolean> {
    return isOverdue(await clocksOf(ctx, sample));
  }

  @FieldResolver(() => LocalDate, { nullable: true, description: '复检备份样品保存至' })
  async backupKeptUntil(@Root() sample: Sample, @Ctx() ctx: Context): Promise<string | null> {
    const { rules, calendar } = await clockContext(ctx);
    return backupKeptUntil({ ...sample, recheck: null }, rules, calendar);
  }

  @FieldResolver(() => [SampleStatus], { description: '可直接变更到的状态(复检、处置另有办理入口)' })
  nextStatuses(@Root() sample: Sample): SampleStatus[] {
    return directMoves(sample.status);
  }
}
