import { ManyToOne, OptionalProps, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { Audited, LocalDate } from '@shian/subgraph-kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DisposalAction } from './enums';
import { Sample } from './Sample';

/**
 * 不合格处置: what was done about an unqualified result (下架/召回/封存/立案) and by when. A 立案 names the case that
 * the enforcement subgraph holds; sampling keeps only its number and id.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: '不合格食品核查处置' })
@Audited<Disposal>({ parent: 'sample' })
@Table({ tableName: 'disposal' })
export class Disposal {
  [OptionalProps]?: 'actions' | 'extended' | 'completedOn' | 'measures' | 'caseNumber' | 'caseId' | 'quantity';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => Sample, { ref: false, unique: true, deleteRule: 'cascade' })
  sample!: Sample;

  @Field(() => LocalDate, { description: '启动日期' })
  @Property({ type: 'string', length: 10 })
  startedOn!: string;

  /** Comma-separated, so that the board filters by one action with a LIKE that every dialect runs the same way. */
  @Property({ type: 'string', length: 100, fieldName: 'actions' })
  actionList!: string;

  @Field(() => [DisposalAction], { description: '处置措施' })
  get actions(): DisposalAction[] {
    return this.actionList ? (this.actionList.split(',') as DisposalAction[]) : [];
  }

  set actions(actions: DisposalAction[]) {
    this.actionList = actions.join(',');
  }

  @Field({ description: '是否已批准延长期限' })
  @Property({ type: 'boolean' })
  extended: boolean = false;

  @Field(() => Int, { nullable: true, description: '下架、召回、封存的产品数量(件)' })
  @Property({ type: 'integer', nullable: true })
  quantity: number | null = null;

  @Field(() => String, { nullable: true, description: '处置情况' })
  @Property({ type: 'string', length: 1000, nullable: true })
  measures: string | null = null;

  @Field(() => String, { nullable: true, description: '立案的案件编号' })
  @Property({ type: 'string', length: 60, nullable: true })
  caseNumber: string | null = null;

  @Field(() => ID, { nullable: true, description: '立案的案件ID(执法办案子图)' })
  @Property({ type: 'string', length: 36, nullable: true })
  caseId: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: '处置完成日期' })
  @Property({ type: 'string', length: 10, nullable: true })
  completedOn: string | null = null;
}
