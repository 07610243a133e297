import { LocalDate } from '@shian/subgraph-kit';
import { Field, ID, InputType, Int } from 'type-graphql';
import {
  ComplaintChannel,
  ComplaintKind,
  ComplaintOutcome,
  ComplaintStatus,
  MediationResult,
  Violation,
} from '../entities';

/** The complaints register's inputs (frontends/enforcement's 投诉举报 page is written against these names). */

@InputType({ description: '投诉举报筛选' })
export class ComplaintFilter {
  @Field(() => Int, { nullable: true, description: '收到年份' })
  year?: number | null;

  @Field(() => ComplaintKind, { nullable: true })
  kind?: ComplaintKind | null;

  @Field(() => ComplaintChannel, { nullable: true })
  channel?: ComplaintChannel | null;

  @Field(() => ComplaintStatus, { nullable: true })
  status?: ComplaintStatus | null;

  @Field(() => ComplaintOutcome, { nullable: true })
  outcome?: ComplaintOutcome | null;

  @Field(() => Boolean, { nullable: true, description: 'true:受理(核查)期限已过仍未决定' })
  overdue?: boolean | null;

  @Field(() => ID, { nullable: true })
  townshipId?: string | null;

  @Field(() => ID, { nullable: true })
  entityId?: string | null;

  @Field(() => String, { nullable: true, description: '登记编号、内容或被投诉举报主体名称' })
  search?: string | null;
}

@InputType({ description: '投诉举报人(举报可匿名)' })
export class ComplainantInput {
  @Field(() => String, { nullable: true, description: '姓名;投诉必填,举报可匿名' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: '联系电话;投诉必填' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: '身份证号码(选填)' })
  idNumber?: string | null;
}

@InputType({ description: '登记投诉举报' })
export class ComplaintInput {
  @Field(() => ComplaintKind)
  kind!: ComplaintKind;

  @Field(() => ComplaintChannel)
  channel!: ComplaintChannel;

  @Field(() => ComplainantInput, { nullable: true })
  complainant?: ComplainantInput | null;

  @Field(() => ID, { description: '被投诉举报主体' })
  entityId!: string;

  @Field(() => ID, { nullable: true, description: '可不填:取主体登记的乡镇(街道);填写的须一致' })
  townshipId?: string | null;

  @Field({ description: '投诉举报内容' })
  content!: string;

  @Field(() => LocalDate, { description: '收到日期' })
  receivedOn!: string;
}

@InputType({ description: '修改投诉举报登记信息(提交读到的版本号)' })
export class ComplaintUpdateInput {
  @Field(() => ID)
  complaintId!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => ComplaintChannel, { nullable: true })
  channel?: ComplaintChannel | null;

  @Field(() => ComplainantInput, { nullable: true, description: '给出则整体替换' })
  complainant?: ComplainantInput | null;

  @Field(() => String, { nullable: true })
  content?: string | null;
}

@InputType({ description: '投诉举报办理:按流转表从当前状态变更到 to' })
export class ComplaintMoveInput {
  @Field(() => ID)
  complaintId!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => ComplaintStatus)
  to!: ComplaintStatus;

  @Field(() => LocalDate, { description: '办理日期' })
  on!: string;

  @Field(() => String, { nullable: true, description: '不予受理理由' })
  reason?: string | null;

  @Field(() => MediationResult, { nullable: true })
  mediationResult?: MediationResult | null;

  @Field(() => String, { nullable: true, description: '调解情况' })
  mediationNote?: string | null;

  @Field(() => ID, { nullable: true, description: '转线索(立案):关联已有的线索或案件' })
  caseId?: string | null;

  @Field(() => String, { nullable: true, description: '转线索(立案):新登记线索的案由' })
  caseTitle?: string | null;

  @Field(() => [Violation], { nullable: true, description: '转线索(立案):涉嫌违法行为' })
  violations?: Violation[] | null;

  @Field(() => String, { nullable: true, description: '答复内容' })
  answer?: string | null;
}

@InputType({ description: '经批准延长举报核查期限(一次,15个工作日)' })
export class ComplaintExtensionInput {
  @Field(() => ID)
  complaintId!: string;

  @Field(() => Int)
  version!: number;
}
