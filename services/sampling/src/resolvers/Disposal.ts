import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import {
  Connection,
  ConnectionArgs,
  type Context,
  notFound,
  paginate,
  requireBureau,
  requireInScope,
  requireLinkedRecord,
  townshipScope,
  userInputError,
} from '@shian/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { clockContext, clocksOf, scopedSample, toClock } from '../data';
import { CaseRef, caseRef, Disposal, DisposalAction, Sample, SampleStatus } from '../entities';
import { CompleteDisposalInput, DisposalFilter, DisposalInput } from '../inputs';
import { LINKED_CASE_OPERATION } from '../linked';
import { ClockCode } from '../rules';
import { transition } from '../transitions';
import { Clock } from '../types';
import { localDate, notAfterToday, notBefore, optionalText, requiredText } from '../validate';
import { loadSample } from './Sample';

@ObjectType()
export class DisposalConnection extends Connection(Disposal) {}

function actionsOf(actions: DisposalAction[], field: string): DisposalAction[] {
  const unique = [...new Set(actions)];
  if (unique.length === 0) throw userInputError('至少选择一项处置措施', field);
  return unique;
}

/**
 * The 立案编号 a disposal keeps of the case it opened. The case is enforcement's, asked as the writer: it must exist in
 * the writer's scope and be against the sampled business; once filed, its number is the one kept (typed or not).
 */
async function linkedCaseNumber(
  ctx: Context,
  caseId: string,
  sample: Sample,
  typed: string | null,
): Promise<string | null> {
  const { case: linked } = await requireLinkedRecord<{
    case: { id: string; number: string | null; entity: { id: string } | null } | null;
  }>(ctx, {
    operation: LINKED_CASE_OPERATION,
    variables: { id: caseId },
    found: (data) => data.case?.id === caseId,
    field: 'caseId',
    what: '案件',
  });
  if (linked?.entity?.id !== sample.entityId)
    throw userInputError(`关联的案件 ${caseId} 的当事人不是被抽样单位`, 'caseId');
  if (linked.number && typed && typed !== linked.number)
    throw userInputError(`案件编号应为关联案件的立案编号 ${linked.number}`, 'caseNumber');
  return linked.number ?? typed;
}

/** The unqualified-disposal board and the two steps of a disposal: started, completed (or extended once). */
@Resolver(() => Disposal)
export class DisposalResolver {
  @Query(() => DisposalConnection, { nullable: true, description: '不合格处置看板,启动日期由近及远' })
  disposals(
    @Arg('filter', () => DisposalFilter, { nullable: true }) filter: DisposalFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    const scope = townshipScope(ctx);
    const conditions: FilterQuery<Disposal>[] = [];
    if (scope) conditions.push({ sample: { townshipId: scope } });
    if (filter?.townshipId) conditions.push({ sample: { townshipId: filter.townshipId } });
    if (filter?.year) conditions.push({ startedOn: { $gte: `${filter.year}-01-01`, $lte: `${filter.year}-12-31` } });
    if (filter?.open === true) conditions.push({ completedOn: null });
    if (filter?.open === false) conditions.push({ completedOn: { $ne: null } });
    if (filter?.action) conditions.push({ actionList: { $like: `%${filter.action}%` } });
    return paginate(ctx.em, Disposal, conditions.length ? { $and: conditions } : {}, page, {
      orderBy: { startedOn: 'desc' },
    });
  }

