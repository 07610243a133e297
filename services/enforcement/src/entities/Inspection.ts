import { Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { LocalDate } from '@shian/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { Campaign } from './Campaign';
import { DrawItem } from './DrawItem';
import { InspectionKind, InspectionVerdict } from './enums';

/** 监督检查: at least two inspectors, a verdict, findings, a rectification deadline, the result published. */
@ObjectType({ description: '监督检查' })
@Table({ tableName: 'inspection' })
export class Inspection {
  [OptionalProps]?:
    | 'inspectorIds'
    | 'rectificationDeadline'
    | 'rectifiedOn'
    | 'publishedOn'
    | 'campaign'
    | 'drawItem'
    | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Index()
  @Property({ type: 'string', length: 36 })
  entityId!: string;

  /** The entity's township, kept for row scope. */
  @Field(() => ID, { description: '主体所属乡镇(街道)代码' })
  @Index()
  @Property({ type: 'string', length: 12 })
  townshipId!: string;

  @Field(() => LocalDate, { description: '检查日期' })
  @Index()
  @Property({ type: 'string', length: 10 })
  inspectedOn!: string;

  @Field(() => InspectionKind)
  @Index()
  @Enum({ items: () => InspectionKind })
  kind!: InspectionKind;

  @Field(() => InspectionVerdict)
  @Index()
  @Enum({ items: () => InspectionVerdict })
  verdict!: InspectionVerdict;

  /** Comma-separated inspector ids: the two (or more) who signed the record. */
  @Property({ type: 'string', length: 400 })
  inspectorIdList!: string;

  get inspectorIds(): string[] {
    return this.inspectorIdList ? this.inspectorIdList.split(',') : [];
  }

  @Field({ description: '发现的问题' })
  @Property({ type: 'text' })
  findings!: string;

  @Field(() => LocalDate, { nullable: true, description: '整改期限' })
  @Property({ type: 'string', length: 10, nullable: true })
  rectificationDeadline: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: '整改完成(复查)日期' })
  @Property({ type: 'string', length: 10, nullable: true })
  rectifiedOn: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: '结果公开日期' })
  @Property({ type: 'string', length: 10, nullable: true })
  publishedOn: string | null = null;

  @ManyToOne(() => Campaign, { ref: false, nullable: true, index: true })
  campaign: Campaign | null = null;

  @ManyToOne(() => DrawItem, { ref: false, nullable: true, unique: true })
  drawItem: DrawItem | null = null;

  @Field()
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
