import { Entity as Table, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { DateTimeISO, LocalDate } from '@shian/subgraph-kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Consultation } from './Consultation';
import { Drill } from './Drill';
import { DutyFrequency, DutyOwnerKind, DutyStatus } from './enums';
import { Risk } from './Risk';

/**
 * 责任清单: one duty, owned by a department, a township or an official (包保干部), with a due date or a frequency.
 * It may come from a risk, a consultation's conclusion or a drill's follow-up. `ownerTownshipId` is the township
 * of an official owner (as the entities subgraph answered it when the duty was written), so that "duties of an
 * official of my township" is a column, not a call.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: '责任(责任清单)' })
@Table({ tableName: 'duty' })
@Index({ properties: ['status', 'dueDate'] })
export class Duty {
  [OptionalProps]?:
    | 'basis'
    | 'ownerDepartment'
    | 'townshipId'
    | 'ownerId'
    | 'ownerTownshipId'
    | 'dueDate'
    | 'frequency'
    | 'status'
    | 'evidence'
    | 'completedAt'
    | 'risk'
    | 'consultation'
    | 'drill'
    | 'next'
    | 'version'
    | 'createdAt'
    | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Field({ description: '责任编号,如 ZR-2025-001' })
  @Property({ type: 'string', length: 30, unique: true })
  code!: string;

  @Field({ description: '任务内容' })
  @Property({ type: 'text' })
  task!: string;

  @Field(() => String, { nullable: true, description: '法律或政策依据' })
  @Property({ type: 'string', length: 500, nullable: true })
  basis: string | null = null;

  @Field(() => DutyOwnerKind, { description: '责任主体类型' })
  @Enum({ items: () => DutyOwnerKind })
  ownerKind!: DutyOwnerKind;

  @Field(() => String, { nullable: true, description: '责任部门' })
  @Property({ type: 'string', length: 100, nullable: true })
  ownerDepartment: string | null = null;

  /** The owning township (ownerKind TOWNSHIP), exposed as `township`. */
  @Index()
  @Property({ type: 'string', length: 12, nullable: true })
  townshipId: string | null = null;

  /** The owning official (ownerKind OFFICIAL), exposed as `owner`. */
  @Index()
  @Property({ type: 'string', length: 36, nullable: true })
  ownerId: string | null = null;

  /** The owning official's township (null for a district official). */
  @Index()
  @Property({ type: 'string', length: 12, nullable: true })
  ownerTownshipId: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: '完成时限' })
  @Property({ type: 'string', length: 10, nullable: true })
  dueDate: string | null = null;

  @Field(() => DutyFrequency, { description: '履职频次' })
  @Enum({ items: () => DutyFrequency })
  frequency: DutyFrequency = DutyFrequency.ONCE;

  @Field(() => DutyStatus, { description: '落实状态' })
  @Enum({ items: () => DutyStatus })
  status: DutyStatus = DutyStatus.PENDING;

  @Field(() => String, { nullable: true, description: '落实佐证' })
  @Property({ type: 'text', nullable: true })
  evidence: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: '完成日期' })
  @Index()
  @Property({ type: 'string', length: 10, nullable: true })
  completedAt: string | null = null;

  @ManyToOne(() => Risk, { ref: false, nullable: true, index: true })
  risk: Risk | null = null;

  @ManyToOne(() => Consultation, { ref: false, nullable: true, index: true })
  consultation: Consultation | null = null;

  @ManyToOne(() => Drill, { ref: false, nullable: true, index: true })
  drill: Drill | null = null;

  /**
   * The next period's duty, created when a recurring duty is completed (exposed as `next`): this row stays as the
   * record of its period, evidence and completion date included.
   */
  @ManyToOne(() => Duty, { ref: false, nullable: true, index: true })
  next: Duty | null = null;

  @Field(() => Int, { description: '版本号(并发修改检测)' })
  @Property({ version: true })
  version: number = 1;

  @Field(() => DateTimeISO)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => DateTimeISO)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
