import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import {
  Connection,
  ConnectionArgs,
  type Context,
  paginate,
  requireBureau,
  requireDistrictWriter,
  userInputError,
} from '@shian/subgraph-kit';
import { Arg, Args, Ctx, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Campaign } from '../entities';
import { CampaignFilter, CampaignInput } from '../inputs';
import { localDate, requiredText, yearSpan } from '../validate';
import { writing } from '../writes';

@ObjectType()
export class CampaignConnection extends Connection(Campaign) {}

/** 专项: the district's campaigns and rectifications. Bureau only; district staff create them. */
@Resolver(() => Campaign)
export class CampaignResolver {
  @Query(() => CampaignConnection, { nullable: true, description: '专项执法行动与专项治理' })
  campaigns(
    @Arg('filter', () => CampaignFilter, { nullable: true }) filter: CampaignFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    requireBureau(ctx);
    const where: FilterQuery<Campaign> = {};
    if (filter?.year != null) {
      yearSpan(filter.year);
      where.year = filter.year;
    }
    if (filter?.kind) where.kind = filter.kind;
    return paginate(ctx.em, Campaign, where, page, { orderBy: { year: 'desc', kind: 'asc', startsOn: 'asc' } });
  }

  @Query(() => Campaign, { nullable: true })
  campaign(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    requireBureau(ctx);
    return ctx.em.findOne(Campaign, { id });
  }

  @Mutation(() => Campaign, { description: '新建专项执法行动或专项治理' })
  async createCampaign(@Arg('input', () => CampaignInput) input: CampaignInput, @Ctx() ctx: Context) {
    writing(ctx);
    requireDistrictWriter(ctx);
    const name = requiredText(input.name, 'name', '名称', 100);
    const startsOn = localDate(input.startsOn, 'startsOn', '开始日期');
    const endsOn = localDate(input.endsOn, 'endsOn', '结束日期');
    if (endsOn < startsOn) throw userInputError('结束日期不能早于开始日期', 'endsOn');
    const campaign = ctx.em.create(Campaign, {
      id: randomUUID(),
      name,
      kind: input.kind,
      year: Number(startsOn.slice(0, 4)),
      startsOn,
      endsOn,
      lead: requiredText(input.lead, 'lead', '牵头科室', 50),
      focus: requiredText(input.focus, 'focus', '重点内容', 1000),
    });
    await ctx.em.flush();
    return campaign;
  }
}
