import { Enum, Index, OptionalProps, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { LocalDate } from '@shian/subgraph-kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { FoodCategory, PlanLevel, PlanPurpose } from './enums';

/** 抽检计划: one year's task of one level (国抽/省抽/市抽/区抽) and purpose, with its quota of batches. */
@Directive('@key(fields: "id")')
@ObjectType({ description: '抽检计划' })
@Table({ tableName: 'sampling_plan' })
export class SamplingPlan {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Field(() => Int, { description: '年度' })
  @Index()
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => PlanLevel)
  @Enum({ items: () => PlanLevel })
  level!: PlanLevel;

  @Field(() => PlanPurpose)
  @Enum({ items: () => PlanPurpose })
  purpose!: PlanPurpose;

  @Field({ description: '计划名称' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field({ description: '下达单位' })
  @Property({ type: 'string', length: 100 })
  issuer!: string;

  @Field(() => [FoodCategory], { description: '覆盖的食品类别' })
  @Property({ type: 'json' })
  categories!: FoodCategory[];

  @Field(() => Int, { description: '任务量(批次)' })
  @Property({ type: 'integer' })
  quota!: number;

  @Field(() => LocalDate, { description: '执行开始日期' })
  @Property({ type: 'string', length: 10 })
  startsOn!: string;

  @Field(() => LocalDate, { description: '执行截止日期' })
  @Property({ type: 'string', length: 10 })
  endsOn!: string;

  @Field()
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
