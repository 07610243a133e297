import { LocalDate } from '@shian/subgraph-kit';
import { Field, ID, InputType, Int } from 'type-graphql';
import {
  CalendarDayKind,
  ClockUnit,
  ConsumerRequestStatus,
  DisposalAction,
  FailureKind,
  FocusArea,
  FocusPeriod,
  FocusVariety,
  FoodCategory,
  ObjectionKind,
  ObjectionStatus,
  PlanLevel,
  PlanPurpose,
  SampleStatus,
  Verdict,
} from './entities/enums';

@InputType({ description: '抽检计划筛选' })
export class PlanFilter {
  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => PlanLevel, { nullable: true })
  level?: PlanLevel | null;

  @Field(() => PlanPurpose, { nullable: true })
  purpose?: PlanPurpose | null;

  @Field(() => FocusVariety, { nullable: true, description: '重点品种含' })
  focusVariety?: FocusVariety | null;

  @Field(() => FocusPeriod, { nullable: true, description: '重点时段含' })
  focusPeriod?: FocusPeriod | null;

  @Field(() => FocusArea, { nullable: true, description: '重点区域含' })
  focusArea?: FocusArea | null;
}

@InputType({ description: '新建抽检计划' })
export class PlanInput {
  @Field(() => Int)
  year!: number;

  @Field(() => PlanLevel)
  level!: PlanLevel;

  @Field(() => PlanPurpose)
  purpose!: PlanPurpose;

  @Field()
  name!: string;

  @Field()
  issuer!: string;

  @Field(() => [FoodCategory])
  categories!: FoodCategory[];

  @Field(() => Int)
  quota!: number;

  @Field(() => LocalDate)
  startsOn!: string;

  @Field(() => LocalDate)
  endsOn!: string;

  @Field(() => [FocusVariety], { nullable: true, description: '重点品种(须属于计划覆盖的食品类别)' })
  focusVarieties?: FocusVariety[] | null;

  @Field(() => [FocusPeriod], { nullable: true, description: '重点时段' })
  focusPeriods?: FocusPeriod[] | null;

  @Field(() => [FocusArea], { nullable: true, description: '重点区域' })
  focusAreas?: FocusArea[] | null;
}

@InputType({ description: '样品筛选' })
export class SampleFilter {
  @Field(() => Int, { nullable: true, description: '抽样年度' })
  year?: number | null;

  @Field(() => ID, { nullable: true })
  planId?: string | null;

  @Field(() => PlanLevel, { nullable: true })
  level?: PlanLevel | null;

  @Field(() => PlanPurpose, { nullable: true })
  purpose?: PlanPurpose | null;

  @Field(() => SampleStatus, { nullable: true })
  status?: SampleStatus | null;

  @Field(() => FoodCategory, { nullable: true })
  category?: FoodCategory | null;

  @Field(() => ID, { nullable: true })
  townshipId?: string | null;

  @Field(() => ID, { nullable: true })
  entityId?: string | null;

  @Field(() => Verdict, { nullable: true })
  verdict?: Verdict | null;

  @Field(() => FailureKind, { nullable: true })
  failureKind?: FailureKind | null;

  @Field(() => LocalDate, { nullable: true, description: '抽样日期起' })
  sampledFrom?: string | null;

  @Field(() => LocalDate, { nullable: true, description: '抽样日期止' })
  sampledTo?: string | null;

  @Field(() => ID, { nullable: true, description: '回应的你点我检征集' })
  consumerRequestId?: string | null;

  @Field(() => FocusVariety, { nullable: true, description: '重点品种' })
  focusVariety?: FocusVariety | null;

  @Field(() => FocusPeriod, { nullable: true, description: '重点时段' })
  focusPeriod?: FocusPeriod | null;

  @Field(() => FocusArea, { nullable: true, description: '重点区域' })
  focusArea?: FocusArea | null;

