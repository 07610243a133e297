import type { Context } from '@shian/subgraph-kit';
import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Official } from '../entities';
import { districtLeaders, responsibilityFigures } from '../figures';
import { userInputError } from '@shian/subgraph-kit';

@ObjectType({ description: '包保总览' })
export class ResponsibilityOverview {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: '包保主体的区级领导人数' })
  leaders!: number;

  @Field(() => Int, { description: '区级领导包保的主体数' })
  entitiesCovered!: number;

  @Field(() => Int, { description: '年度包保督导次数(各级)' })
  visits!: number;

  @Field(() => Int, { description: '督导逾期的包保关系数(往年按年末计)' })
  overdueAssignments!: number;

  @Field(() => [Official], { description: '包保主体的区级领导' })
  officials!: Official[];
}

@Resolver(() => ResponsibilityOverview)
export class ResponsibilityOverviewResolver {
  @Query(() => ResponsibilityOverview, { nullable: true, description: '包保总览:区级领导、包保主体、督导及逾期' })
  async responsibilityOverview(@Arg('year', () => Int) year: number, @Ctx() ctx: Context) {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw userInputError('年度无效', 'year');
    const [figures, officials] = await Promise.all([responsibilityFigures(ctx, year), districtLeaders(ctx, year)]);
    return { ...figures, officials };
  }
}
