import { Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { DateTimeISO, LocalDate } from '@shian/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Entity } from './Entity';
import { VillageReportKind, VillageReportStatus } from './enums';
import { Village } from './Village';

/** A photo kept in the photo store (src/villages/photo-store.ts) under `key`; the row keeps what the store holds. */
export interface StoredPhoto {
  key: string;
  contentType: string;
  size: number;
}

/**
 * 村(社区)报告: what a village liaison saw at a business, waiting in the township's queue until township staff
 * triage it (dismiss with a reason, or turn it into a hazard in risk or a clue in enforcement: the other record's
 * id is kept here, and that record keeps this one's id). `townshipId` is the village's, fixed at receipt.
 */
@ObjectType({ description: '村(社区)报告' })
@Table({ tableName: 'village_report' })
@Index({ properties: ['townshipId', 'receivedAt'] })
@Index({ properties: ['village', 'receivedAt'] })
@Index({ properties: ['status', 'dueOn'] })
export class VillageReport {
  [OptionalProps]?:
    | 'entity'
    | 'status'
    | 'dismissReason'
    | 'hazardId'
    | 'caseId'
    | 'triagedBy'
    | 'triagedAt'
    | 'version'
    | 'photos';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => Village, { ref: false })
  village!: Village;

  @Property({ type: 'string', length: 12 })
  townshipId!: string;

  /** The business picked from the register (of the liaison's village), or null when only a name was typed. */
  @ManyToOne(() => Entity, { ref: false, nullable: true, index: true })
  entity: Entity | null = null;

  @Field({ description: '主体名称(选择的主体为登记名称,未登记的为填写的名称)' })
  @Property({ type: 'string', length: 200 })
  entityName!: string;

  @Field(() => VillageReportKind, { description: '隐患或线索' })
  @Enum({ items: () => VillageReportKind })
  kind!: VillageReportKind;

  @Field({ description: '所见情况' })
  @Property({ type: 'text' })
  description!: string;

  /** Exposed as `photos` (each readable as a data URL by those who may read the report). */
  @Property({ type: 'json' })
  photos: StoredPhoto[] = [];

  @Field({ description: '报告人' })
  @Property({ type: 'string', length: 50 })
  reporterName!: string;

  /** The liaison's login: their own reports are the ones they see. */
  @Index()
  @Property({ type: 'string', length: 100 })
  reporterUsername!: string;

  @Field(() => DateTimeISO, { description: '接收时间' })
  @Property({ type: 'datetime' })
  receivedAt!: Date;

  @Field(() => LocalDate, { description: '接收日期(北京时间)' })
  @Property({ type: 'string', length: 10 })
  receivedOn!: string;

  @Field(() => LocalDate, { description: '分办期限:接收日起若干个工作日(本局日历)' })
  @Property({ type: 'string', length: 10 })
  dueOn!: string;

  @Field(() => VillageReportStatus, { description: '分办状态' })
  @Enum({ items: () => VillageReportStatus })
  status: VillageReportStatus = VillageReportStatus.PENDING;

  @Field(() => String, { nullable: true, description: '不予处理的理由' })
  @Property({ type: 'text', nullable: true })
  dismissReason: string | null = null;

  @Field(() => ID, { nullable: true, description: '转成的隐患(风险与应急)' })
  @Property({ type: 'string', length: 36, nullable: true })
  hazardId: string | null = null;

  @Field(() => ID, { nullable: true, description: '转成的执法线索' })
  @Property({ type: 'string', length: 36, nullable: true })
  caseId: string | null = null;

  @Field(() => String, { nullable: true, description: '分办人' })
  @Property({ type: 'string', length: 50, nullable: true })
  triagedBy: string | null = null;

  @Field(() => DateTimeISO, { nullable: true, description: '分办时间' })
  @Property({ type: 'datetime', nullable: true })
  triagedAt: Date | null = null;

  @Field(() => Int, { description: '版本号(并发修改检测)' })
  @Property({ type: 'integer', version: true })
  version: number = 1;
}

/** The district's setting for the triage clock (one row, id 1): leaders change it. */
@ObjectType({ description: '村(社区)报告分办设置' })
@Table({ tableName: 'village_report_setting' })
export class VillageReportSetting {
  [OptionalProps]?: 'updatedBy' | 'updatedAt';

  @PrimaryKey({ type: 'integer', autoincrement: false })
  id!: number;

  @Field(() => Int, { description: '分办期限(工作日),自接收之日起算' })
  @Property({ type: 'integer' })
  triageWorkingDays!: number;

  @Field(() => String, { nullable: true, description: '最近修改人' })
  @Property({ type: 'string', length: 50, nullable: true })
  updatedBy: string | null = null;

  @Field(() => DateTimeISO)
  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}