  @Field(() => Boolean, { nullable: true, description: '只看监管时限已超期的' })
  overdue?: boolean | null;

  @Field(() => String, { nullable: true, description: '样品名称、抽样单编号、批号或承检机构包含' })
  search?: string | null;
}

@InputType({ description: '登记抽样' })
export class SampleInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => ID, { description: '被抽样单位(主体)ID' })
  entityId!: string;

  @Field(() => ID, {
    nullable: true,
    description: '被抽样单位所在乡镇(街道):由服务端按主体登记信息确定,可省略;填写且不一致的拒绝',
  })
  townshipId?: string | null;

  @Field()
  foodName!: string;

  @Field(() => FoodCategory)
  category!: FoodCategory;

  @Field(() => String, { nullable: true })
  brand?: string | null;

  @Field(() => String, { nullable: true })
  specification?: string | null;

  @Field()
  batchNumber!: string;

  @Field(() => LocalDate, { nullable: true })
  producedOn?: string | null;

  @Field(() => LocalDate)
  sampledOn!: string;

  @Field(() => [String])
  samplers!: string[];

  @Field()
  lab!: string;

  @Field(() => ID, { nullable: true, description: '回应的你点我检征集' })
  consumerRequestId?: string | null;

  @Field(() => FocusVariety, { nullable: true, description: '重点品种(须与食品类别相符)' })
  focusVariety?: FocusVariety | null;

  @Field(() => FocusPeriod, { nullable: true, description: '重点时段(抽样日期须在该时段内)' })
  focusPeriod?: FocusPeriod | null;

  @Field(() => FocusArea, { nullable: true, description: '重点区域' })
  focusArea?: FocusArea | null;
}

@InputType({ description: '变更样品状态' })
export class MoveSampleInput {
  @Field(() => ID)
  sampleId!: string;

  @Field(() => SampleStatus)
  to!: SampleStatus;

  @Field(() => LocalDate, { nullable: true, description: '业务日期,默认今天' })
  on?: string | null;

  @Field(() => LocalDate, { nullable: true, description: '不合格结论送达日期(变更为不合格时),默认同业务日期' })
  notifiedOn?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: '读到的样品版本号(Sample.version);他人已修改则为 CONFLICT,不写入',
  })
  version?: number | null;
}

@InputType({ description: '检验项目结果' })
export class TestItemInput {
  @Field()
  name!: string;

  @Field()
  measured!: string;

  @Field()
  limit!: string;

  @Field()
  unit!: string;

  @Field()
  standard!: string;

  @Field(() => Verdict, { nullable: true, description: '可按限量自动判定时可省略' })
  verdict?: Verdict | null;

  @Field(() => FailureKind, { nullable: true, description: '不合格项必填' })
  failureKind?: FailureKind | null;
}

@InputType({ description: '复检申请' })
export class RecheckInput {
  @Field(() => ID)
  sampleId!: string;

  @Field(() => LocalDate)
  requestedOn!: string;

  @Field()
  applicant!: string;

  @Field({ description: '复检机构(不得为初检机构)' })
  lab!: string;
}

@InputType({ description: '复检结论' })
export class RecheckResultInput {
  @Field(() => ID)
  recheckId!: string;

  @Field(() => Verdict)
  result!: Verdict;

  @Field(() => LocalDate)
  completedOn!: string;
}

@InputType({ description: '异议申请' })
export class ObjectionInput {
  @Field(() => ID)
  sampleId!: string;

  @Field(() => ObjectionKind)
  kind!: ObjectionKind;

  @Field(() => LocalDate)
  filedOn!: string;

  @Field()
  applicant!: string;

  @Field()
  reason!: string;
}

@InputType({ description: '异议审核结论' })
export class ObjectionDecisionInput {
  @Field(() => ID)
  objectionId!: string;

  @Field(() => ObjectionStatus, { description: 'UPHELD 或 REJECTED' })
  status!: ObjectionStatus;

