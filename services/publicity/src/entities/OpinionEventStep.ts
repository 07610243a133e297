import { Enum, ManyToOne, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { Audited, DateTimeISO } from '@shian/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { OpinionStatus } from './enums';
import { OpinionEvent } from './OpinionEvent';

/** One move of an opinion event, kept for good: who moved it from where to where, when, and why. */
@ObjectType({ description: '舆情处置记录' })
@Audited<OpinionEventStep>({ parent: 'event' })
@Table({ tableName: 'opinion_event_step' })
export class OpinionEventStep {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => OpinionEvent, { ref: false, index: true })
  event!: OpinionEvent;

  @Field(() => OpinionStatus, { nullable: true, description: '变更前阶段(登记时为空)' })
  @Enum({ items: () => OpinionStatus, nullable: true })
  fromStatus?: OpinionStatus | null;

  @Field(() => OpinionStatus, { description: '变更后阶段' })
  @Enum({ items: () => OpinionStatus })
  toStatus!: OpinionStatus;

  @Field(() => DateTimeISO)
  @Property({ type: 'datetime' })
  at!: Date;

  @Field({ description: '操作人账号' })
  @Property({ type: 'string', length: 50 })
  by!: string;

  @Field({ description: '操作人' })
  @Property({ type: 'string', length: 50 })
  byName!: string;

  @Field({ description: '处理情况' })
  @Property({ type: 'text' })
  note!: string;
}