  @Query(() => Disposal, { nullable: true, description: '单个不合格处置;不在本人辖区内为 FORBIDDEN,协作部门无权查看' })
  async disposal(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Disposal | null> {
    // The same rule as the board and the Disposal reference: the sample's township, partners refused.
    requireBureau(ctx);
    const disposal = await ctx.em.findOne(Disposal, { id }, { populate: ['sample'] });
    if (disposal) requireInScope(ctx, disposal.sample.townshipId);
    return disposal;
  }

  @Mutation(() => Disposal, { description: '启动核查处置(不合格样品)' })
  async startDisposal(@Arg('input', () => DisposalInput) input: DisposalInput, @Ctx() ctx: Context): Promise<Disposal> {
    const sample = await loadSample(ctx, input.sampleId, true);
    const { today } = await clockContext(ctx);
    const startedOn = notAfterToday(
      localDate(input.startedOn, 'startedOn', '启动日期'),
      today,
      'startedOn',
      '启动日期',
    );
    transition(ctx, sample, SampleStatus.DISPOSING, 'startDisposal', startedOn);
    notBefore(startedOn, sample.notifiedOn, 'startedOn', '启动日期', '不合格结论送达日期');
    if (input.quantity != null && (!Number.isInteger(input.quantity) || input.quantity < 0))
      throw userInputError('数量应为非负整数', 'quantity');
    const disposal = ctx.em.create(Disposal, {
      id: randomUUID(),
      sample,
      startedOn,
      actionList: actionsOf(input.actions, 'actions').join(','),
      quantity: input.quantity ?? null,
      measures: optionalText(input.measures, 'measures', '处置情况', 1000),
    });
    await ctx.em.flush();
    return disposal;
  }

  @Mutation(() => Disposal, { description: '完成核查处置' })
  async completeDisposal(
    @Arg('input', () => CompleteDisposalInput) input: CompleteDisposalInput,
    @Ctx() ctx: Context,
  ): Promise<Disposal> {
    const disposal = await ctx.em.findOne(Disposal, { id: input.disposalId });
    if (!disposal) throw notFound('处置记录', input.disposalId);
    const sample = await loadSample(ctx, disposal.sample.id, true);
    const caseId = optionalText(input.caseId, 'caseId', '案件ID', 36);
    const typedNumber = optionalText(input.caseNumber, 'caseNumber', '案件编号', 60);
    const caseNumber = caseId ? await linkedCaseNumber(ctx, caseId, sample, typedNumber) : typedNumber;
    const { today } = await clockContext(ctx);
    const completedOn = notAfterToday(
      localDate(input.completedOn, 'completedOn', '完成日期'),
      today,
      'completedOn',
      '完成日期',
    );
    transition(ctx, sample, SampleStatus.DISPOSED, 'completeDisposal', completedOn);
    notBefore(completedOn, disposal.startedOn, 'completedOn', '完成日期', '启动日期');
    const actions = input.actions ? actionsOf(input.actions, 'actions') : disposal.actions;
    if (actions.includes(DisposalAction.FILE_CASE) && !caseNumber)
      throw userInputError('采取立案措施的,须填写案件编号', 'caseNumber');
    disposal.actions = actions;
    disposal.completedOn = completedOn;
    disposal.measures = requiredText(input.measures, 'measures', '处置情况', 1000);
    disposal.caseNumber = caseNumber;
    disposal.caseId = caseId;
    await ctx.em.flush();
    return disposal;
  }

  @Mutation(() => Disposal, { description: '批准延长核查处置期限(一次)' })
  async extendDisposal(@Arg('disposalId', () => ID) disposalId: string, @Ctx() ctx: Context): Promise<Disposal> {
    const disposal = await ctx.em.findOne(Disposal, { id: disposalId });
    if (!disposal) throw notFound('处置记录', disposalId);
    await loadSample(ctx, disposal.sample.id, true);
    const { rules } = await clockContext(ctx);
    if (disposal.completedOn) throw userInputError('处置已完成,不能延长期限', 'disposalId');
    if (disposal.extended) throw userInputError('处置期限已延长过一次', 'disposalId');
    if (rules.get(ClockCode.DISPOSAL)!.extension === 0)
      throw userInputError('现行规则不允许延长核查处置期限', 'disposalId');
    disposal.extended = true;
    await ctx.em.flush();
    return disposal;
  }

  @FieldResolver(() => Sample)
  sample(@Root() disposal: Disposal, @Ctx() ctx: Context) {
    return scopedSample(ctx, disposal.sample.id);
  }

  @FieldResolver(() => CaseRef, { nullable: true, description: '因本次处置立案查处的案件(执法办案子图)' })
  case(@Root() disposal: Disposal): CaseRef | null {
    return disposal.caseId ? caseRef(disposal.caseId) : null;
  }

  @FieldResolver(() => Clock, { nullable: true, description: '核查处置时限(复检期间暂停)' })
  async clock(@Root() disposal: Disposal, @Ctx() ctx: Context): Promise<Clock | null> {
    const sample = await scopedSample(ctx, disposal.sample.id);
    if (!sample) return null;
    const found = (await clocksOf(ctx, sample)).find((c) => c.rule.code === ClockCode.DISPOSAL);
    return found ? toClock(found) : null;
  }
}
