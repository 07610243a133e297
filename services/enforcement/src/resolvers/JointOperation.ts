import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import {
  Connection,
  ConnectionArgs,
  type Context,
  notFound,
  paginate,
  requireBureau,
  requireDistrictWriter,
  userInputError,
} from '@shian/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { operationScope, partnerOf, requireOperationVisible, requirePartner } from '../access';
import { clockContext } from '@shian/subgraph-kit';
import { campaignById, participantsByOperation } from '../data';
import {
  Campaign,
  JointOperation,
  JointOperationParticipant,
  JointOperationStatus,
  PartnerDepartment,
} from '../entities';
import {
  JointOperationConfirmationInput,
  JointOperationFilter,
  JointOperationInput,
  JointOperationUpdateInput,
} from '../inputs';
import { localDate, optionalText, requiredText, unique, yearSpan } from '../validate';
import { campaignOf } from './shared';
import { writing } from '../writes';

@ObjectType()
export class JointOperationConnection extends Connection(JointOperation) {}

const count = (value: number | null | undefined, field: string, label: string) => {
  if (value == null) return undefined;
  if (!Number.isInteger(value) || value < 0 || value > 100_000)
    throw userInputError(`${label}应为不小于 0 的整数`, field);
  return value;
};

/**
 * 联合执法: the bureau plans and reports an operation; each partner department sees the operations it takes part
 * in and confirms its own part, and nothing of the others'.
 */
@Resolver(() => JointOperation)
export class JointOperationResolver {
  @Query(() => JointOperationConnection, {
    nullable: true,
    description: '联合执法,开始日期由近及远;协作部门只见本单位参加的',
  })
  jointOperations(
    @Arg('filter', () => JointOperationFilter, { nullable: true }) filter: JointOperationFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    const conditions: FilterQuery<JointOperation>[] = [operationScope(ctx)];
    if (filter?.year != null) {
      const { from, to } = yearSpan(filter.year);
      conditions.push({ startsOn: { $gte: from, $lte: to } });
    }
    if (filter?.department) conditions.push({ departmentList: { $like: `%${filter.department}%` } });
    if (filter?.status) conditions.push({ status: filter.status });
    return paginate(ctx.em, JointOperation, { $and: conditions }, page, { orderBy: { startsOn: 'desc' } });
  }

  @Query(() => JointOperation, { nullable: true })
  async jointOperation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    partnerOf(ctx);
    const operation = await ctx.em.findOne(JointOperation, { id });
    if (operation) requireOperationVisible(ctx, operation);
    return operation;
  }

  @Mutation(() => JointOperation, { description: '新建联合执法行动' })
  async createJointOperation(@Arg('input', () => JointOperationInput) input: JointOperationInput, @Ctx() ctx: Context) {
    writing(ctx);
    requireDistrictWriter(ctx);
    const departments = unique(input.departments).sort();
    if (departments.length === 0) throw userInputError('至少选择一个参加部门', 'departments');
    const startsOn = localDate(input.startsOn, 'startsOn', '开始日期');
    const endsOn = localDate(input.endsOn, 'endsOn', '结束日期');
    if (endsOn < startsOn) throw userInputError('结束日期不能早于开始日期', 'endsOn');
    const operation = ctx.em.create(JointOperation, {
      id: randomUUID(),
      title: requiredText(input.title, 'title', '行动名称'),
      campaign: await campaignOf(ctx, input.campaignId),
      departmentList: departments.join(','),
      startsOn,
      endsOn,
      scope: requiredText(input.scope, 'scope', '检查范围', 500),
    });
    for (const department of departments)
      ctx.em.create(JointOperationParticipant, { id: randomUUID(), operation, department });
    await ctx.em.flush();
    return operation;
  }

  @Mutation(() => JointOperation, { description: '登记联合执法进展与总结' })
  async updateJointOperation(
    @Arg('input', () => JointOperationUpdateInput) input: JointOperationUpdateInput,
    @Ctx() ctx: Context,
  ) {
    writing(ctx);
    requireDistrictWriter(ctx);
    const operation = await ctx.em.findOne(JointOperation, { id: input.operationId });
    if (!operation) throw notFound('联合执法', input.operationId);
    const inspected = count(input.entitiesInspected, 'entitiesInspected', '检查主体数');
    const problems = count(input.problemsFound, 'problemsFound', '发现问题数');
    const summary = optionalText(input.summary, 'summary', '行动总结', 2000);
    if (input.status === JointOperationStatus.COMPLETED && !(summary ?? operation.summary))
      throw userInputError('完成行动须填写行动总结', 'summary');
    if (input.status) operation.status = input.status;
    if (inspected !== undefined) operation.entitiesInspected = inspected;
    if (problems !== undefined) operation.problemsFound = problems;
    if (summary) operation.summary = summary;
    await ctx.em.flush();
    return operation;
  }

  @Mutation(() => JointOperationParticipant, { description: '参加部门确认并报送本部门工作情况' })
  async confirmJointOperation(
    @Arg('input', () => JointOperationConfirmationInput) input: JointOperationConfirmationInput,
    @Ctx() ctx: Context,
  ) {
    writing(ctx);
    const department = requirePartner(ctx);
    const operation = await ctx.em.findOne(JointOperation, { id: input.operationId });
    if (!operation) throw notFound('联合执法', input.operationId);
    requireOperationVisible(ctx, operation);
    const participant = await ctx.em.findOne(JointOperationParticipant, { operation, department });
    if (!participant) throw notFound('参加部门', department);
    const { today } = await clockContext(ctx);
    participant.personnel = count(input.personnel, 'personnel', '出动人员') ?? 0;
    participant.report = requiredText(input.report, 'report', '工作情况', 1000);
    participant.confirmedOn = participant.confirmedOn ?? today;
    participant.confirmedBy = ctx.identity.name;
    await ctx.em.flush();
    return participant;
  }

  @FieldResolver(() => [PartnerDepartment], { description: '参加部门' })
  departments(@Root() operation: JointOperation) {
    return operation.departments;
  }

  @FieldResolver(() => [JointOperationParticipant], { description: '参加部门情况(协作部门只见本单位的)' })
  async participants(@Root() operation: JointOperation, @Ctx() ctx: Context) {
    const rows = await participantsByOperation(ctx).load(operation.id);
    const partner = partnerOf(ctx);
    return partner ? rows.filter((row) => row.department === partner) : rows;
  }

  @FieldResolver(() => Campaign, { nullable: true, description: '所属专项' })
  campaign(@Root() operation: JointOperation, @Ctx() ctx: Context) {
    requireBureau(ctx);
    return operation.campaign ? campaignById(ctx).load(operation.campaign.id) : null;
  }
}
