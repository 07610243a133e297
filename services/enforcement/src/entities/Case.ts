import { Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { LocalDate } from '@shian/subgraph-kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Campaign } from './Campaign';
import { CaseSource, CaseStatus, Violation } from './enums';

/**
 * 案件 (and, before filing, 线索). Its status moves only through the transition table (rules/lifecycle.ts); every
 * change is written to the audit history; `version` makes two simultaneous edits a conflict, not a silent overwrite.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: '案件(含线索)' })
@Table({ tableName: 'case_file' })
export class Case {
  [OptionalProps]?:
    | 'status'
    | 'violations'
    | 'officerIds'
    | 'number'
    | 'violationList'
    | 'legalBasis'
    | 'officerIdList'
    | 'filedOn'
    | 'investigatedOn'
    | 'notifiedOn'
    | 'decidedOn'
    | 'servedOn'
    | 'closedOn'
    | 'closingNote'
    | 'filingExtended'
    | 'decisionExtended'
    | 'campaign'
    | 'disposalId'
    | 'inspectionId'
    | 'opinionEventId'
    | 'referredBy'
    | 'villageReportId'
    | 'partyName'
    | 'version'
    | 'createdAt'
    | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Field(() => String, { nullable: true, description: '立案编号,立案后生成' })
  @Property({ type: 'string', length: 60, nullable: true, unique: true })
  number: string | null = null;

  @Field({ description: '案由' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => CaseSource)
  @Index()
  @Enum({ items: () => CaseSource })
  source!: CaseSource;

  @Field(() => CaseStatus)
  @Index()
  @Enum({ items: () => CaseStatus })
  status: CaseStatus = CaseStatus.CLUE;

  @Index()
  @Property({ type: 'string', length: 36 })
  entityId!: string;

  /**
   * The party's registered name when the case was written, as the case file names it; never client-supplied (from
   * the entities subgraph at creation, from the demo data's register snapshot when seeded). `Case.entity` provides
   * it, so those a case is shared with (partner departments, who see nothing of the register) see whom it concerns.
   * Null only on cases written before it was recorded.
   */
  @Property({ type: 'string', length: 200, nullable: true })
  partyName: string | null = null;

  /** The entity's township, kept for row scope. */
  @Field(() => ID, { description: '当事人所属乡镇(街道)代码' })
  @Index()
  @Property({ type: 'string', length: 12 })
  townshipId!: string;

  @Field({ description: '线索(案情)描述' })
  @Property({ type: 'text' })
  description!: string;

  /** Comma-separated Violation values. */
  @Property({ type: 'string', length: 300 })
  violationList: string = '';

  get violations(): Violation[] {
    return this.violationList ? (this.violationList.split(',') as Violation[]) : [];
  }

  @Field(() => String, { nullable: true, description: '法律依据' })
  @Property({ type: 'string', length: 500, nullable: true })
  legalBasis: string | null = null;

  /** Comma-separated inspector ids of the case officers (at least two once filed). */
  @Property({ type: 'string', length: 400 })
  officerIdList: string = '';

  get officerIds(): string[] {
    return this.officerIdList ? this.officerIdList.split(',') : [];
  }

  @Field(() => LocalDate, { description: '线索受理(发现)日期' })
  @Index()
  @Property({ type: 'string', length: 10 })
  receivedOn!: string;

  @Field(() => LocalDate, { nullable: true, description: '立案日期' })
  @Index()
  @Property({ type: 'string', length: 10, nullable: true })
  filedOn: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: '开始调查取证日期' })
  @Property({ type: 'string', length: 10, nullable: true })
  investigatedOn: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: '行政处罚告知日期' })
  @Property({ type: 'string', length: 10, nullable: true })
  notifiedOn: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: '处罚决定日期' })
  @Property({ type: 'string', length: 10, nullable: true })
  decidedOn: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: '决定书送达日期' })
  @Property({ type: 'string', length: 10, nullable: true })
  servedOn: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: '结案(不予立案)日期' })
  @Property({ type: 'string', length: 10, nullable: true })
  closedOn: string | null = null;

  @Field(() => String, { nullable: true, description: '结案、不予立案或退回的理由' })
  @Property({ type: 'string', length: 1000, nullable: true })
  closingNote: string | null = null;

  @Field({ description: '立案期限是否经批准延长' })
  @Property({ type: 'boolean' })
  filingExtended: boolean = false;

  @Field({ description: '办案期限是否经批准延长' })
  @Property({ type: 'boolean' })
  decisionExtended: boolean = false;

  @ManyToOne(() => Campaign, { ref: false, nullable: true, index: true })
  campaign: Campaign | null = null;

  /** Sampling's 不合格处置 that opened this case. */
  @Field(() => ID, { nullable: true, description: '来源:抽检不合格处置ID(抽检监测子图)' })
  @Index()
  @Property({ type: 'string', length: 36, nullable: true })
  disposalId: string | null = null;

  @Field(() => ID, { nullable: true, description: '来源:监督检查ID' })
  @Index()
  @Property({ type: 'string', length: 36, nullable: true })
  inspectionId: string | null = null;

  /** Publicity's 舆情 that this case came from. */
  @Field(() => ID, { nullable: true, description: '来源:舆情ID(宣传与舆情子图)' })
  @Index()
  @Property({ type: 'string', length: 36, nullable: true })
  opinionEventId: string | null = null;

  @Field(() => String, { nullable: true, description: '移送线索的部门(部门移送)' })
  @Property({ type: 'string', length: 100, nullable: true })
  referredBy: string | null = null;

  /**
   * The entities subgraph's village report this clue was made from (its triage sends it, and the report keeps this
   * case's id: linked both ways). Such a clue's source is COMPLAINT (投诉举报: a liaison's report is a 举报); a
   * source of its own would change `source`'s check constraint, which SQLite can only do by rebuilding case_file,
   * and inside the migrator's transaction that rebuild would cascade-delete the cases' pauses, penalties and items.
   */
  @Field(() => ID, { nullable: true, description: '来源:村(社区)报告ID(主体与属地子图)' })
  @Index()
  @Property({ type: 'string', length: 36, nullable: true })
  villageReportId: string | null = null;

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
