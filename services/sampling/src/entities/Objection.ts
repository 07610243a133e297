import { Enum, ManyToOne, OptionalProps, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { Audited, LocalDate } from '@shian/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { ObjectionKind, ObjectionStatus } from './enums';
import { Sample } from './Sample';

/** 异议: the business contests the sampling, the sample's authenticity, the method or the standard applied. */
@ObjectType({ description: '异议申请' })
@Audited<Objection>({ parent: 'sample' })
@Table({ tableName: 'objection' })
export class Objection {
  [OptionalProps]?: 'status' | 'decidedOn' | 'conclusion';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => Sample, { ref: false, index: true, deleteRule: 'cascade' })
  sample!: Sample;

  @Field(() => ObjectionKind)
  @Enum({ items: () => ObjectionKind })
  kind!: ObjectionKind;

  @Field(() => LocalDate, { description: '提出日期' })
  @Property({ type: 'string', length: 10 })
  filedOn!: string;

  @Field({ description: '申请人' })
  @Property({ type: 'string', length: 100 })
  applicant!: string;

  @Field({ description: '异议理由' })
  @Property({ type: 'string', length: 1000 })
  reason!: string;

  @Field(() => ObjectionStatus)
  @Enum({ items: () => ObjectionStatus })
  status: ObjectionStatus = ObjectionStatus.PENDING;

  @Field(() => LocalDate, { nullable: true, description: '审核完成日期' })
  @Property({ type: 'string', length: 10, nullable: true })
  decidedOn: string | null = null;

  @Field(() => String, { nullable: true, description: '审核结论' })
  @Property({ type: 'string', length: 1000, nullable: true })
  conclusion: string | null = null;
}
