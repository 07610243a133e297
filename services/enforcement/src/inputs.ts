import { LocalDate } from '@shian/subgraph-kit';
import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import {
  CampaignKind,
  CaseSource,
  CaseStatus,
  DrawStatus,
  InspectionKind,
  InspectionVerdict,
  JointOperationStatus,
  PartnerDepartment,
  PauseKind,
  PenaltyKind,
  SeizedItemStatus,
  SeizureKind,
  TransferKind,
  TransferOutcome,
  TransferStatus,
  Violation,
} from './entities/enums';

/** The input types of the contract (frontends/enforcement is written against these names). */

export enum CaseClockKind {
  FILING = 'FILING',
  DECISION = 'DECISION',
}

registerEnumType(CaseClockKind, {
  name: 'CaseClockKind',
  description: '可经批准延长的办案期限',
  valuesConfig: { FILING: { description: '立案期限' }, DECISION: { description: '处罚决定期限' } },
});

// ---- filters ----

@InputType({ description: '监督检查筛选' })
export class InspectionFilter {
  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => ID, { nullable: true })
  townshipId?: string | null;

  @Field(() => ID, { nullable: true })
  entityId?: string | null;

  @Field(() => InspectionKind, { nullable: true })
  kind?: InspectionKind | null;

  @Field(() => InspectionVerdict, { nullable: true })
  verdict?: InspectionVerdict | null;

  @Field(() => ID, { nullable: true })
  campaignId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true:结果尚未公开' })
  unpublished?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'true:整改期限已过仍未整改' })
  rectificationOverdue?: boolean | null;
}

@InputType({ description: '双随机抽查筛选' })
export class RandomDrawFilter {
  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => DrawStatus, { nullable: true })
  status?: DrawStatus | null;
}

@InputType({ description: '专项筛选' })
export class CampaignFilter {
  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => CampaignKind, { nullable: true })
  kind?: CampaignKind | null;
}

@InputType({ description: '执法人员筛选' })
export class InspectorFilter {
  @Field(() => String, { nullable: true })
  unit?: string | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: '姓名或执法证号包含' })
  search?: string | null;
}

@InputType({ description: '案件筛选' })
export class CaseFilter {
  @Field(() => Int, { nullable: true, description: '立案年度(线索为受理年度)' })
  year?: number | null;

  @Field(() => CaseStatus, { nullable: true })
  status?: CaseStatus | null;

  @Field(() => CaseSource, { nullable: true })
  source?: CaseSource | null;

  @Field(() => Violation, { nullable: true })
  violation?: Violation | null;

  @Field(() => ID, { nullable: true })
  townshipId?: string | null;

  @Field(() => ID, { nullable: true })
  entityId?: string | null;

  @Field(() => ID, { nullable: true })
  campaignId?: string | null;

  @Field(() => PartnerDepartment, { nullable: true, description: '移送给该部门的案件' })
  transferredTo?: PartnerDepartment | null;

  @Field(() => Boolean, { nullable: true, description: 'true:只看已立案的(不含线索、不予立案)' })
  filed?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'true:有法定时限已超期的' })
  overdue?: boolean | null;

  @Field(() => String, { nullable: true, description: '案由、立案编号包含' })
  search?: string | null;
}

@InputType({ description: '移送筛选' })
export class TransferFilter {
  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => PartnerDepartment, { nullable: true })
  department?: PartnerDepartment | null;

  @Field(() => TransferKind, { nullable: true })
  kind?: TransferKind | null;

  @Field(() => TransferStatus, { nullable: true })
  status?: TransferStatus | null;
}

@InputType({ description: '联合执法筛选' })
export class JointOperationFilter {
  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => PartnerDepartment, { nullable: true })
  department?: PartnerDepartment | null;

  @Field(() => JointOperationStatus, { nullable: true })
  status?: JointOperationStatus | null;
}

@InputType({ description: '涉案财物筛选' })
export class SeizedItemFilter {
  @Field(() => SeizedItemStatus, { nullable: true })
  status?: SeizedItemStatus | null;

  @Field(() => ID, { nullable: true })
  caseId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true:仍在查封扣押中' })
  held?: boolean | null;
}

// ---- inspections, draws, campaigns ----

@InputType({ description: '登记监督检查' })
export class InspectionInput {
  @Field(() => ID)
  entityId!: string;

  @Field(() => ID, { nullable: true, description: '主体所属乡镇(街道)代码;可不填,以主体登记为准,填写不一致的拒绝' })
  townshipId?: string | null;

  @Field(() => LocalDate)
  inspectedOn!: string;

  @Field(() => InspectionKind)
  kind!: InspectionKind;

  @Field(() => InspectionVerdict)
  verdict!: InspectionVerdict;

  @Field(() => [ID], { description: '检查人员(至少2名)' })
  inspectorIds!: string[];

