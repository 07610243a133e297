import { Entity as Table, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Audited, DateTimeISO } from '@shian/subgraph-kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { RiskLevel } from './enums';
import { Risk } from './Risk';

/**
 * One row of a risk's level history: its creation (from null), each edit that changed the level, and each matrix
 * change that moved it ("风险矩阵调整"). Rows are only ever added.
 */
@ObjectType({ description: '风险等级变化记录' })
@Audited<RiskLevelChange>({ parent: 'risk' })
@Table({ tableName: 'risk_level_change' })
export class RiskLevelChange {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => Risk, { ref: false, index: true })
  risk!: Risk;

  @Field(() => DateTimeISO, { description: '变化时间' })
  @Property({ type: 'datetime' })
  at!: Date;

  @Field(() => RiskLevel, { name: 'from', nullable: true, description: '原等级(新登记时为空)' })
  @Enum({ items: () => RiskLevel, nullable: true })
  fromLevel: RiskLevel | null = null;

  @Field(() => RiskLevel, { name: 'to', description: '新等级' })
  @Enum({ items: () => RiskLevel })
  toLevel!: RiskLevel;

  @Field(() => Int, { description: '当时的可能性' })
  @Property({ type: 'integer' })
  likelihood!: number;

  @Field(() => Int, { description: '当时的严重性' })
  @Property({ type: 'integer' })
  severity!: number;

  @Field({ description: '原因' })
  @Property({ type: 'string', length: 200 })
  reason!: string;

  @Field({ description: '操作人' })
  @Property({ type: 'string', length: 100 })
  by!: string;
}
