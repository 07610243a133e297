import { Entity as Table, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { DateTimeISO, LocalDate } from '@shian/subgraph-kit';
import { Directive, Field, Float, ID, ObjectType } from 'type-graphql';
import { TrainingAudience, TrainingMode } from './enums';

/** 培训: one session for one audience. District-wide unless held for one township. */
@Directive('@key(fields: "id")')
@ObjectType({ description: '培训' })
@Table({ tableName: 'training_session' })
export class TrainingSession {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Field({ description: '培训主题' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => TrainingAudience, { description: '培训对象' })
  @Enum({ items: () => TrainingAudience })
  audience!: TrainingAudience;

  @Field(() => LocalDate, { description: '培训日期' })
  @Index()
  @Property({ type: 'string', length: 10 })
  heldOn!: string;

  @Field({ description: '授课人' })
  @Property({ type: 'string', length: 100 })
  trainer!: string;

  @Field(() => TrainingMode, { description: '培训方式' })
  @Enum({ items: () => TrainingMode })
  mode!: TrainingMode;

  @Field(() => String, { nullable: true, description: '培训地点(线上培训可为空)' })
  @Property({ type: 'string', length: 200, nullable: true })
  place?: string | null;

  @Field(() => Float, { description: '学时' })
  @Property({ type: 'double' })
  hours!: number;

  @Field({ description: '培训内容' })
  @Property({ type: 'text' })
  topics!: string;

  @Field(() => ID, { nullable: true, description: '承办乡镇(街道)代码;为空表示全区' })
  @Property({ type: 'string', length: 12, nullable: true })
  townshipId?: string | null;

  @Field(() => DateTimeISO)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => DateTimeISO)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
