import { Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { Audited, LocalDate } from '@shian/subgraph-kit';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  COMPLAINT_LABELS,
  ComplaintChannel,
  ComplaintKind,
  ComplaintOutcome,
  ComplaintStatus,
  MediationResult,
} from '../rules/complaints';

export { ComplaintChannel, ComplaintKind, ComplaintOutcome, ComplaintStatus, MediationResult };

const described = (labels: Record<string, string>) =>
  Object.fromEntries(Object.entries(labels).map(([value, description]) => [value, { description }]));

registerEnumType(ComplaintKind, {
  name: 'ComplaintKind',
  description: '投诉或举报',
  valuesConfig: described(COMPLAINT_LABELS.ComplaintKind),
});
registerEnumType(ComplaintChannel, {
  name: 'ComplaintChannel',
  description: '投诉举报渠道',
  valuesConfig: described(COMPLAINT_LABELS.ComplaintChannel),
});
registerEnumType(ComplaintStatus, {
  name: 'ComplaintStatus',
  description: '投诉举报办理状态',
  valuesConfig: described(COMPLAINT_LABELS.ComplaintStatus),
});
registerEnumType(ComplaintOutcome, {
  name: 'ComplaintOutcome',
  description: '投诉举报处理结果',
  valuesConfig: described(COMPLAINT_LABELS.ComplaintOutcome),
});
registerEnumType(MediationResult, {
  name: 'MediationResult',
  description: '调解结果',
  valuesConfig: described(COMPLAINT_LABELS.MediationResult),
});

/**
 * 投诉举报: one complaint or report as received, and what became of it. Its status moves only through the
 * transition table (rules/complaints.ts); the complainant's personal data is read only through `Complaint.complainant`,
 * which masks it for those who do not handle the record. Not a federation key: no other subgraph points at it.
 */
@ObjectType({ description: '投诉举报' })
@Audited<Complaint>({ personal: ['complainantName'] })
@Table({ tableName: 'complaint' })
export class Complaint {
  [OptionalProps]?:
    | 'status'
    | 'outcome'
    | 'complainantName'
    | 'complainantPhone'
    | 'complainantIdNumber'
    | 'decidedOn'
    | 'refusedReason'
    | 'mediationResult'
    | 'mediationNote'
    | 'caseId'
    | 'answeredOn'
    | 'answer'
    | 'extended'
    | 'version'
    | 'createdAt'
    | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Field({ description: '登记编号,如 巴州投诉举报〔2024〕12号' })
  @Property({ type: 'string', length: 60, unique: true })
  code!: string;

  @Field(() => ComplaintKind)
  @Index()
  @Enum({ items: () => ComplaintKind })
  kind!: ComplaintKind;

  @Field(() => ComplaintChannel)
  @Index()
  @Enum({ items: () => ComplaintChannel })
  channel!: ComplaintChannel;

  @Field(() => ComplaintStatus)
  @Index()
  @Enum({ items: () => ComplaintStatus })
  status: ComplaintStatus = ComplaintStatus.RECEIVED;

  @Field(() => ComplaintOutcome)
  @Index()
  @Enum({ items: () => ComplaintOutcome })
  outcome: ComplaintOutcome = ComplaintOutcome.PENDING;

  /** Personal data: read only through `complainant` (masked unless the caller handles the record). */
  @Property({ type: 'string', length: 50, nullable: true })
  complainantName: string | null = null;

  @Property({ type: 'string', length: 30, nullable: true })
  complainantPhone: string | null = null;

  @Property({ type: 'string', length: 18, nullable: true })
  complainantIdNumber: string | null = null;

  @Index()
  @Property({ type: 'string', length: 36 })
  entityId!: string;

  /** The business's registered name when the complaint was registered (from the entities subgraph, never the form). */
  @Property({ type: 'string', length: 200 })
  partyName!: string;

  /** The business's township (from the register): the handling township, and the row's scope. */
  @Field(() => ID, { description: '被投诉举报主体所属乡镇(街道)代码' })
  @Index()
  @Property({ type: 'string', length: 12 })
  townshipId!: string;

  @Field({ description: '投诉举报内容' })
  @Property({ type: 'text' })
  content!: string;

  @Field(() => LocalDate, { description: '收到日期' })
  @Index()
  @Property({ type: 'string', length: 10 })
  receivedOn!: string;

  @Field(() => LocalDate, { nullable: true, description: '作出受理、不予受理或转线索决定的日期' })
  @Property({ type: 'string', length: 10, nullable: true })
  decidedOn: string | null = null;

  @Field(() => String, { nullable: true, description: '不予受理理由' })
  @Property({ type: 'string', length: 1000, nullable: true })
  refusedReason: string | null = null;

  @Field(() => MediationResult, { nullable: true })
  @Enum({ items: () => MediationResult, nullable: true })
  mediationResult: MediationResult | null = null;

  @Field(() => String, { nullable: true, description: '调解情况' })
  @Property({ type: 'string', length: 1000, nullable: true })
  mediationNote: string | null = null;

  /** The clue or case it became (enforcement's own Case). */
  @Field(() => ID, { nullable: true, description: '转为的线索(案件)ID' })
  @Index()
  @Property({ type: 'string', length: 36, nullable: true })
  caseId: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: '答复日期' })
  @Property({ type: 'string', length: 10, nullable: true })
  answeredOn: string | null = null;

  @Field(() => String, { nullable: true, description: '答复内容' })
  @Property({ type: 'string', length: 2000, nullable: true })
  answer: string | null = null;

  @Field({ description: '举报核查期限是否经批准延长' })
  @Property({ type: 'boolean' })
  extended: boolean = false;

  @Field(() => Int, { description: '版本号:修改时提交,他人已修改则冲突' })
  @Property({ type: 'integer', version: true })
  version!: number;

  @Field()
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field()
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** One step of a complaint's handling, append-only: who did what, on which date. Never holds personal data. */
@ObjectType({ description: '投诉举报办理记录' })
@Audited<ComplaintStep>({ parent: 'complaint' })
@Table({ tableName: 'complaint_step' })
export class ComplaintStep {
  [OptionalProps]?: 'note' | 'at';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => Complaint, { ref: false, index: true, deleteRule: 'cascade' })
  complaint!: Complaint;

  @Field({ description: '办理事项' })
  @Property({ type: 'string', length: 100 })
  action!: string;

  @Field(() => ComplaintStatus, { description: '办理后的状态' })
  @Enum({ items: () => ComplaintStatus })
  status!: ComplaintStatus;

  @Field(() => LocalDate, { description: '办理日期' })
  @Property({ type: 'string', length: 10 })
  doneOn!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 2000, nullable: true })
  note: string | null = null;

  @Field({ description: '办理人账号' })
  @Property({ type: 'string', length: 100 })
  username!: string;

  @Field({ description: '办理人' })
  @Property({ type: 'string', length: 100 })
  actor!: string;

  @Field({ description: '记录时间' })
  @Index()
  @Property({ type: 'datetime' })
  at: Date = new Date();
}