  @Field()
  findings!: string;

  @Field(() => LocalDate, { nullable: true, description: '整改期限(基本符合、不符合时必填)' })
  rectificationDeadline?: string | null;

  @Field(() => ID, { nullable: true })
  campaignId?: string | null;

  @Field(() => ID, { nullable: true, description: '双随机抽取结果ID(按抽查任务检查时)' })
  drawItemId?: string | null;
}

@InputType({ description: '检查对象名录中的一户' })
export class DrawCandidateInput {
  @Field(() => ID)
  entityId!: string;

  @Field(() => ID, { nullable: true, description: '主体所属乡镇(街道)代码;可不填,以主体登记为准,填写不一致的拒绝' })
  townshipId?: string | null;
}

@InputType({ description: '双随机抽取' })
export class RandomDrawInput {
  @Field()
  title!: string;

  @Field(() => LocalDate)
  drawnOn!: string;

  @Field(() => ID, { nullable: true })
  campaignId?: string | null;

  @Field({ description: '检查对象范围的说明(如:食品销售者、C级以上)' })
  populationCriteria!: string;

  @Field(() => [DrawCandidateInput], { description: '检查对象名录(按筛选条件从主体名录取得)' })
  population!: DrawCandidateInput[];

  @Field(() => [String], { nullable: true, description: '执法人员所属科室(所);为空为全部在岗人员' })
  inspectorUnits?: string[] | null;

  @Field(() => Int)
  entityCount!: number;

  @Field(() => Int, { description: '每户检查人员数,至少2名' })
  inspectorsPerEntity!: number;

  @Field(() => String, { nullable: true, description: '随机种子;为空时系统生成' })
  seed?: string | null;
}

@InputType({ description: '新建专项' })
export class CampaignInput {
  @Field()
  name!: string;

  @Field(() => CampaignKind)
  kind!: CampaignKind;

  @Field(() => LocalDate)
  startsOn!: string;

  @Field(() => LocalDate)
  endsOn!: string;

  @Field()
  lead!: string;

  @Field()
  focus!: string;
}

// ---- cases ----

@InputType({ description: '登记线索' })
export class ClueInput {
  @Field()
  title!: string;

  @Field(() => CaseSource)
  source!: CaseSource;

  @Field(() => ID)
  entityId!: string;

  @Field(() => ID, {
    nullable: true,
    description: '当事人所属乡镇(街道)代码;可不填,以主体登记为准,填写不一致的拒绝',
  })
  townshipId?: string | null;

  @Field(() => LocalDate)
  receivedOn!: string;

  @Field()
  description!: string;

  @Field(() => [Violation], { nullable: true })
  violations?: Violation[] | null;

  @Field(() => ID, { nullable: true })
  campaignId?: string | null;

  @Field(() => ID, { nullable: true, description: '来源为抽检不合格时:处置ID' })
  disposalId?: string | null;

  @Field(() => ID, { nullable: true, description: '来源为监督检查时:检查ID' })
  inspectionId?: string | null;

  @Field(() => ID, { nullable: true, description: '来源为舆情时:舆情ID' })
  opinionEventId?: string | null;

  @Field(() => String, { nullable: true, description: '来源为部门移送时:移送部门' })
  referredBy?: string | null;

  @Field(() => ID, { nullable: true, description: '由村(社区)报告转来时:报告ID(来源为投诉举报;由报告的分办写入)' })
  villageReportId?: string | null;
}

@InputType({ description: '修改案件信息' })
export class CaseUpdateInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Int, { description: '修改前读到的版本号' })
  version!: number;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [Violation], { nullable: true })
  violations?: Violation[] | null;

  @Field(() => String, { nullable: true })
  legalBasis?: string | null;

  @Field(() => [ID], { nullable: true })
  officerIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  campaignId?: string | null;
}

@InputType({ description: '处罚内容' })
export class PenaltyInput {
  @Field(() => [PenaltyKind])
  kinds!: PenaltyKind[];

  @Field(() => Float, { nullable: true, description: '罚款(元)' })
  fine?: number | null;

  @Field(() => Float, { nullable: true, description: '没收违法所得(元)' })
  confiscatedGains?: number | null;
}

@InputType({ description: '移送信息' })
export class TransferInput {
  @Field(() => PartnerDepartment)
  department!: PartnerDepartment;

  @Field(() => TransferKind)
  kind!: TransferKind;

  @Field()
  reason!: string;

  @Field(() => Boolean, { nullable: true, description: '抄送检察院(涉嫌犯罪移送时)' })
  copiedToProcuratorate?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '涉案财物随案移交' })
  handOverSeizedItems?: boolean | null;
}

