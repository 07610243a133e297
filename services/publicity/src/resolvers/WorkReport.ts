import { type Context, requireBureau, userInputError } from '@shian/subgraph-kit';
import { Arg, Ctx, Directive, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ArticleKind } from '../entities';
import { publicityFigures } from '../figures';

/** The year's work report (api.md), keyed by year: publicity adds its own part, `publicity`. */
@Directive('@key(fields: "year")')
@ObjectType({ description: '年度食品安全工作报告' })
export class WorkReport {
  @Field(() => Int)
  year!: number;
}

@ObjectType({ description: '按类别的文章数' })
export class ArticleKindCount {
  @Field(() => ArticleKind)
  kind!: ArticleKind;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: '宣传与舆情(均由记录统计)' })
export class PublicityFigures {
  @Field(() => Int, { description: '科普宣传、网络辟谣文章(条)' })
  posts!: number;

  @Field(() => [ArticleKindCount])
  postsByKind!: ArticleKindCount[];

  @Field(() => Int, { description: '文章阅读量合计' })
  reach!: number;

  @Field(() => Int, { description: '监测到的负面舆情(条)' })
  opinionEvents!: number;

  @Field(() => Int, { description: '其中已办结' })
  opinionEventsHandled!: number;

  @Field(() => Int, { description: '其中曾升级上报' })
  opinionEventsEscalated!: number;

  @Field(() => Int, { description: '宣传活动(次)' })
  outreachEvents!: number;

  @Field(() => Int, { description: '发放宣传资料(份)' })
  materials!: number;

  @Field(() => Int, { description: '宣传活动受众人数' })
  peopleReached!: number;
}

@Resolver(() => WorkReport)
export class WorkReportResolver {
  @Directive('@shareable')
  @Query(() => WorkReport, { description: '年度工作报告(各子图分别提供本领域数据)' })
  workReport(@Arg('year', () => Int) year: number): WorkReport {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw userInputError('年度无效', 'year');
    return { year };
  }

  @FieldResolver(() => PublicityFigures)
  publicity(@Root() report: WorkReport, @Ctx() ctx: Context) {
    requireBureau(ctx);
    return publicityFigures(ctx, report.year);
  }
}
