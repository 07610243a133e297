import { type Context, reportYears, requireBureau } from '@shian/subgraph-kit';
import { Arg, Ctx, Directive, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { WorkReport } from '../entities';
import { samplingFigures } from '../figures';
import { SamplingFigures } from '../types';

/**
 * The year's work report is one entity (key: year) that every subgraph extends; `workReport` is shareable, so
 * the gateway may start the query in any subgraph and fetch each part from its owner.
 */
@Resolver(() => WorkReport)
export class WorkReportResolver {
  @Directive('@shareable')
  @Query(() => WorkReport, { description: '年度工作报告(各子图分别提供本领域数据)' })
  workReport(@Arg('year', () => Int) year: number, @Ctx() ctx: Context): WorkReport {
    requireBureau(ctx);
    const [checked] = reportYears([year], 'year');
    return Object.assign(new WorkReport(), { year: checked });
  }

  @Directive('@shareable')
  @Query(() => [WorkReport], { description: '多个年度的工作报告(如本年与上年),按所给顺序' })
  workReports(@Arg('years', () => [Int]) years: number[], @Ctx() ctx: Context): WorkReport[] {
    requireBureau(ctx);
    return reportYears(years).map((year) => Object.assign(new WorkReport(), { year }));
  }

  @FieldResolver(() => SamplingFigures, { description: '抽检监测(抽检监测子图)' })
  sampling(@Root() report: WorkReport, @Ctx() ctx: Context): Promise<SamplingFigures> {
    return samplingFigures(ctx, report.year);
  }

  @Query(() => SamplingFigures, { description: '抽检监测年度数据' })
  samplingFigures(@Arg('year', () => Int) year: number, @Ctx() ctx: Context): Promise<SamplingFigures> {
    return samplingFigures(ctx, year);
  }
}
