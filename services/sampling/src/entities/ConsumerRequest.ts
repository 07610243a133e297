import { Enum, Index, OptionalProps, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { LocalDate } from '@shian/subgraph-kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { ConsumerRequestStatus, FoodCategory } from './enums';

/** 你点我检: what the public asked to be tested, how many backed it, and the samples that answered it. */
@Directive('@key(fields: "id")')
@ObjectType({ description: '你点我检征集' })
@Table({ tableName: 'consumer_request' })
export class ConsumerRequest {
  [OptionalProps]?: 'votes' | 'status' | 'reply' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Field({ description: '想检什么' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => FoodCategory)
  @Enum({ items: () => FoodCategory })
  category!: FoodCategory;

  @Field({ description: '说明' })
  @Property({ type: 'string', length: 1000 })
  description!: string;

  @Field({ description: '征集渠道' })
  @Property({ type: 'string', length: 60 })
  channel!: string;

  @Field({ description: '提出人(昵称)' })
  @Property({ type: 'string', length: 60 })
  submittedBy!: string;

  @Field(() => LocalDate, { description: '提出日期' })
  @Index()
  @Property({ type: 'string', length: 10 })
  submittedOn!: string;

  @Field(() => Int, { description: '支持票数' })
  @Property({ type: 'integer' })
  votes: number = 0;

  @Field(() => ConsumerRequestStatus)
  @Enum({ items: () => ConsumerRequestStatus })
  status: ConsumerRequestStatus = ConsumerRequestStatus.COLLECTING;

  @Field(() => String, { nullable: true, description: '答复' })
  @Property({ type: 'string', length: 1000, nullable: true })
  reply: string | null = null;

  @Field()
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
