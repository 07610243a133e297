import { LocalDate } from '@shian/subgraph-kit';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import {
  CalendarDayKind,
  ClockStatus,
  ClockUnit,
  DayType,
  Duty,
  FailureKind,
  FocusArea,
  FocusPeriod,
  FocusVariety,
  FoodCategory,
  PlanLevel,
  Verdict,
} from './entities/enums';

/** Object types computed from records rather than stored: clocks, progress, figures, the calendar as shown. */

@ObjectType({ description: '法定时限(计时器)' })
export class Clock {
  @Field({ description: '规则代码' })
  code!: string;

  @Field({ description: '时限名称' })
  name!: string;

  @Field({ description: '期限(如 7个工作日)' })
  period!: string;

  @Field(() => ClockUnit)
  unit!: ClockUnit;

  @Field(() => Duty)
  duty!: Duty;

  @Field({ description: '依据' })
  source!: string;

  @Field(() => LocalDate, { description: '起算日期(当日不计入)' })
  startedOn!: string;

  @Field(() => LocalDate, { nullable: true, description: '截止日期;暂停计时中为空' })
  deadline!: string | null;

  @Field(() => Int, { nullable: true, description: '剩余天数(按规则单位计,0 为当日截止,负数为已超期);已完成为空' })
  remaining!: number | null;

  @Field(() => ClockStatus)
  status!: ClockStatus;

  @Field({ description: '是否超期(未按期完成)' })
  overdue!: boolean;

  @Field({ description: '是否暂停计时中' })
  paused!: boolean;

  @Field({ description: '是否已延长' })
  extended!: boolean;

  @Field(() => LocalDate, { nullable: true, description: '完成日期' })
  completedOn!: string | null;

  @Field(() => Int, { description: '暂停的自然日数' })
  pausedDays!: number;

  @Field({ description: '截止日所在年度是否有节假日数据(否则只按周末计算)' })
  calendarCovered!: boolean;
}

@ObjectType({ description: '计划完成进度(在本人权限范围内)' })
export class PlanProgress {
  @Field(() => Int, { description: '已抽样批次' })
  sampled!: number;

  @Field(() => Int, { description: '已出检验结论批次' })
  reported!: number;

  @Field(() => Int, { description: '不合格批次' })
  unqualified!: number;

  @Field(() => Float, { description: '已抽样 / 任务量' })
  share!: number;
}

@ObjectType({ description: '按层级统计' })
export class LevelFigure {
  @Field(() => PlanLevel)
  level!: PlanLevel;

  @Field(() => Int)
  batches!: number;

  @Field(() => Int)
  unqualified!: number;

  @Field(() => Int, { description: '计划任务量' })
  quota!: number;
}

@ObjectType({ description: '按食品类别统计' })
export class CategoryFigure {
  @Field(() => FoodCategory)
  category!: FoodCategory;

  @Field(() => Int)
  batches!: number;

  @Field(() => Int)
  unqualified!: number;
}

@ObjectType({ description: '按不合格类型统计' })
export class FailureKindFigure {
  @Field(() => FailureKind)
  kind!: FailureKind;

  @Field(() => Int)
  batches!: number;
}

@ObjectType({ description: '按月统计' })
export class MonthFigure {
  @Field(() => Int)
  month!: number;

  @Field(() => Int)
  batches!: number;

  @Field(() => Int)
  unqualified!: number;
}

@ObjectType({ description: '按检验结论统计' })
export class VerdictFigure {
  @Field(() => Verdict, { nullable: true, description: '检验结论;为空表示尚未出具结论' })
  verdict!: Verdict | null;

  @Field(() => Int)
  batches!: number;
}

@ObjectType({ description: '按重点品种统计' })
export class FocusVarietyFigure {
  @Field(() => FocusVariety)
  variety!: FocusVariety;

  @Field(() => Int)
  batches!: number;

  @Field(() => Int)
  unqualified!: number;
}

@ObjectType({ description: '按重点时段统计' })
export class FocusPeriodFigure {
  @Field(() => FocusPeriod)
  period!: FocusPeriod;

  @Field(() => Int)
  batches!: number;

  @Field(() => Int)
  unqualified!: number;
}

