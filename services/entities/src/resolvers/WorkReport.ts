import { type Context, requireBureau, WorkReportQueries } from '@shian/subgraph-kit';
import { Ctx, Directive, Field, FieldResolver, Float, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { RiskGrade, Township } from '../entities';
import { responsibilityFigures, riskGradingFigures, supervisionFigures } from '../figures';

/**
 * The year's work report (docs/api.md#work-report): an entity keyed by year that every subgraph extends with its own figures.
 * This subgraph answers `workReport(year)` (shareable, so others may too) and the three parts it owns.
 */
@Directive('@key(fields: "year")')
@ObjectType({ description: '年度食品安全工作报告' })
export class WorkReport {
  @Field(() => Int)
  year!: number;
}

@ObjectType({ description: '党政责任:包保' })
export class ResponsibilityFigures {
  @Field(() => Int, { description: '包保的区级领导人数' })
  leaders!: number;

  @Field(() => Int, { description: '区级领导包保的主体数' })
  entitiesCovered!: number;

  @Field(() => Int, { description: '包保督导次数' })
  visits!: number;

  @Field(() => Int, { description: '督导逾期的包保关系数' })
  overdueAssignments!: number;
}

@ObjectType({ description: '统筹督查' })
export class SupervisionFigures {
  @Field(() => Int, { description: '督查覆盖的乡镇(街道)数' })
  townshipsCovered!: number;

  @Field(() => Int, { description: '督查次数' })
  rounds!: number;

  @Field(() => Int, { description: '督查批次数' })
  batches!: number;

  @Field(() => Int, { description: '工作提示函份数' })
  promptLetters!: number;

  @Field(() => Int, { description: '督办函份数' })
  supervisionLetters!: number;

  @Field(() => Int, { description: '整改通知份数' })
  rectificationNotices!: number;
}

@ObjectType({ description: '按等级计数' })
export class GradeCount {
  @Field(() => RiskGrade)
  grade!: RiskGrade;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: '一个乡镇(街道)的年度分级结果' })
export class TownshipGrades {
  @Field(() => Township)
  township!: Township;

  @Field(() => Int, { description: '已完成年度分级的主体数(各业态)' })
  graded!: number;

  @Field(() => [GradeCount])
  byGrade!: GradeCount[];
}

@ObjectType({ description: '风险分级管理' })
export class RiskGradingFigures {
  @Field(() => Float, { description: '获证食品生产企业、食品销售者的年度分级比例(0–1)' })
  gradedShare!: number;

  @Field(() => Int, { description: '年度内持有效许可的食品生产企业、食品销售者数' })
  licensed!: number;

  @Field(() => Int, { description: '其中已完成年度分级的数' })
  graded!: number;

  @Field(() => [GradeCount], { description: '年度分级结果(各业态)' })
  byGrade!: GradeCount[];

  @Field(() => [TownshipGrades], { description: '年度分级结果按乡镇(街道)' })
  byTownship!: TownshipGrades[];
}

@Resolver(() => WorkReport)
export class WorkReportResolver extends WorkReportQueries(WorkReport) {
  @FieldResolver(() => ResponsibilityFigures, { nullable: true })
  responsibility(@Root() report: WorkReport, @Ctx() ctx: Context) {
    requireBureau(ctx);
    return responsibilityFigures(ctx, report.year);
  }

  @FieldResolver(() => SupervisionFigures, { nullable: true })
  supervision(@Root() report: WorkReport, @Ctx() ctx: Context) {
    requireBureau(ctx);
    return supervisionFigures(ctx, report.year);
  }

  @FieldResolver(() => RiskGradingFigures, { nullable: true })
  riskGrading(@Root() report: WorkReport, @Ctx() ctx: Context) {
    requireBureau(ctx);
    return riskGradingFigures(ctx, report.year);
  }
}
