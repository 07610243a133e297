import { Entity as Table, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { DateTimeISO } from '@shian/subgraph-kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { IncidentLevel } from './enums';

/**
 * The bureau's edit of one reporting time limit, per incident level (rules hold the defaults: 1 h for I–II, 2 h for
 * III–IV). Only an edited level has a row.
 */
@ObjectType({ description: '突发事件报告时限规则' })
@Table({ tableName: 'incident_report_rule' })
export class IncidentReportRule {
  [OptionalProps]?: 'updatedAt';

  @Field(() => IncidentLevel, { description: '事件级别' })
  @PrimaryKey({ type: 'string', length: 4 })
  level!: IncidentLevel;

  @Field(() => Int, { description: '接报后须在几小时内上报' })
  @Property({ type: 'integer' })
  hours!: number;

  @Field({ description: '依据' })
  @Property({ type: 'string', length: 300 })
  source!: string;

  @Field({ description: '修改人' })
  @Property({ type: 'string', length: 100 })
  updatedBy!: string;

  @Field(() => DateTimeISO, { description: '修改时间' })
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