  @Field(() => LocalDate)
  decidedOn!: string;

  @Field()
  conclusion!: string;
}

@InputType({ description: '启动核查处置' })
export class DisposalInput {
  @Field(() => ID)
  sampleId!: string;

  @Field(() => LocalDate)
  startedOn!: string;

  @Field(() => [DisposalAction])
  actions!: DisposalAction[];

  @Field(() => Int, { nullable: true })
  quantity?: number | null;

  @Field(() => String, { nullable: true })
  measures?: string | null;
}

@InputType({ description: '完成核查处置' })
export class CompleteDisposalInput {
  @Field(() => ID)
  disposalId!: string;

  @Field(() => LocalDate)
  completedOn!: string;

  @Field(() => [DisposalAction], { nullable: true, description: '最终采取的措施,省略则沿用' })
  actions?: DisposalAction[] | null;

  @Field()
  measures!: string;

  @Field(() => String, {
    nullable: true,
    description: '立案时的案件编号;关联的案件已立案时即其立案编号,可不填,填写须一致',
  })
  caseNumber?: string | null;

  @Field(() => ID, { nullable: true, description: '由此立案的案件(执法办案),当事人须为被抽样单位' })
  caseId?: string | null;
}

@InputType({ description: '处置看板筛选' })
export class DisposalFilter {
  @Field(() => Int, { nullable: true, description: '启动年度' })
  year?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'true 只看未完成,false 只看已完成' })
  open?: boolean | null;

  @Field(() => DisposalAction, { nullable: true })
  action?: DisposalAction | null;

  @Field(() => ID, { nullable: true })
  townshipId?: string | null;
}

@InputType({ description: '你点我检征集筛选' })
export class ConsumerRequestFilter {
  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => ConsumerRequestStatus, { nullable: true })
  status?: ConsumerRequestStatus | null;

  @Field(() => FoodCategory, { nullable: true })
  category?: FoodCategory | null;
}

@InputType({ description: '登记你点我检征集' })
export class ConsumerRequestInput {
  @Field()
  title!: string;

  @Field(() => FoodCategory)
  category!: FoodCategory;

  @Field()
  description!: string;

  @Field()
  channel!: string;

  @Field()
  submittedBy!: string;

  @Field(() => LocalDate)
  submittedOn!: string;

  @Field(() => Int, { nullable: true })
  votes?: number | null;
}

@InputType({ description: '答复你点我检征集' })
export class ConsumerRequestDecisionInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => ConsumerRequestStatus)
  status!: ConsumerRequestStatus;

  @Field()
  reply!: string;
}

@InputType({ description: '婴配乳粉在售批次筛选' })
export class InfantFormulaFilter {
  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'true 只看已检验,false 只看未检验' })
  tested?: boolean | null;
}

@InputType({ description: '登记婴配乳粉在售批次' })
export class InfantFormulaBatchInput {
  @Field()
  brand!: string;

  @Field()
  product!: string;

  @Field(() => Int)
  stage!: number;

  @Field()
  batchNumber!: string;

  @Field(() => ID)
  entityId!: string;

  @Field(() => ID, {
    nullable: true,
    description: '销售单位所在乡镇(街道):由服务端按主体登记信息确定,可省略;填写且不一致的拒绝',
  })
  townshipId?: string | null;

  @Field(() => LocalDate)
  foundOn!: string;
}

@InputType({ description: '调整日历日期' })
export class CalendarDayInput {
  @Field(() => LocalDate)
  date!: string;

  @Field(() => CalendarDayKind)
  kind!: CalendarDayKind;

  @Field()
  name!: string;
}

@InputType({ description: '修改时限规则' })
export class ClockRuleInput {
  @Field()
  code!: string;

  @Field(() => ClockUnit)
  unit!: ClockUnit;

  @Field(() => Int)
  amount!: number;

  @Field(() => Int)
  extension!: number;

  @Field({ description: '依据' })
  source!: string;
}
