import { type Context, requireBureau, WorkReportQueries } from '@shian/subgraph-kit';
import { Ctx, Directive, Field, FieldResolver, Float, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { TrainingAudience } from '../entities';
import { trainingFigures } from '../figures';

/** The year's work report (docs/api.md#work-report), keyed by year: training adds its own part, `training`. */
@Directive('@key(fields: "year")')
@ObjectType({ description: '年度食品安全工作报告' })
export class WorkReport {
  @Field(() => Int)
  year!: number;
}

@ObjectType({ description: '按培训对象的培训统计' })
export class AudienceFigures {
  @Field(() => TrainingAudience)
  audience!: TrainingAudience;

  @Field(() => Int)
  sessions!: number;

  @Field(() => Int)
  participants!: number;
}

@ObjectType({ description: '按月的培训考核统计' })
export class TrainingMonthFigures {
  @Field(() => Int)
  month!: number;

  @Field(() => Int, { description: '培训次数' })
  sessions!: number;

  @Field(() => Int, { description: '参训人次' })
  participants!: number;

  @Field(() => Int, { description: '考核批次' })
  assessmentBatches!: number;

  @Field(() => Int, { description: '提档升级验收(次)' })
  workshopsUpgraded!: number;
}

@ObjectType({ description: '执法人员专业化规范化培训(与从业人员培训分开统计)' })
export class OfficerTrainingFigures {
  @Field(() => Int, { description: '执法人员培训次数' })
  sessions!: number;

  @Field(() => Int, { description: '参训执法人员(人)' })
  officersTrained!: number;

  @Field(() => Int, { description: '参训人次' })
  attendances!: number;

  @Field(() => Float, { description: '累计学时' })
  hours!: number;
}

@ObjectType({ description: '培训考核(均由记录统计)' })
export class TrainingFigures {
  @Field(() => Int, { description: '从业人员培训次数(不含执法人员培训)' })
  sessions!: number;

  @Field(() => Int, { description: '覆盖从业人员(签到人数)' })
  participants!: number;

  @Field(() => Int, { description: '考核批次(含补考)' })
  assessmentBatches!: number;

  @Field(() => Int, { description: '其中补考批次' })
  resitBatches!: number;

  @Field(() => Int, { description: '首次考核参考人数' })
  peopleAssessed!: number;

  @Field(() => Int, { description: '首次考核合格人数' })
  peoplePassed!: number;

  @Field(() => Int, { description: '提档升级的小作坊(家)' })
  workshopsUpgraded!: number;

  @Field(() => [AudienceFigures])
  byAudience!: AudienceFigures[];

  @Field(() => [TrainingMonthFigures], { description: '按月(1—12月,从业人员培训)' })
  byMonth!: TrainingMonthFigures[];

  @Field(() => OfficerTrainingFigures, { description: '执法人员专业化规范化培训' })
  officers!: OfficerTrainingFigures;
}

@Resolver(() => WorkReport)
export class WorkReportResolver extends WorkReportQueries(WorkReport) {
  @FieldResolver(() => TrainingFigures, { nullable: true })
  training(@Root() report: WorkReport, @Ctx() ctx: Context) {
    requireBureau(ctx);
    return trainingFigures(ctx, report.year);
  }
}
