import { OptionalProps, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';

/** The bureau's grading bands: one row (id 1), edited by leaders and officers. */
@ObjectType({ description: '风险分级规则:总分 ≤ A级上限为A级,≤ B级上限为B级,≤ C级上限为C级,否则D级' })
@Table({ tableName: 'grading_rule' })
export class GradingRule {
  [OptionalProps]?: 'updatedAt' | 'updatedBy';

  @PrimaryKey({ type: 'integer', autoincrement: false })
  id!: number;

  @Field(() => Float, { description: 'A级上限(含)' })
  @Property({ type: 'double' })
  aMax!: number;

  @Field(() => Float, { description: 'B级上限(含)' })
  @Property({ type: 'double' })
  bMax!: number;

  @Field(() => Float, { description: 'C级上限(含)' })
  @Property({ type: 'double' })
  cMax!: number;

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();

  @Property({ type: 'string', length: 50, nullable: true })
  updatedBy: string | null = null;
}
