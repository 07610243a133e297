import { LocalDate } from '@shian/subgraph-kit';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DutyFrequency, DutyOwnerKind, DutyStatus, RiskCategory, RiskLevel, RiskStatus } from './entities/enums';

/** The input types of the risk list, duties, consultations and drills (frontends/risk is written against these). */

@InputType({ description: '风险清单筛选' })
export class RiskFilter {
  @Field(() => ID, { nullable: true, description: '涉及的乡镇(街道)代码' })
  townshipId?: string | null;

  @Field(() => RiskCategory, { nullable: true })
  category?: RiskCategory | null;

  @Field(() => RiskLevel, { nullable: true })
  level?: RiskLevel | null;

  @Field(() => RiskStatus, { nullable: true })
  status?: RiskStatus | null;

  @Field(() => Int, { nullable: true, description: '登记年份' })
  year?: number | null;

  @Field(() => String, { nullable: true, description: '编号、名称、风险点或来源包含' })
  search?: string | null;
}

@InputType({ description: '登记或修改风险(等级由风险矩阵得出,不可填写)' })
export class RiskInput {
  @Field({ description: '风险名称' })
  title!: string;

  @Field({ description: '风险点(危害)' })
  hazard!: string;

  @Field({ description: '风险来源' })
  source!: string;

  @Field(() => RiskCategory)
  category!: RiskCategory;

  @Field(() => Int, { description: '可能性(1—5)' })
  likelihood!: number;

  @Field(() => Int, { description: '严重性(1—5)' })
  severity!: number;

  @Field(() => [ID], { description: '涉及的乡镇(街道)代码,至少一个' })
  townshipIds!: string[];

  @Field(() => [String], { defaultValue: [], description: '涉及的业态(主体类别代码)' })
  businessCategories!: string[];

  @Field(() => String, { nullable: true, description: '已采取的管控措施' })
  controls?: string | null;

  @Field({ description: '责任部门' })
  ownerDepartment!: string;

  @Field(() => ID, { nullable: true, description: '责任人(包保干部)' })
  ownerId?: string | null;

  @Field(() => LocalDate, { nullable: true, description: '下次评估(复核)日期' })
  reviewDate?: string | null;

  @Field(() => RiskStatus, { nullable: true, description: '状态;登记时默认管控中' })
  status?: RiskStatus | null;

  @Field(() => String, { nullable: true, description: '等级变化的原因(修改可能性或严重性时记入等级变化记录)' })
  reason?: string | null;
}

@InputType({ description: '责任清单筛选' })
export class DutyFilter {
  @Field(() => ID, { nullable: true, description: '责任乡镇(街道),或责任人所在乡镇(街道)' })
  townshipId?: string | null;

  @Field(() => DutyStatus, { nullable: true })
  status?: DutyStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'true 只看已超期未完成的,false 只看未超期的' })
  overdue?: boolean | null;

  @Field(() => DutyOwnerKind, { nullable: true })
  ownerKind?: DutyOwnerKind | null;

  @Field(() => ID, { nullable: true })
  riskId?: string | null;

  @Field(() => ID, { nullable: true })
  consultationId?: string | null;

  @Field(() => ID, { nullable: true })
  drillId?: string | null;

  @Field(() => Int, { nullable: true, description: '年份(完成时限,未定时限的按完成日期)' })
  year?: number | null;

  @Field(() => String, { nullable: true, description: '编号、任务或依据包含' })
  search?: string | null;
}

@InputType({ description: '责任(新建、会商结论或演练后续任务)' })
export class DutyInput {
  @Field({ description: '任务内容' })
  task!: string;

  @Field(() => String, { nullable: true, description: '法律或政策依据' })
  basis?: string | null;

  @Field(() => DutyOwnerKind)
  ownerKind!: DutyOwnerKind;

  @Field(() => String, { nullable: true, description: '责任部门(责任主体为部门时必填)' })
  ownerDepartment?: string | null;

  @Field(() => ID, { nullable: true, description: '责任乡镇(街道)(责任主体为乡镇时必填)' })
  townshipId?: string | null;

  @Field(() => ID, { nullable: true, description: '责任人(责任主体为包保干部时必填)' })
  ownerId?: string | null;

  @Field(() => LocalDate, { nullable: true, description: '完成时限(一次性任务必填)' })
  dueDate?: string | null;

  @Field(() => DutyFrequency, { nullable: true, description: '履职频次;默认一次性' })
  frequency?: DutyFrequency | null;

  @Field(() => ID, { nullable: true, description: '所属风险' })
  riskId?: string | null;
}

@InputType({ description: '修改责任' })
export class DutyUpdateInput extends DutyInput {
  @Field(() => DutyStatus, { nullable: true, description: '待落实或落实中;完成请用 completeDuty(须附佐证)' })
  status?: DutyStatus | null;
}

@InputType({ description: '会商研判筛选' })
export class ConsultationFilter {
  @Field(() => ID, { nullable: true })
  townshipId?: string | null;

  @Field(() => String, { nullable: true, description: '参会部门' })
  department?: string | null;

  @Field(() => ID, { nullable: true, description: '研判过的风险' })
  riskId?: string | null;

  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => String, { nullable: true, description: '编号或主题包含' })
  search?: string | null;
}

@InputType({ description: '会商结论(同时生成一条责任)' })
export class ConclusionInput {
  @Field({ description: '结论' })
  text!: string;

  @Field(() => DutyOwnerKind)
  ownerKind!: DutyOwnerKind;

  @Field(() => String, { nullable: true })
  ownerDepartment?: string | null;

  @Field(() => ID, { nullable: true })
  townshipId?: string | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;

  @Field(() => LocalDate, { description: '完成时限' })
  dueDate!: string;

  @Field(() => String, { nullable: true, description: '依据' })
  basis?: string | null;
}

@InputType({ description: '登记会商研判' })
export class ConsultationInput {
  @Field(() => LocalDate)
  date!: string;

  @Field({ description: '会商主题' })
  title!: string;

  @Field(() => String, { nullable: true, description: '研判情况' })
  summary?: string | null;

  @Field(() => [String], { description: '参会部门' })
  departments!: string[];

  @Field(() => [ID], { description: '涉及的乡镇(街道)代码' })
  townshipIds!: string[];

  @Field(() => [ID], { defaultValue: [], description: '研判的风险' })
  riskIds!: string[];

  @Field(() => [ConclusionInput], { description: '会商结论(每条结论生成一条责任)' })
  conclusions!: ConclusionInput[];
}

@InputType({ description: '应急演练筛选' })
export class DrillFilter {
  @Field(() => ID, { nullable: true })
  townshipId?: string | null;

  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => String, { nullable: true, description: '编号或情景包含' })
  search?: string | null;
}

@InputType({ description: '登记应急演练' })
export class DrillInput {
  @Field({ description: '演练情景' })
  scenario!: string;

  @Field(() => LocalDate)
  date!: string;

  @Field(() => [String], { description: '参演部门' })
  departments!: string[];

  @Field(() => [ID], { description: '参演乡镇(街道)代码' })
  townshipIds!: string[];

  @Field(() => Int, { nullable: true, description: '参演人数' })
  participants?: number | null;

  @Field(() => String, { nullable: true, description: '演练评估' })
  evaluation?: string | null;

  @Field(() => [DutyInput], { defaultValue: [], description: '后续整改任务(每条生成一条责任)' })
  followUps!: DutyInput[];
}
