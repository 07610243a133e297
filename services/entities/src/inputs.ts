import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '@shian/subgraph-kit';
import { EntityCategory, EntityStatus, LicenseKind, NoticeKind, OfficialLevel, RiskGrade } from './entities/enums';

/** The input types of the contract (frontends/entities is written against these names). */

@InputType({ description: '主体筛选' })
export class EntityFilter {
  @Field(() => [ID], { nullable: true, description: '只看这些主体(最多100个);不在本人辖区内的不返回' })
  ids?: string[] | null;

  @Field(() => ID, { nullable: true })
  townshipId?: string | null;

  @Field(() => ID, { nullable: true, description: '所在村(社区)代码' })
  villageId?: string | null;

  @Field(() => EntityCategory, { nullable: true })
  category?: EntityCategory | null;

  @Field(() => RiskGrade, { nullable: true })
  riskGrade?: RiskGrade | null;

  @Field(() => EntityStatus, { nullable: true })
  status?: EntityStatus | null;

  @Field(() => String, { nullable: true, description: '名称、统一社会信用代码或地址包含' })
  search?: string | null;
}

@InputType({ description: '登记主体' })
export class EntityInput {
  @Field()
  name!: string;

  @Field()
  creditCode!: string;

  @Field(() => EntityCategory)
  category!: EntityCategory;

  @Field(() => ID)
  townshipId!: string;

  @Field(() => ID, { nullable: true, description: '所在村(社区)代码;须属于所在乡镇(街道)' })
  villageId?: string | null;

  @Field()
  address!: string;

  @Field()
  legalRepresentative!: string;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => EntityStatus, { nullable: true, description: '默认 OPERATING(在营)' })
  status?: EntityStatus | null;
}

@InputType({ description: '修改主体(统一社会信用代码不可修改)' })
export class EntityUpdateInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true })
  legalRepresentative?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => EntityStatus, { nullable: true })
  status?: EntityStatus | null;

  @Field(() => EntityCategory, { nullable: true })
  category?: EntityCategory | null;

  @Field(() => ID, { nullable: true })
  townshipId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: '所在村(社区)代码;不传不变,传 null 清除;改乡镇(街道)而不传时清除',
  })
  villageId?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: '读到的主体版本号(Entity.version);他人已修改则为 CONFLICT,不写入',
  })
  version?: number | null;
}

@InputType()
export class LicenseInput {
  @Field(() => ID)
  entityId!: string;

  @Field(() => LicenseKind)
  kind!: LicenseKind;

  @Field()
  number!: string;

  @Field(() => LocalDate)
  issuedOn!: string;

  @Field(() => LocalDate)
  validUntil!: string;
}

@InputType({ description: '风险分级评定;等级由规则计算,不可指定' })
export class RiskAssessmentInput {
  @Field(() => ID)
  entityId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Float)
  staticScore!: number;

  @Field(() => Float)
  dynamicScore!: number;

  @Field(() => LocalDate)
  assessedOn!: string;
}

@InputType()
export class AssignmentInput {
  @Field(() => ID)
  officialId!: string;

  @Field(() => ID)
  entityId!: string;

  @Field(() => LocalDate)
  startsOn!: string;

  @Field(() => LocalDate, { nullable: true })
  endsOn?: string | null;
}

@InputType()
export class VisitInput {
  @Field(() => ID)
  assignmentId!: string;

  @Field(() => LocalDate)
  visitedOn!: string;

  @Field()
  findings!: string;
}

@InputType()
export class NoticeInput {
  @Field(() => NoticeKind)
  kind!: NoticeKind;

  @Field(() => ID)
  townshipId!: string;

  @Field()
  title!: string;

  @Field()
  content!: string;

  @Field(() => LocalDate)
  sentOn!: string;

  @Field(() => LocalDate, { nullable: true })
  dueOn?: string | null;
}

@InputType()
export class NoticeFilter {
  @Field(() => ID, { nullable: true })
  townshipId?: string | null;

  @Field(() => NoticeKind, { nullable: true })
  kind?: NoticeKind | null;

  @Field(() => Int, { nullable: true })
  year?: number | null;
}

@InputType()
export class OfficialFilter {
  @Field(() => OfficialLevel, { nullable: true })
  level?: OfficialLevel | null;

  @Field(() => ID, { nullable: true })
  townshipId?: string | null;
}
