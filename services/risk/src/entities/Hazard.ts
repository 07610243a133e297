import { Entity as Table, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Audited, DateTimeISO, LocalDate } from '@shian/subgraph-kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { HazardStatus } from './enums';
import { HazardInvestigation } from './HazardInvestigation';
import { Risk } from './Risk';

/**
 * 隐患: found at one business in one investigation round. `townshipId` is the business's township as the entities
 * subgraph answered it when the hazard was recorded (the kit's entityTownship), never the client's.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: '隐患' })
@Audited<Hazard>({ parent: 'investigation' })
@Table({ tableName: 'hazard' })
@Index({ properties: ['townshipId', 'foundOn'] })
@Index({ properties: ['status', 'rectifyBy'] })
export class Hazard {
  [OptionalProps]?:
    | 'rectifiedOn'
    | 'rectifiedNote'
    | 'verifiedBy'
    | 'verifiedOn'
    | 'status'
    | 'risk'
    | 'caseId'
    | 'villageReportId'
    | 'version'
    | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Field({ description: '隐患编号,如 YH-2025-0001' })
  @Property({ type: 'string', length: 30, unique: true })
  code!: string;

  @ManyToOne(() => HazardInvestigation, { ref: false, index: true })
  investigation!: HazardInvestigation;

  /** The entities subgraph's Entity, exposed as `entity`. */
  @Index()
  @Property({ type: 'string', length: 36 })
  entityId!: string;

  /** Exposed as `township`. */
  @Property({ type: 'string', length: 12 })
  townshipId!: string;

  @Field({ description: '隐患描述' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => LocalDate, { description: '发现日期' })
  @Index()
  @Property({ type: 'string', length: 10 })
  foundOn!: string;

  @Field(() => LocalDate, { description: '整改期限' })
  @Property({ type: 'string', length: 10 })
  rectifyBy!: string;

  @Field(() => LocalDate, { nullable: true, description: '整改完成日期' })
  @Property({ type: 'string', length: 10, nullable: true })
  rectifiedOn: string | null = null;

  @Field(() => String, { nullable: true, description: '整改情况' })
  @Property({ type: 'text', nullable: true })
  rectifiedNote: string | null = null;

  @Field(() => String, { nullable: true, description: '复核人' })
  @Property({ type: 'string', length: 100, nullable: true })
  verifiedBy: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: '复核日期' })
  @Property({ type: 'string', length: 10, nullable: true })
  verifiedOn: string | null = null;

  @Field(() => HazardStatus, { description: '整改状态' })
  @Enum({ items: () => HazardStatus })
  status: HazardStatus = HazardStatus.OPEN;

  @ManyToOne(() => Risk, { ref: false, nullable: true, index: true })
  risk: Risk | null = null;

  /** Enforcement's case (or clue) this hazard opened, exposed as `enforcementCase`; checked through the gateway. */
  @Index()
  @Property({ type: 'string', length: 36, nullable: true })
  caseId: string | null = null;

  /**
   * The entities subgraph's village report (村(社区)报告) this hazard was made from: that report's triage sends it and
   * keeps this hazard's id, so the two are linked both ways.
   */
  @Field(() => ID, { nullable: true, description: '来源:村(社区)报告ID(主体与属地子图)' })
  @Index()
  @Property({ type: 'string', length: 36, nullable: true })
  villageReportId: string | null = null;

  @Field(() => Int, { description: '版本号(并发修改检测)' })
  @Property({ version: true })
  version: number = 1;

  @Field(() => DateTimeISO)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
