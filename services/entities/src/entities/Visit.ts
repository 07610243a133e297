import { ManyToOne, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Audited, LocalDate } from '@shian/subgraph-kit';
import { Assignment } from './Assignment';

/** 包保督导: one visit of an official to the entity in their charge. */
@ObjectType({ description: '包保督导记录' })
@Audited<Visit>({ parent: (visit) => visit.assignment.entity })
@Table({ tableName: 'visit' })
export class Visit {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => Assignment, { ref: false, index: true })
  assignment!: Assignment;

  @Field(() => LocalDate, { description: '督导日期' })
  @Property({ type: 'string', length: 10 })
  visitedOn!: string;

  @Field({ description: '督导发现' })
  @Property({ type: 'text' })
  findings!: string;
}
