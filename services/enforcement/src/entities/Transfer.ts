import { Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { Audited, LocalDate } from '@shian/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { Case } from './Case';
import { PartnerDepartment, TransferKind, TransferOutcome, TransferStatus } from './enums';

/**
 * 移送: a case (or clue) sent to another department. The bureau writes the transfer; the receiving department
 * writes its own receipt (回执) and its answer, and nothing else.
 */
@ObjectType({ description: '案件移送' })
@Audited<Transfer>({ parent: 'caseFile' })
@Table({ tableName: 'transfer' })
export class Transfer {
  [OptionalProps]?:
    | 'status'
    | 'copiedToProcuratorate'
    | 'receivedOn'
    | 'receiptNumber'
    | 'receivedBy'
    | 'answeredOn'
    | 'outcome'
    | 'outcomeNote'
    | 'partnerCaseNumber'
    | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => Case, { ref: false, index: true, deleteRule: 'cascade' })
  caseFile!: Case;

  @Field(() => PartnerDepartment, { description: '接收部门' })
  @Index()
  @Enum({ items: () => PartnerDepartment })
  department!: PartnerDepartment;

  @Field(() => TransferKind)
  @Enum({ items: () => TransferKind })
  kind!: TransferKind;

  @Field(() => LocalDate, { description: '移送日期' })
  @Index()
  @Property({ type: 'string', length: 10 })
  transferredOn!: string;

  @Field({ description: '移送理由(涉嫌罪名或管辖依据)' })
  @Property({ type: 'string', length: 1000 })
  reason!: string;

  @Field({ description: '是否抄送检察院' })
  @Property({ type: 'boolean' })
  copiedToProcuratorate: boolean = false;

  @Field(() => TransferStatus)
  @Index()
  @Enum({ items: () => TransferStatus })
  status: TransferStatus = TransferStatus.SENT;

  @Field(() => LocalDate, { nullable: true, description: '接收日期(回执)' })
  @Property({ type: 'string', length: 10, nullable: true })
  receivedOn: string | null = null;

  @Field(() => String, { nullable: true, description: '回执编号' })
  @Property({ type: 'string', length: 60, nullable: true })
  receiptNumber: string | null = null;

  @Field(() => String, { nullable: true, description: '接收人' })
  @Property({ type: 'string', length: 50, nullable: true })
  receivedBy: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: '答复日期' })
  @Property({ type: 'string', length: 10, nullable: true })
  answeredOn: string | null = null;

  @Field(() => TransferOutcome, { nullable: true, description: '接收部门处理结果' })
  @Enum({ items: () => TransferOutcome, nullable: true })
  outcome: TransferOutcome | null = null;

  @Field(() => String, { nullable: true, description: '处理情况说明' })
  @Property({ type: 'string', length: 1000, nullable: true })
  outcomeNote: string | null = null;

  @Field(() => String, { nullable: true, description: '接收部门案件编号' })
  @Property({ type: 'string', length: 60, nullable: true })
  partnerCaseNumber: string | null = null;

  @Field()
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