@InputType({ description: '案件流转:按流转表从当前状态变更到 to' })
export class CaseMoveInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Int, { description: '修改前读到的版本号' })
  version!: number;

  @Field(() => CaseStatus)
  to!: CaseStatus;

  @Field(() => LocalDate, { description: '该环节的日期' })
  on!: string;

  @Field(() => [ID], { nullable: true, description: '立案时:办案人员(至少2名)' })
  officerIds?: string[] | null;

  @Field(() => [Violation], { nullable: true })
  violations?: Violation[] | null;

  @Field(() => String, { nullable: true })
  legalBasis?: string | null;

  @Field(() => String, { nullable: true, description: '不予立案、撤销立案、不予处罚、继续调查的理由' })
  reason?: string | null;

  @Field(() => PenaltyInput, { nullable: true })
  penalty?: PenaltyInput | null;

  @Field(() => TransferInput, { nullable: true })
  transfer?: TransferInput | null;
}

@InputType({ description: '开始不计入期限的期间' })
export class CasePauseInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => PauseKind)
  kind!: PauseKind;

  @Field(() => LocalDate)
  startsOn!: string;

  @Field()
  reason!: string;
}

@InputType({ description: '结束不计入期限的期间' })
export class CaseResumeInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => LocalDate, { description: '暂停的最后一日' })
  endsOn!: string;
}

@InputType({ description: '批准延长办案期限' })
export class CaseExtensionInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => CaseClockKind)
  clock!: CaseClockKind;
}

@InputType({ description: '处罚执行情况' })
export class PenaltyProgressInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => LocalDate, { nullable: true, description: '罚没款缴纳日期' })
  paidOn?: string | null;

  @Field(() => LocalDate, { nullable: true, description: '信用公示日期' })
  publishedOn?: string | null;
}

// ---- transfers (the partner's own part) ----

@InputType({ description: '接收移送(回执)' })
export class TransferReceiptInput {
  @Field(() => ID)
  transferId!: string;

  @Field(() => LocalDate)
  receivedOn!: string;

  @Field()
  receiptNumber!: string;

  @Field()
  receivedBy!: string;
}

@InputType({ description: '答复移送(处理结果)' })
export class TransferAnswerInput {
  @Field(() => ID)
  transferId!: string;

  @Field(() => LocalDate)
  answeredOn!: string;

  @Field(() => TransferOutcome)
  outcome!: TransferOutcome;

  @Field()
  note!: string;

  @Field(() => String, { nullable: true, description: '本单位案件编号' })
  partnerCaseNumber?: string | null;
}

// ---- joint operations, seized items ----

@InputType({ description: '新建联合执法' })
export class JointOperationInput {
  @Field()
  title!: string;

  @Field(() => ID, { nullable: true })
  campaignId?: string | null;

  @Field(() => [PartnerDepartment])
  departments!: PartnerDepartment[];

  @Field(() => LocalDate)
  startsOn!: string;

  @Field(() => LocalDate)
  endsOn!: string;

  @Field()
  scope!: string;
}

@InputType({ description: '联合执法进展' })
export class JointOperationUpdateInput {
  @Field(() => ID)
  operationId!: string;

  @Field(() => JointOperationStatus, { nullable: true })
  status?: JointOperationStatus | null;

  @Field(() => Int, { nullable: true })
  entitiesInspected?: number | null;

  @Field(() => Int, { nullable: true })
  problemsFound?: number | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;
}

@InputType({ description: '参加部门确认并报送本部门工作情况' })
export class JointOperationConfirmationInput {
  @Field(() => ID)
  operationId!: string;

  @Field(() => Int, { description: '出动人员(人次)' })
  personnel!: number;

  @Field()
  report!: string;
}

@InputType({ description: '登记涉案财物(查封扣押)' })
export class SeizedItemInput {
  @Field(() => ID)
  caseId!: string;

  @Field()
  name!: string;

  @Field(() => Float)
  quantity!: number;

  @Field()
  unit!: string;

  @Field(() => SeizureKind)
  measure!: SeizureKind;

  @Field(() => LocalDate)
  seizedOn!: string;

  @Field()
  custodian!: string;

  @Field()
  location!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType({ description: '涉案财物保管、处置' })
export class SeizedItemUpdateInput {
  @Field(() => ID)
  itemId!: string;

  @Field(() => SeizedItemStatus, { nullable: true, description: '处置结果(退还、没收、销毁、随案移交)' })
  status?: SeizedItemStatus | null;

  @Field(() => LocalDate, { nullable: true, description: '处置日期(变更为处置结果时必填)' })
  releasedOn?: string | null;

  @Field(() => String, { nullable: true })
  custodian?: string | null;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field(() => Boolean, { nullable: true, description: '批准延长查封扣押期限' })
  extended?: boolean | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: '读到的涉案财物版本号(SeizedItem.version);他人已修改则为 CONFLICT,不写入',
  })
  version?: number | null;
}
