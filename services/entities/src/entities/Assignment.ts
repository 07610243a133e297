import { ManyToOne, OptionalProps, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Audited, LocalDate } from '@shian/subgraph-kit';
import { Entity } from './Entity';
import { Official } from './Official';

/** 包保关系: an official answers for an entity over a period. */
@ObjectType({ description: '包保关系' })
@Audited<Assignment>({ parent: 'entity' })
@Table({ tableName: 'assignment' })
export class Assignment {
  [OptionalProps]?: 'endsOn' | 'lastVisitOn';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => Official, { ref: false, index: true })
  official!: Official;

  @ManyToOne(() => Entity, { ref: false, index: true })
  entity!: Entity;

  @Field(() => LocalDate, { description: '包保开始日期' })
  @Property({ type: 'string', length: 10 })
  startsOn!: string;

  @Field(() => LocalDate, { nullable: true, description: '包保结束日期,为空表示长期' })
  @Property({ type: 'string', length: 10, nullable: true })
  endsOn: string | null = null;

  /** Kept by recordVisit so that schedules need no aggregate query. */
  @Field(() => LocalDate, { nullable: true, description: '最近一次督导日期' })
  @Property({ type: 'string', length: 10, nullable: true })
  lastVisitOn: string | null = null;
}
