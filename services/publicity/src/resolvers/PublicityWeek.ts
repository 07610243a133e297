import { randomUUID } from 'node:crypto';
import { type Context, requireBureau, requireDistrictWriter } from '@shian/subgraph-kit';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { activitiesByWeek } from '../data';
import { OutreachEvent, PublicityWeek } from '../entities';
import { PublicityWeekInput } from '../inputs';
import { checkDate, checkPeriod, required } from '../rules';
import { rejectProblems, yearSpan } from '../validate';

@Resolver(() => PublicityWeek)
export class PublicityWeekResolver {
  @Query(() => [PublicityWeek], { nullable: true, description: '食品安全宣传周,最新在前' })
  publicityWeeks(@Arg('year', () => Int, { nullable: true }) year: number | null, @Ctx() ctx: Context) {
    requireBureau(ctx);
    if (year != null) yearSpan(year);
    return ctx.em.find(PublicityWeek, year != null ? { year } : {}, { orderBy: { startsOn: 'desc', id: 'asc' } });
  }

  @Query(() => PublicityWeek, { nullable: true })
  publicityWeek(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    requireBureau(ctx);
    return ctx.em.findOne(PublicityWeek, { id });
  }

  @Mutation(() => PublicityWeek, { description: '登记宣传周' })
  async createPublicityWeek(@Arg('input', () => PublicityWeekInput) input: PublicityWeekInput, @Ctx() ctx: Context) {
    requireDistrictWriter(ctx);
    rejectProblems([
      ...required(input.name, 'name', '名称'),
      ...required(input.theme, 'theme', '主题', 100),
      ...required(input.organizer, 'organizer', '主办、承办单位'),
      ...checkDate(input.startsOn, 'startsOn', '开始日期'),
      ...checkPeriod(input.startsOn, input.endsOn),
    ]);
    const week = ctx.em.create(PublicityWeek, {
      id: randomUUID(),
      year: Number(input.startsOn.slice(0, 4)),
      name: input.name.trim(),
      theme: input.theme.trim(),
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      organizer: input.organizer.trim(),
    });
    await ctx.em.flush();
    return week;
  }

  @FieldResolver(() => [OutreachEvent], { description: '系列活动,按日期先后' })
  activities(@Root() week: PublicityWeek, @Ctx() ctx: Context) {
    return activitiesByWeek(ctx).load(week.id);
  }

  @FieldResolver(() => Int, { description: '系列活动次数' })
  async activityCount(@Root() week: PublicityWeek, @Ctx() ctx: Context) {
    return (await activitiesByWeek(ctx).load(week.id)).length;
  }

  @FieldResolver(() => Int, { description: '发放宣传资料合计(份)' })
  async materials(@Root() week: PublicityWeek, @Ctx() ctx: Context) {
    return (await activitiesByWeek(ctx).load(week.id)).reduce((sum, a) => sum + a.materials, 0);
  }

  @FieldResolver(() => Int, { description: '受众人数合计' })
  async peopleReached(@Root() week: PublicityWeek, @Ctx() ctx: Context) {
    return (await activitiesByWeek(ctx).load(week.id)).reduce((sum, a) => sum + a.peopleReached, 0);
  }
}
