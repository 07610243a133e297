import { Entity as Table, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { LocalDate } from '@shian/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TrainingSession } from './TrainingSession';

/**
 * 考核: one batch of an entity's practitioners assessed on one day. A re-sit (补考) is a batch of its own that
 * points at the first sitting, so both count as batches and the first sitting's outcome stays as it was.
 */
@ObjectType({ description: '考核批次' })
@Table({ tableName: 'training_assessment' })
export class TrainingAssessment {
  [OptionalProps]?: 'session' | 'resitOf';

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

  @ManyToOne(() => TrainingSession, { ref: false, nullable: true, index: true })
  session?: TrainingSession | null;

  @Field(() => LocalDate, { description: '考核日期' })
  @Index()
  @Property({ type: 'string', length: 10 })
  assessedOn!: string;

  @Field(() => Int, { description: '参考人数' })
  @Property({ type: 'integer' })
  assessed!: number;

  @Field(() => Int, { description: '合格人数' })
  @Property({ type: 'integer' })
  passed!: number;

  @Field({ description: '考核人' })
  @Property({ type: 'string', length: 100 })
  examiner!: string;

  @ManyToOne(() => TrainingAssessment, { ref: false, nullable: true, index: true })
  resitOf?: TrainingAssessment | null;
}