@ObjectType({ description: '按重点区域统计' })
export class FocusAreaFigure {
  @Field(() => FocusArea)
  area!: FocusArea;

  @Field(() => Int)
  batches!: number;

  @Field(() => Int)
  unqualified!: number;
}

@ObjectType({ description: '抽检监测年度数据' })
export class SamplingFigures {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: '抽检监测批次' })
  batches!: number;

  @Field(() => Int, { description: '不合格批次(以最终结论计)' })
  unqualified!: number;

  @Field(() => Float, { description: '不合格率' })
  unqualifiedRate!: number;

  @Field(() => Int, { description: '婴幼儿配方乳粉检验批次' })
  infantFormulaBatches!: number;

  @Field(() => Float, { description: '婴幼儿配方乳粉在售批次检验覆盖率(批批检)' })
  infantFormulaCoverage!: number;

  @Field(() => Int, { description: '本年度不合格样品中核查处置已完成数' })
  disposalsCompleted!: number;

  @Field(() => Int, { description: '本年度不合格样品处置中立案数' })
  casesFiled!: number;

  @Field(() => Int, { description: '你点我检征集数' })
  consumerRequests!: number;

  @Field(() => Int, { description: '你点我检已抽检并公布结果数' })
  consumerRequestsAnswered!: number;

  @Field(() => [LevelFigure])
  byLevel!: LevelFigure[];

  @Field(() => [CategoryFigure])
  byCategory!: CategoryFigure[];

  @Field(() => [FailureKindFigure])
  byFailureKind!: FailureKindFigure[];

  @Field(() => [MonthFigure])
  byMonth!: MonthFigure[];

  @Field(() => [VerdictFigure], { description: '按检验结论(合格、不合格、尚未出具结论)' })
  byVerdict!: VerdictFigure[];

  @Field(() => Int, { description: '带有重点品种、时段或区域的批次' })
  focusBatches!: number;

  @Field(() => [FocusVarietyFigure], { description: '按重点品种(每个品种一行,含 0)' })
  byFocusVariety!: FocusVarietyFigure[];

  @Field(() => [FocusPeriodFigure], { description: '按重点时段(每个时段一行,含 0)' })
  byFocusPeriod!: FocusPeriodFigure[];

  @Field(() => [FocusAreaFigure], { description: '按重点区域(每个区域一行,含 0)' })
  byFocusArea!: FocusAreaFigure[];
}

@ObjectType({ description: '婴幼儿配方乳粉批批检覆盖情况' })
export class InfantFormulaCoverage {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: '在售批次' })
  batchesOnSale!: number;

  @Field(() => Int, { description: '已检验批次' })
  batchesTested!: number;

  @Field(() => Float, { description: '覆盖率(0..1)' })
  coverage!: number;
}

@ObjectType({ description: '日历中的一天' })
export class CalendarDate {
  @Field(() => LocalDate)
  date!: string;

  @Field(() => DayType)
  type!: DayType;

  @Field(() => CalendarDayKind, { nullable: true, description: '有调整时的类型' })
  kind!: CalendarDayKind | null;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field({ description: '是否为本局调整(否则来自国务院安排)' })
  edited!: boolean;
}

@ObjectType({ description: '节假日日历(一年)' })
export class HolidayCalendarYear {
  @Field(() => Int)
  year!: number;

  @Field({ description: '默认安排的来源' })
  source!: string;

  @Field({ description: '是否有该年度的节假日数据' })
  covered!: boolean;

  @Field(() => Int, { description: '全年工作日数' })
  workingDays!: number;

  @Field(() => [CalendarDate], { description: '有节假日或调休安排的日期' })
  days!: CalendarDate[];
}

@ObjectType('ClockRule', { description: '法定时限规则' })
export class ClockRuleView {
  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => ClockUnit)
  unit!: ClockUnit;

  @Field(() => Int)
  amount!: number;

  @Field(() => Int, { description: '可延长量(同单位,0 为不可延长)' })
  extension!: number;

  @Field({ description: '期限(如 7个工作日)' })
  period!: string;

  @Field(() => Duty)
  duty!: Duty;

  @Field()
  source!: string;

  @Field({ description: '是否经本局修改' })
  edited!: boolean;
}
