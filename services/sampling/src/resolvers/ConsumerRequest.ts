import { randomUUID } from 'node:crypto';
import { type FilterQuery, raw } from '@mikro-orm/core';
import {
  Connection,
  ConnectionArgs,
  type Context,
  inScope,
  notFound,
  paginate,
  requireBureau,
  requireDistrictWriter,
  requireWriter,
  userInputError,
} from '@shian/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { clockContext, samplesByConsumerRequest } from '../data';
import { ConsumerRequest, ConsumerRequestStatus, Sample } from '../entities';
import { ConsumerRequestDecisionInput, ConsumerRequestFilter, ConsumerRequestInput } from '../inputs';
import { localDate, notAfterToday, requiredText } from '../validate';

@ObjectType()
export class ConsumerRequestConnection extends Connection(ConsumerRequest) {}

/** 你点我检: the public's requests are district-wide; the samples answering one follow the caller's scope. */
@Resolver(() => ConsumerRequest)
export class ConsumerRequestResolver {
  @Query(() => ConsumerRequestConnection, { nullable: true, description: '你点我检征集,票数由高到低' })
  consumerRequests(
    @Arg('filter', () => ConsumerRequestFilter, { nullable: true }) filter: ConsumerRequestFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    requireBureau(ctx);
    const where: FilterQuery<ConsumerRequest> = {};
    if (filter?.year) where.submittedOn = { $gte: `${filter.year}-01-01`, $lte: `${filter.year}-12-31` };
    if (filter?.status) where.status = filter.status;
    if (filter?.category) where.category = filter.category;
    return paginate(ctx.em, ConsumerRequest, where, page, { orderBy: { votes: 'desc', submittedOn: 'desc' } });
  }

  @Query(() => ConsumerRequest, { nullable: true })
  consumerRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    requireBureau(ctx);
    return ctx.em.findOne(ConsumerRequest, { id });
  }

  @Mutation(() => ConsumerRequest, { description: '登记你点我检征集' })
  async createConsumerRequest(
    @Arg('input', () => ConsumerRequestInput) input: ConsumerRequestInput,
    @Ctx() ctx: Context,
  ): Promise<ConsumerRequest> {
    requireWriter(ctx);
    const { today } = await clockContext(ctx);
    const votes = input.votes ?? 0;
    if (!Number.isInteger(votes) || votes < 0) throw userInputError('票数应为非负整数', 'votes');
    const request = ctx.em.create(ConsumerRequest, {
      id: randomUUID(),
      title: requiredText(input.title, 'title', '征集事项'),
      category: input.category,
      description: requiredText(input.description, 'description', '说明', 1000),
      channel: requiredText(input.channel, 'channel', '征集渠道', 60),
      submittedBy: requiredText(input.submittedBy, 'submittedBy', '提出人', 60),
      submittedOn: notAfterToday(
        localDate(input.submittedOn, 'submittedOn', '提出日期'),
        today,
        'submittedOn',
        '提出日期',
      ),
      votes,
    });
    await ctx.em.flush();
    return request;
  }

  @Mutation(() => ConsumerRequest, { description: '为征集事项加票' })
  async voteConsumerRequest(
    @Arg('id', () => ID) id: string,
    @Arg('votes', () => Int, { defaultValue: 1 }) votes: number,
    @Ctx() ctx: Context,
  ): Promise<ConsumerRequest> {
    requireWriter(ctx);
    if (!Number.isInteger(votes) || votes < 1 || votes > 10_000)
      throw userInputError('票数应为 1 到 10000 的整数', 'votes');
    const request = await ctx.em.findOne(ConsumerRequest, { id });
    if (!request) throw notFound('你点我检征集', id);
    if (request.status !== ConsumerRequestStatus.COLLECTING) throw userInputError('征集已结束,不能再投票', 'id');
    // Added by the database, not read-modify-write: concurrent votes each count. Only while still collecting.
    const counted = await ctx.em.nativeUpdate(
      ConsumerRequest,
      { id, status: ConsumerRequestStatus.COLLECTING },
      { votes: raw('votes + ?', [votes]) },
    );
    if (!counted) throw userInputError('征集已结束,不能再投票', 'id');
    return ctx.em.findOneOrFail(ConsumerRequest, { id }, { refresh: true });
  }

  @Mutation(() => ConsumerRequest, { description: '采纳、答复或不予采纳(区局领导、执法人员)' })
  async decideConsumerRequest(
    @Arg('input', () => ConsumerRequestDecisionInput) input: ConsumerRequestDecisionInput,
    @Ctx() ctx: Context,
  ): Promise<ConsumerRequest> {
    requireDistrictWriter(ctx);
    const request = await ctx.em.findOne(ConsumerRequest, { id: input.requestId });
    if (!request) throw notFound('你点我检征集', input.requestId);
    if (input.status === ConsumerRequestStatus.COLLECTING) throw userInputError('答复状态不能是「征集中」', 'status');
    if (input.status === ConsumerRequestStatus.ANSWERED) {
      const answered = await ctx.em.count(Sample, { consumerRequest: request.id });
      if (answered === 0) throw userInputError('尚无回应该征集的抽检样品,不能公布结果', 'status');
    }
    request.status = input.status;
    request.reply = requiredText(input.reply, 'reply', '答复', 1000);
    await ctx.em.flush();
    return request;
  }

  @FieldResolver(() => [Sample], { description: '回应该征集的样品(在本人权限范围内)' })
  async samples(@Root() request: ConsumerRequest, @Ctx() ctx: Context): Promise<Sample[]> {
    const samples = await samplesByConsumerRequest(ctx).load(request.id);
    return samples.filter((sample) => inScope(ctx, sample.townshipId));
  }
}
