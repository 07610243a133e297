import { PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { LocalDate } from '@shian/subgraph-kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/** 食品安全宣传周: a themed week whose activities are outreach events. */
@Directive('@key(fields: "id")')
@ObjectType({ description: '食品安全宣传周' })
@Table({ tableName: 'publicity_week' })
export class PublicityWeek {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field({ description: '名称' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field({ description: '主题' })
  @Property({ type: 'string', length: 100 })
  theme!: string;

  @Field(() => LocalDate)
  @Property({ type: 'string', length: 10 })
  startsOn!: string;

  @Field(() => LocalDate)
  @Property({ type: 'string', length: 10 })
  endsOn!: string;

  @Field({ description: '主办、承办单位' })
  @Property({ type: 'string', length: 200 })
  organizer!: string;
}
