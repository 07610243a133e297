import { DateTimeISO } from '@shian/subgraph-kit';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IncidentKind, IncidentLevel, IncidentStep } from './entities';

/** The inputs of incidents (resolvers/Incident.ts). */

@InputType({ description: '突发事件筛选' })
export class IncidentFilter {
  @Field(() => ID, { nullable: true })
  townshipId?: string | null;

  @Field(() => IncidentLevel, { nullable: true })
  level?: IncidentLevel | null;

  @Field(() => IncidentKind, { nullable: true })
  kind?: IncidentKind | null;

  @Field(() => IncidentStep, { nullable: true, description: '当前处置步骤' })
  currentStep?: IncidentStep | null;

  @Field(() => Boolean, { nullable: true, description: '是否已向上级报告' })
  reported?: boolean | null;

  @Field(() => Int, { nullable: true, description: '发生时间所在年度(北京时间)' })
  year?: number | null;

  @Field(() => String, { nullable: true, description: '名称、地点或编号包含' })
  search?: string | null;
}

@InputType({ description: '接报突发事件' })
export class IncidentInput {
  @Field({ description: '事件名称' })
  title!: string;

  @Field(() => IncidentKind)
  kind!: IncidentKind;

  @Field(() => IncidentLevel)
  level!: IncidentLevel;

  @Field(() => DateTimeISO, { description: '发生时间' })
  occurredAt!: Date;

  @Field(() => DateTimeISO, { nullable: true, description: '接报时间(报告时限自此起算),默认现在' })
  receivedAt?: Date | null;

  @Field({ description: '发生地点' })
  place!: string;

  @Field(() => ID, { nullable: true, description: '涉事主体(如有);所属乡镇(街道)取自主体登记信息' })
  entityId?: string | null;

  @Field(() => ID, { nullable: true, description: '所属乡镇(街道);有涉事主体时可不填,填写须与主体一致' })
  townshipId?: string | null;

  @Field(() => Int, { description: '涉及人数' })
  affected!: number;

  @Field(() => [String], {
    defaultValue: [],
    description: '参与应急处置的部门(协作部门填 police、education、agriculture 或其中文名称)',
  })
  responseDepartments!: string[];

  @Field(() => String, { nullable: true, description: '接报情况说明' })
  note?: string | null;
}
