import { Enum, ManyToOne, OptionalProps, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { Audited, LocalDate } from '@shian/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { SampleStatus } from './enums';
import { Sample } from './Sample';

/** One step of a sample's timeline: who moved it, from what to what, on which day, recorded when. Never edited. */
@ObjectType({ description: '样品流转记录' })
@Audited<SampleEvent>({ parent: 'sample' })
@Table({ tableName: 'sample_event' })
export class SampleEvent {
  [OptionalProps]?: 'fromStatus' | 'recordedAt' | 'note';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => Sample, { ref: false, index: true, deleteRule: 'cascade' })
  sample!: Sample;

  @Field(() => SampleStatus, { nullable: true, description: '原状态(登记时为空)' })
  @Enum({ items: () => SampleStatus, nullable: true })
  fromStatus: SampleStatus | null = null;

  @Field(() => SampleStatus, { description: '新状态' })
  @Enum({ items: () => SampleStatus })
  toStatus!: SampleStatus;

  @Field({ description: '事项' })
  @Property({ type: 'string', length: 100 })
  label!: string;

  @Field(() => LocalDate, { description: '业务日期' })
  @Property({ type: 'string', length: 10 })
  happenedOn!: string;

  @Field({ description: '操作人' })
  @Property({ type: 'string', length: 60 })
  recordedBy!: string;

  @Field({ description: '记录时间' })
  @Property({ type: 'datetime' })
  recordedAt: Date = new Date();

  @Field(() => String, { nullable: true, description: '说明' })
  @Property({ type: 'string', length: 500, nullable: true })
  note: string | null = null;
}
