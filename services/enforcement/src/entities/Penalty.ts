import { ManyToOne, OptionalProps, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { Audited, LocalDate } from '@shian/subgraph-kit';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Case } from './Case';
import { PenaltyKind } from './enums';

/** 行政处罚决定: what was imposed, and whether it was paid and published. */
@ObjectType({ description: '行政处罚决定' })
@Audited<Penalty>({ parent: 'caseFile' })
@Table({ tableName: 'penalty' })
export class Penalty {
  [OptionalProps]?: 'kinds' | 'fine' | 'confiscatedGains' | 'paidOn' | 'publishedOn';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => Case, { ref: false, unique: true, deleteRule: 'cascade' })
  caseFile!: Case;

  @Field({ description: '处罚决定书文号' })
  @Property({ type: 'string', length: 60, unique: true })
  decisionNumber!: string;

  /** Comma-separated PenaltyKind values. */
  @Property({ type: 'string', length: 200 })
  kindList!: string;

  @Field(() => [PenaltyKind], { description: '处罚种类' })
  get kinds(): PenaltyKind[] {
    return this.kindList ? (this.kindList.split(',') as PenaltyKind[]) : [];
  }

  @Field(() => Float, { description: '罚款(元)' })
  @Property({ type: 'double' })
  fine: number = 0;

  @Field(() => Float, { description: '没收违法所得(元)' })
  @Property({ type: 'double' })
  confiscatedGains: number = 0;

  @Field(() => LocalDate, { nullable: true, description: '罚没款缴纳日期' })
  @Property({ type: 'string', length: 10, nullable: true })
  paidOn: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: '在国家企业信用信息公示系统公示的日期' })
  @Property({ type: 'string', length: 10, nullable: true })
  publishedOn: string | null = null;
}
