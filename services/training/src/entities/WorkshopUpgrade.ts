import { Entity as Table, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { LocalDate } from '@shian/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { WorkshopLevel } from './enums';

/** 小作坊提档升级: a workshop accepted at a higher level on a day. */
@ObjectType({ description: '小作坊提档升级' })
@Table({ tableName: 'workshop_upgrade' })
export class WorkshopUpgrade {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Index()
  @Property({ type: 'string', length: 36 })
  entityId!: string;

  @Field(() => ID, { description: '所属乡镇(街道)代码' })
  @Index()
  @Property({ type: 'string', length: 12 })
  townshipId!: string;

  @Field(() => WorkshopLevel, { description: '原等级' })
  @Enum({ items: () => WorkshopLevel })
  fromLevel!: WorkshopLevel;

  @Field(() => WorkshopLevel, { description: '提升后等级' })
  @Enum({ items: () => WorkshopLevel })
  toLevel!: WorkshopLevel;

  @Field(() => LocalDate, { description: '验收日期' })
  @Index()
  @Property({ type: 'string', length: 10 })
  acceptedOn!: string;

  @Field({ description: '验收人' })
  @Property({ type: 'string', length: 100 })
  acceptedBy!: string;

  @Field({ description: '整改提升内容' })
  @Property({ type: 'text' })
  improvements!: string;
}
