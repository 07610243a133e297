import { Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { LocalDate } from '@shian/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Campaign } from './Campaign';
import { JointOperationStatus, type PartnerDepartment } from './enums';

/** 联合执法: the bureau with partner departments; each partner confirms its own part (JointOperationParticipant). */
@ObjectType({ description: '联合执法' })
@Table({ tableName: 'joint_operation' })
export class JointOperation {
  [OptionalProps]?:
    | 'departments'
    | 'status'
    | 'campaign'
    | 'entitiesInspected'
    | 'problemsFound'
    | 'summary'
    | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Field({ description: '行动名称' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @ManyToOne(() => Campaign, { ref: false, nullable: true, index: true })
  campaign: Campaign | null = null;

  /** Comma-separated PartnerDepartment values: who takes part (and so who sees it). */
  @Index()
  @Property({ type: 'string', length: 100 })
  departmentList!: string;

  get departments(): PartnerDepartment[] {
    return this.departmentList ? (this.departmentList.split(',') as PartnerDepartment[]) : [];
  }

  @Field(() => LocalDate, { description: '开始日期' })
  @Index()
  @Property({ type: 'string', length: 10 })
  startsOn!: string;

  @Field(() => LocalDate, { description: '结束日期' })
  @Property({ type: 'string', length: 10 })
  endsOn!: string;

  @Field({ description: '检查范围(地点、对象)' })
  @Property({ type: 'string', length: 500 })
  scope!: string;

  @Field(() => JointOperationStatus)
  @Index()
  @Enum({ items: () => JointOperationStatus })
  status: JointOperationStatus = JointOperationStatus.PLANNED;

  @Field(() => Int, { description: '检查主体(户次)' })
  @Property({ type: 'integer' })
  entitiesInspected: number = 0;

  @Field(() => Int, { description: '发现问题(个)' })
  @Property({ type: 'integer' })
  problemsFound: number = 0;

  @Field(() => String, { nullable: true, description: '行动总结' })
  @Property({ type: 'string', length: 2000, nullable: true })
  summary: string | null = null;

  @Field()
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
