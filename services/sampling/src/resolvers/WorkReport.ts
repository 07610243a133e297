import { type Context, WorkReportQueries } from '@shian/subgraph-kit';
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { WorkReport } from '../entities';
import { samplingFigures } from '../figures';
import { SamplingFigures } from '../types';

/**
 * The year's work report is one entity (key: year) that every subgraph extends; `workReport` is shareable, so
 * the gateway may start the query in any subgraph and fetch each part from its owner.
 */
@Resolver(() => WorkReport)
export class WorkReportResolver extends WorkReportQueries(WorkReport) {
  @FieldResolver(() => SamplingFigures, { nullable: true, description: '抽检监测(抽检监测子图)' })
  sampling(@Root() report: WorkReport, @Ctx() ctx: Context): Promise<SamplingFigures> {
    return samplingFigures(ctx, report.year);
  }

  @Query(() => SamplingFigures, { nullable: true, description: '抽检监测年度数据' })
  samplingFigures(@Arg('year', () => Int) year: number, @Ctx() ctx: Context): Promise<SamplingFigures> {
    return samplingFigures(ctx, year);
  }
}
