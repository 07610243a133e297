import { Entity as Table, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Audited, DateTimeISO } from '@shian/subgraph-kit';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { TrainingSession } from './TrainingSession';

/**
 * 执法人员签到: one officer of the bureau's inspector roll (the enforcement subgraph's `inspectors`, 执法证号 and
 * unit as the roll had them when signed in) at one officers' session, with the hours credited.
 */
@ObjectType({ description: '执法人员培训签到记录' })
@Audited<OfficerAttendance>({ parent: 'session' })
@Table({ tableName: 'officer_attendance' })
@Unique({ properties: ['session', 'officerId'] })
export class OfficerAttendance {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => TrainingSession, { ref: false })
  session!: TrainingSession;

  @Field(() => ID, { description: '执法人员ID(执法检查人员名录)' })
  @Index()
  @Property({ type: 'string', length: 36 })
  officerId!: string;

  @Field({ description: '姓名' })
  @Property({ type: 'string', length: 50 })
  officerName!: string;

  @Field({ description: '执法证号' })
  @Property({ type: 'string', length: 30 })
  badgeNumber!: string;

  @Field({ description: '所属科室(所)' })
  @Property({ type: 'string', length: 50 })
  unit!: string;

  @Field(() => Float, { description: '计入学时' })
  @Property({ type: 'double' })
  hours!: number;

  @Field(() => DateTimeISO, { description: '登记时间' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
