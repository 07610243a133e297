import { Enum, Index, OptionalProps, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { DateTimeISO } from '@shian/subgraph-kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { OpinionSeverity, OpinionStatus } from './enums';

/**
 * 舆情: what was said where, and how the bureau dealt with it. The status moves only through the lifecycle table
 * (src/rules/lifecycle.ts), each move recorded as an OpinionEventStep; `version` makes two simultaneous moves of
 * one event a conflict instead of a silent overwrite.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: '食品安全舆情' })
@Table({ tableName: 'opinion_event' })
export class OpinionEvent {
  [OptionalProps]?: 'status' | 'version' | 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Field({ description: '舆情标题' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field({ description: '舆情内容摘要(说了什么)' })
  @Property({ type: 'text' })
  content!: string;

  @Field({ description: '发现平台(在哪里说的)' })
  @Property({ type: 'string', length: 100 })
  platform!: string;

  @Field(() => String, { nullable: true, description: '原帖链接' })
  @Property({ type: 'string', length: 500, nullable: true })
  sourceUrl?: string | null;

  @Field(() => DateTimeISO, { description: '发现时间' })
  @Index()
  @Property({ type: 'datetime' })
  detectedAt!: Date;

  @Field(() => OpinionSeverity)
  @Enum({ items: () => OpinionSeverity })
  severity!: OpinionSeverity;

  @Field(() => OpinionStatus)
  @Index()
  @Enum({ items: () => OpinionStatus })
  status: OpinionStatus = OpinionStatus.DETECTED;

  @Index()
  @Property({ type: 'string', length: 36, nullable: true })
  entityId?: string | null;

  /** The related entity's township, kept for row scope; null for events that concern no one business. */
  @Field(() => ID, { nullable: true, description: '涉及主体所属乡镇(街道)代码' })
  @Index()
  @Property({ type: 'string', length: 12, nullable: true })
  townshipId?: string | null;

  /** The enforcement case opened for it (`case` resolves it through the enforcement subgraph). */
  @Field(() => ID, { nullable: true, description: '关联案件编号(执法办案)' })
  @Property({ type: 'string', length: 36, nullable: true })
  caseId?: string | null;

  @Field(() => String, { nullable: true, description: '升级上报单位' })
  @Property({ type: 'string', length: 100, nullable: true })
  escalatedTo?: string | null;

  @Field(() => DateTimeISO, { nullable: true, description: '办结时间' })
  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;

  @Field(() => Int, { description: '版本号(并发修改检测)' })
  @Property({ type: 'integer', version: true })
  version!: number;

  @Field(() => DateTimeISO)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => DateTimeISO)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
