import { Entity as Table, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { DateTimeISO } from '@shian/subgraph-kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { IncidentKind, IncidentLevel, IncidentStep } from './enums';
import { fromList } from './lists';

/**
 * 突发事件: an incident, its response steps (IncidentTimelineEntry, in IncidentStep's order only) and when it was
 * reported up. `receivedAt` (接报) starts the reporting clock. Partner departments on the response
 * (`responseDepartmentList`) see it; linked samples and cases are ids checked through the gateway on write.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: '食品安全突发事件' })
@Table({ tableName: 'incident' })
@Index({ properties: ['townshipId', 'occurredAt'] })
export class Incident {
  [OptionalProps]?:
    | 'entityId'
    | 'reportedAt'
    | 'currentStep'
    | 'sampleIds'
    | 'caseIds'
    | 'version'
    | 'createdAt'
    | 'updatedAt'
    | 'responseDepartments';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Field({ description: '事件编号,如 SJ-2025-001' })
  @Property({ type: 'string', length: 30, unique: true })
  code!: string;

  @Field({ description: '事件名称' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => IncidentKind, { description: '事件类型' })
  @Enum({ items: () => IncidentKind })
  kind!: IncidentKind;

  @Field(() => IncidentLevel, { description: '事件级别' })
  @Enum({ items: () => IncidentLevel })
  level!: IncidentLevel;

  @Field(() => DateTimeISO, { description: '发生时间' })
  @Index()
  @Property({ type: 'datetime' })
  occurredAt!: Date;

  @Field({ description: '发生地点' })
  @Property({ type: 'string', length: 300 })
  place!: string;

  /** The business concerned, if any, exposed as `entity`. */
  @Index()
  @Property({ type: 'string', length: 36, nullable: true })
  entityId: string | null = null;

  /** Exposed as `township`: the business's when there is one, else the place's. */
  @Property({ type: 'string', length: 12 })
  townshipId!: string;

  @Field(() => Int, { description: '涉及人数' })
  @Property({ type: 'integer' })
  affected!: number;

  @Field(() => DateTimeISO, { description: '接报时间(报告时限自此起算)' })
  @Property({ type: 'datetime' })
  receivedAt!: Date;

  /**
   * The reporting limit in force when the incident was received (接报), in hours, and that rule's source: its clock
   * runs on these, so a leader's later edit of the limits applies to incidents received after it, never to past ones.
   */
  @Property({ type: 'integer' })
  reportHours!: number;

  @Property({ type: 'string', length: 300 })
  reportRuleSource!: string;

  @Field(() => DateTimeISO, { nullable: true, description: '向上级报告的时间' })
  @Property({ type: 'datetime', nullable: true })
  reportedAt: Date | null = null;

  @Index()
  @Property({ type: 'string', length: 500 })
  responseDepartmentList!: string;

  @Field(() => IncidentStep, { description: '当前处置步骤' })
  @Enum({ items: () => IncidentStep })
  currentStep: IncidentStep = IncidentStep.RECEIVED;

  /** Sampling's samples linked to the incident, exposed as `samples`. */
  @Property({ type: 'json' })
  sampleIds: string[] = [];

  /** Enforcement's cases linked to the incident, exposed as `cases`. */
  @Property({ type: 'json' })
  caseIds: string[] = [];

  @Field(() => Int, { description: '版本号(并发修改检测)' })
  @Property({ version: true })
  version: number = 1;

  @Field(() => DateTimeISO)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => DateTimeISO)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => [String], { description: '参与应急处置的部门' })
  get responseDepartments(): string[] {
    return fromList(this.responseDepartmentList);
  }
}
