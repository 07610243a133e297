import { type Context, requireBureau, WorkReportQueries } from '@shian/subgraph-kit';
import { Ctx, Directive, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { ArticleKind } from '../entities';
import { publicityFigures } from '../figures';

/** The year's work report (docs/api.md#work-report), keyed by year: publicity adds its own part, `publicity`. */
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

@ObjectType({ description: '按月的宣传与舆情统计' })
export class PublicityMonthFigures {
  @Field(() => Int)
  month!: number;

  @Field(() => Int, { description: '科普宣传、网络辟谣文章(条)' })
  posts!: number;

  @Field(() => Int, { description: '监测到的负面舆情(条)' })
  opinionEvents!: number;

  @Field(() => Int, { description: '宣传活动(次)' })
  outreachEvents!: number;

  @Field(() => Int, { description: '发放宣传资料(份)' })
  materials!: number;
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

  @Field(() => [PublicityMonthFigures], { description: '按月(1—12月,北京时间)' })
  byMonth!: PublicityMonthFigures[];
}

@Resolver(() => WorkReport)
export class WorkReportResolver extends WorkReportQueries(WorkReport) {
  @FieldResolver(() => PublicityFigures, { nullable: true })
  publicity(@Root() report: WorkReport, @Ctx() ctx: Context) {
    requireBureau(ctx);
    return publicityFigures(ctx, report.year);
  }
}
