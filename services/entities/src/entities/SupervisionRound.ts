import { Index, ManyToOne, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '@shian/subgraph-kit';
import { Township } from './Township';

/** 督查: the district's inspection of a township's food-safety work, in batches through the year. */
@ObjectType({ description: '乡镇(街道)督查' })
@Table({ tableName: 'supervision_round' })
export class SupervisionRound {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => Township, { ref: false, index: true })
  township!: Township;

  @Field(() => Int)
  @Index()
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => Int, { description: '批次(第几批)' })
  @Property({ type: 'integer' })
  batch!: number;

  @Field(() => LocalDate, { description: '督查日期' })
  @Property({ type: 'string', length: 10 })
  inspectedOn!: string;

  @Field({ description: '督查发现' })
  @Property({ type: 'text' })
  findings!: string;
}
