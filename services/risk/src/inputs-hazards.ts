import { LocalDate } from '@shian/subgraph-kit';
import { Field, ID, InputType, Int } from 'type-graphql';
import { HazardStatus, InvestigationStatus } from './entities';

/** The inputs of hazard investigations and hazards (resolvers/HazardInvestigation.ts, resolvers/Hazard.ts). */

@InputType({ description: '隐患排查筛选' })
export class HazardInvestigationFilter {
  @Field(() => ID, { nullable: true, description: '涉及该乡镇(街道)' })
  townshipId?: string | null;

  @Field(() => InvestigationStatus, { nullable: true })
  status?: InvestigationStatus | null;

  @Field(() => Int, { nullable: true, description: '开始日期所在年度' })
  year?: number | null;

  @Field(() => String, { nullable: true, description: '主题或编号包含' })
  search?: string | null;
}

@InputType({ description: '登记一轮隐患排查' })
export class HazardInvestigationInput {
  @Field({ description: '排查主题' })
  theme!: string;

  @Field(() => [ID], { description: '排查的乡镇(街道)代码' })
  townshipIds!: string[];

  @Field(() => LocalDate)
  startDate!: string;

  @Field(() => LocalDate)
  endDate!: string;
}

@InputType({ description: '隐患筛选' })
export class HazardFilter {
  @Field(() => ID, { nullable: true })
  investigationId?: string | null;

  @Field(() => ID, { nullable: true })
  townshipId?: string | null;

  @Field(() => ID, { nullable: true })
  entityId?: string | null;

  @Field(() => ID, { nullable: true })
  riskId?: string | null;

  @Field(() => HazardStatus, { nullable: true })
  status?: HazardStatus | null;

  @Field(() => Boolean, { nullable: true, description: '是否超期未整改' })
  overdue?: boolean | null;

  @Field(() => Int, { nullable: true, description: '发现日期所在年度' })
  year?: number | null;

  @Field(() => String, { nullable: true, description: '描述或编号包含' })
  search?: string | null;
}

@InputType({ description: '登记隐患(所属乡镇(街道)取自主体登记信息)' })
export class HazardInput {
  @Field(() => ID, { description: '所属排查' })
  investigationId!: string;

  @Field(() => ID, { description: '隐患所在主体' })
  entityId!: string;

  @Field(() => ID, { nullable: true, description: '可不填;填写时须与主体登记的乡镇(街道)一致' })
  townshipId?: string | null;

  @Field({ description: '隐患描述' })
  description!: string;

  @Field(() => LocalDate, { description: '发现日期' })
  foundOn!: string;

  @Field(() => LocalDate, { description: '整改期限' })
  rectifyBy!: string;

  @Field(() => ID, { nullable: true, description: '所属风险' })
  riskId?: string | null;

  @Field(() => ID, { nullable: true, description: '由此移交的执法线索或案件' })
  caseId?: string | null;

  @Field(() => ID, { nullable: true, description: '由村(社区)报告转来时:报告ID(由报告的分办写入)' })
  villageReportId?: string | null;
}
