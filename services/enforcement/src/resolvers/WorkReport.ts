import { type Context, requireBureau, WorkReportQueries } from '@shian/subgraph-kit';
import { Ctx, Directive, Field, FieldResolver, Float, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { CaseSource, CaseStatus, PartnerDepartment } from '../entities';
import { enforcementFigures } from '../figures';

/** The year's work report (docs/api.md#work-report), keyed by year: enforcement adds its own part, `enforcement`. */
@Directive('@key(fields: "year")')
@ObjectType({ description: '年度食品安全工作报告' })
export class WorkReport {
  @Field(() => Int)
  year!: number;
}

@ObjectType({ description: '按来源统计的立案数' })
export class CaseSourceCount {
  @Field(() => CaseSource)
  source!: CaseSource;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: '当年立案案件按当前状态统计' })
export class CaseStatusCount {
  @Field(() => CaseStatus)
  status!: CaseStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: '按接收部门统计的移送数' })
export class TransferDepartmentCount {
  @Field(() => PartnerDepartment)
  department!: PartnerDepartment;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: '按月统计' })
export class EnforcementMonthFigures {
  @Field(() => Int)
  month!: number;

  @Field(() => Int, { description: '立案(件)' })
  casesFiled!: number;

  @Field(() => Int, { description: '监督检查(户次)' })
  inspections!: number;
}

@ObjectType({ description: '监督检查与执法办案(均由记录统计)' })
export class EnforcementFigures {
  @Field(() => Int, { description: '立案查处食品违法案件(件)' })
  casesFiled!: number;

  @Field(() => Int, { description: '涉嫌犯罪移送(移送起诉,件)' })
  casesTransferred!: number;

  @Field(() => Int, { description: '专项治理(项)' })
  rectifications!: number;

  @Field(() => Int, { description: '专项执法行动(个)' })
  campaigns!: number;

  @Field(() => Int, { description: '受理线索(件)' })
  cluesReceived!: number;

  @Field(() => Int, { description: '监督检查(户次)' })
  inspections!: number;

  @Field(() => Int, { description: '双随机抽查任务(次)' })
  randomDraws!: number;

  @Field(() => Int, { description: '双随机抽取主体(户)' })
  drawnEntities!: number;

  @Field(() => Int, { description: '联合执法(次)' })
  jointOperations!: number;

  @Field(() => Int, { description: '作出行政处罚决定(件)' })
  penalties!: number;

  @Field(() => Float, { description: '罚款(元)' })
  fines!: number;

  @Field(() => Float, { description: '没收违法所得(元)' })
  confiscatedGains!: number;

  @Field(() => [CaseSourceCount], { description: '立案按来源' })
  bySource!: CaseSourceCount[];

  @Field(() => [CaseStatusCount], { description: '当年立案案件按当前状态' })
  byStatus!: CaseStatusCount[];

  @Field(() => [TransferDepartmentCount], { description: '移送按接收部门(含移送管辖)' })
  transfersByDepartment!: TransferDepartmentCount[];

  @Field(() => [EnforcementMonthFigures], { description: '按月(立案按立案日期,检查按检查日期)' })
  byMonth!: EnforcementMonthFigures[];
}

@Resolver(() => WorkReport)
export class WorkReportResolver extends WorkReportQueries(WorkReport) {
  @FieldResolver(() => EnforcementFigures, { nullable: true })
  async enforcement(@Root() report: WorkReport, @Ctx() ctx: Context) {
    requireBureau(ctx);
    // The year goes along for the figures resolved only when asked for (the complaints', ComplaintFigures.ts).
    return { ...(await enforcementFigures(ctx, report.year)), year: report.year };
  }
}
