import { Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { LocalDate } from '@shian/subgraph-kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { OutreachKind } from './enums';
import { PublicityWeek } from './PublicityWeek';

/** 宣传活动: one outreach activity on one day, possibly part of a publicity week. */
@Directive('@key(fields: "id")')
@ObjectType({ description: '宣传活动' })
@Table({ tableName: 'outreach_event' })
export class OutreachEvent {
  [OptionalProps]?: 'week';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Field({ description: '活动名称' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field({ description: '宣传主题' })
  @Property({ type: 'string', length: 200 })
  theme!: string;

  @Field(() => OutreachKind)
  @Enum({ items: () => OutreachKind })
  kind!: OutreachKind;

  @Field(() => LocalDate, { description: '活动日期' })
  @Index()
  @Property({ type: 'string', length: 10 })
  heldOn!: string;

  @Field({ description: '活动地点' })
  @Property({ type: 'string', length: 200 })
  place!: string;

  /** Where it was held; not a scope (outreach is the district's work, visible to every bureau role). */
  @Field(() => ID, { nullable: true, description: '所在乡镇(街道)代码' })
  @Property({ type: 'string', length: 12, nullable: true })
  townshipId?: string | null;

  @Field({ description: '组织单位' })
  @Property({ type: 'string', length: 200 })
  organizer!: string;

  @Field(() => Int, { description: '发放宣传资料(份)' })
  @Property({ type: 'integer' })
  materials!: number;

  @Field(() => Int, { description: '受众人数' })
  @Property({ type: 'integer' })
  peopleReached!: number;

  @ManyToOne(() => PublicityWeek, { ref: false, nullable: true, index: true })
  week?: PublicityWeek | null;
}
