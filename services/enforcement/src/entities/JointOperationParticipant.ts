import { Enum, ManyToOne, OptionalProps, PrimaryKey, Property, Entity as Table, Unique } from '@mikro-orm/core';
import { Audited, LocalDate } from '@shian/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PartnerDepartment } from './enums';
import { JointOperation } from './JointOperation';

/** A partner department's own part in a joint operation: it confirms, and reports what its people did. */
@ObjectType({ description: '联合执法参与部门' })
@Audited<JointOperationParticipant>({ parent: 'operation' })
@Table({ tableName: 'joint_operation_participant' })
@Unique({ properties: ['operation', 'department'] })
export class JointOperationParticipant {
  [OptionalProps]?: 'confirmedOn' | 'personnel' | 'report' | 'confirmedBy';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => JointOperation, { ref: false, index: true, deleteRule: 'cascade' })
  operation!: JointOperation;

  @Field(() => PartnerDepartment)
  @Enum({ items: () => PartnerDepartment })
  department!: PartnerDepartment;

  @Field(() => LocalDate, { nullable: true, description: '确认参加日期;未确认为空' })
  @Property({ type: 'string', length: 10, nullable: true })
  confirmedOn: string | null = null;

  @Field(() => Int, { description: '出动人员(人次)' })
  @Property({ type: 'integer' })
  personnel: number = 0;

  @Field(() => String, { nullable: true, description: '本部门工作情况' })
  @Property({ type: 'string', length: 1000, nullable: true })
  report: string | null = null;

  @Field(() => String, { nullable: true, description: '确认人' })
  @Property({ type: 'string', length: 50, nullable: true })
  confirmedBy: string | null = null;
}
