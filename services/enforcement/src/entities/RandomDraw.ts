import { Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { LocalDate } from '@shian/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Campaign } from './Campaign';
import { DrawStatus } from './enums';

/**
 * 双随机抽查: the population (检查对象名录) and the inspector pool as they stood when drawn, and the seed; together
 * they reproduce the draw exactly (rules/draw.ts). 一公开: the draw and its results are published.
 */
@ObjectType({ description: '双随机抽查' })
@Table({ tableName: 'random_draw' })
export class RandomDraw {
  [OptionalProps]?: 'status' | 'publishedOn' | 'campaign' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Field({ description: '抽查任务名称' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => Int)
  @Index()
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => LocalDate, { description: '抽取日期' })
  @Property({ type: 'string', length: 10 })
  drawnOn!: string;

  @Field({ description: '随机种子(凭种子、名录可复现抽取结果)' })
  @Property({ type: 'string', length: 64 })
  seed!: string;

  @Field({ description: '检查对象范围(筛选条件)' })
  @Property({ type: 'string', length: 500 })
  populationCriteria!: string;

  /** Comma-separated entity ids: the population the draw ran over. */
  @Property({ type: 'text' })
  populationIdList!: string;

  @Field({ description: '执法人员范围(筛选条件)' })
  @Property({ type: 'string', length: 500 })
  poolCriteria!: string;

  /** Comma-separated inspector ids: the pool the draw ran over. */
  @Property({ type: 'text' })
  poolIdList!: string;

  @Field(() => Int, { description: '抽取主体数' })
  @Property({ type: 'integer' })
  entityCount!: number;

  @Field(() => Int, { description: '每户检查人员数' })
  @Property({ type: 'integer' })
  inspectorsPerEntity!: number;

  @Field(() => DrawStatus)
  @Index()
  @Enum({ items: () => DrawStatus })
  status: DrawStatus = DrawStatus.DRAWN;

  @Field(() => LocalDate, { nullable: true, description: '公示日期' })
  @Property({ type: 'string', length: 10, nullable: true })
  publishedOn: string | null = null;

  @ManyToOne(() => Campaign, { ref: false, nullable: true, index: true })
  campaign: Campaign | null = null;

  @Field({ description: '抽取人' })
  @Property({ type: 'string', length: 50 })
  drawnBy!: string;

  @Field()
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
