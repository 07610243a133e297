import { Enum, ManyToOne, OptionalProps, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { Audited, LocalDate } from '@shian/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { Case } from './Case';
import { PauseKind } from './enums';

/** Time that does not count towards a case's deadlines (testing, appraisal, hearing, notice). */
@ObjectType({ description: '不计入办案期限的期间' })
@Audited<CasePause>({ parent: 'caseFile' })
@Table({ tableName: 'case_pause' })
export class CasePause {
  [OptionalProps]?: 'endsOn';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => Case, { ref: false, index: true, deleteRule: 'cascade' })
  caseFile!: Case;

  @Field(() => PauseKind)
  @Enum({ items: () => PauseKind })
  kind!: PauseKind;

  @Field(() => LocalDate, { description: '开始日期(含)' })
  @Property({ type: 'string', length: 10 })
  startsOn!: string;

  @Field(() => LocalDate, { nullable: true, description: '结束日期(含);进行中为空' })
  @Property({ type: 'string', length: 10, nullable: true })
  endsOn: string | null = null;

  @Field({ description: '事由' })
  @Property({ type: 'string', length: 300 })
  reason!: string;
}
