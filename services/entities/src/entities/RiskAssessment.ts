import { Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Audited, LocalDate } from '@shian/subgraph-kit';
import { Entity } from './Entity';
import { RiskGrade } from './enums';

/**
 * One yearly (or in-year, dynamic) assessment. The grade is fixed when assessed, by the bands then in force: a
 * later change of bands does not rewrite history.
 */
@ObjectType({ description: '风险分级评定' })
@Audited<RiskAssessment>({ parent: 'entity' })
@Table({ tableName: 'risk_assessment' })
@Index({ properties: ['entity', 'year'] })
export class RiskAssessment {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => Entity, { ref: false })
  entity!: Entity;

  @Field(() => Int, { description: '评定年度' })
  @Index()
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => Float, { description: '静态风险因素分值(0–40)' })
  @Property({ type: 'double' })
  staticScore!: number;

  @Field(() => Float, { description: '动态风险因素分值(0–60)' })
  @Property({ type: 'double' })
  dynamicScore!: number;

  @Field(() => Float, { description: '风险分值合计' })
  @Property({ type: 'double' })
  totalScore!: number;

  @Field(() => RiskGrade)
  @Enum({ items: () => RiskGrade })
  grade!: RiskGrade;

  @Field(() => LocalDate, { description: '评定日期' })
  @Property({ type: 'string', length: 10 })
  assessedOn!: string;

  @Field({ description: '评定人' })
  @Property({ type: 'string', length: 100 })
  assessor!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
