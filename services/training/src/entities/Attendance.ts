import { Entity as Table, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Audited, DateTimeISO } from '@shian/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { TrainingSession } from './TrainingSession';

/** 签到: one practitioner of one entity at one session. The attendance sheet of a session is its list of these. */
@ObjectType({ description: '培训签到记录' })
@Audited<Attendance>({ parent: 'session' })
@Table({ tableName: 'attendance' })
@Unique({ properties: ['session', 'entityId', 'personName'] })
export class Attendance {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => TrainingSession, { ref: false })
  session!: TrainingSession;

  @Index()
  @Property({ type: 'string', length: 36 })
  entityId!: string;

  /** The entity's township, kept for row scope. */
  @Field(() => ID, { description: '所属乡镇(街道)代码' })
  @Index()
  @Property({ type: 'string', length: 12 })
  townshipId!: string;

  @Field({ description: '姓名' })
  @Property({ type: 'string', length: 50 })
  personName!: string;

  @Field({ description: '岗位(负责人、食品安全管理员、从业人员等)' })
  @Property({ type: 'string', length: 50 })
  jobTitle!: string;

  @Field(() => DateTimeISO, { description: '登记时间' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
