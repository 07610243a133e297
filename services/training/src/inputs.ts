import { LocalDate } from '@shian/subgraph-kit';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { TrainingAudience, TrainingKind, TrainingMode, WorkshopLevel } from './entities/enums';

/** The input types of this subgraph (frontends/training is written against these names). */

@InputType({ description: '培训筛选' })
export class TrainingSessionFilter {
  @Field(() => Int, { nullable: true, description: '培训年份' })
  year?: number | null;

  @Field(() => TrainingAudience, { nullable: true })
  audience?: TrainingAudience | null;

  @Field(() => TrainingMode, { nullable: true })
  mode?: TrainingMode | null;

  @Field(() => TrainingKind, { nullable: true, description: '从业人员培训或执法人员培训' })
  kind?: TrainingKind | null;

  @Field(() => String, { nullable: true, description: '主题、授课人或地点包含' })
  search?: string | null;
}

@InputType({ description: '登记或修改培训' })
export class TrainingSessionInput {
  @Field()
  title!: string;

  @Field(() => TrainingAudience)
  audience!: TrainingAudience;

  @Field(() => LocalDate)
  heldOn!: string;

  @Field()
  trainer!: string;

  @Field(() => TrainingMode)
  mode!: TrainingMode;

  @Field(() => String, { nullable: true, description: '线下培训必填' })
  place?: string | null;

  @Field(() => Float, { description: '学时' })
  hours!: number;

  @Field({ defaultValue: '', description: '培训内容' })
  topics!: string;

  @Field(() => ID, { nullable: true, description: '承办乡镇(街道)代码;为空表示全区' })
  townshipId?: string | null;
}

@InputType({ description: '签到记录筛选' })
export class AttendanceFilter {
  @Field(() => ID, { nullable: true })
  sessionId?: string | null;

  @Field(() => ID, { nullable: true })
  entityId?: string | null;

  @Field(() => ID, { nullable: true })
  townshipId?: string | null;

  @Field(() => String, { nullable: true, description: '姓名或岗位包含' })
  search?: string | null;
}

@InputType({ description: '签到表的一行' })
export class AttendanceInput {
  @Field(() => ID, { description: '所属主体' })
  entityId!: string;

  @Field(() => ID, { nullable: true, description: '主体所属乡镇(街道)代码;可不填,以主体登记为准,填写不一致的拒绝' })
  townshipId?: string | null;

  @Field({ description: '姓名' })
  personName!: string;

  @Field({ description: '岗位' })
  jobTitle!: string;
}

@InputType({ description: '考核批次筛选' })
export class TrainingAssessmentFilter {
  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => ID, { nullable: true })
  entityId?: string | null;

  @Field(() => ID, { nullable: true })
  townshipId?: string | null;

  @Field(() => ID, { nullable: true })
  sessionId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true 只看补考,false 只看首次考核' })
  resit?: boolean | null;
}

@InputType({ description: '登记考核批次(补考时填 resitOfId)' })
export class TrainingAssessmentInput {
  @Field(() => ID)
  entityId!: string;

  @Field(() => ID, { nullable: true, description: '主体所属乡镇(街道)代码;可不填,以主体登记为准,填写不一致的拒绝' })
  townshipId?: string | null;

  @Field(() => ID, { nullable: true, description: '对应的培训' })
  sessionId?: string | null;

  @Field(() => LocalDate)
  assessedOn!: string;

  @Field(() => Int, { description: '参考人数' })
  assessed!: number;

  @Field(() => Int, { description: '合格人数' })
  passed!: number;

  @Field({ description: '考核人' })
  examiner!: string;

  @Field(() => ID, { nullable: true, description: '补考时:首次考核批次' })
  resitOfId?: string | null;
}

@InputType({ description: '提档升级筛选' })
export class WorkshopUpgradeFilter {
  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => ID, { nullable: true })
  townshipId?: string | null;

  @Field(() => ID, { nullable: true })
  entityId?: string | null;

  @Field(() => WorkshopLevel, { nullable: true })
  toLevel?: WorkshopLevel | null;
}

@InputType({ description: '登记小作坊提档升级' })
export class WorkshopUpgradeInput {
  @Field(() => ID)
  entityId!: string;

  @Field(() => ID, { nullable: true, description: '主体所属乡镇(街道)代码;可不填,以主体登记为准,填写不一致的拒绝' })
  townshipId?: string | null;

  @Field(() => WorkshopLevel)
  fromLevel!: WorkshopLevel;

  @Field(() => WorkshopLevel)
  toLevel!: WorkshopLevel;

  @Field(() => LocalDate)
  acceptedOn!: string;

  @Field({ description: '验收人' })
  acceptedBy!: string;

  @Field({ defaultValue: '', description: '整改提升内容' })
  improvements!: string;
}
