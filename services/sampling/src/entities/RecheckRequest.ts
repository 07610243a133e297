import { Enum, ManyToOne, OptionalProps, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { Audited, LocalDate } from '@shian/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { RecheckStatus, Verdict } from './enums';
import { Sample } from './Sample';

/** 复检: requested by the business within the window, done at another lab; its result is final. */
@ObjectType({ description: '复检申请' })
@Audited<RecheckRequest>({ parent: 'sample' })
@Table({ tableName: 'recheck_request' })
export class RecheckRequest {
  [OptionalProps]?: 'status' | 'result' | 'completedOn';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => Sample, { ref: false, unique: true, deleteRule: 'cascade' })
  sample!: Sample;

  @Field(() => LocalDate, { description: '申请日期' })
  @Property({ type: 'string', length: 10 })
  requestedOn!: string;

  @Field({ description: '申请人' })
  @Property({ type: 'string', length: 100 })
  applicant!: string;

  @Field({ description: '复检机构' })
  @Property({ type: 'string', length: 100 })
  lab!: string;

  @Field(() => RecheckStatus)
  @Enum({ items: () => RecheckStatus })
  status: RecheckStatus = RecheckStatus.REQUESTED;

  @Field(() => Verdict, { nullable: true, description: '复检结论' })
  @Enum({ items: () => Verdict, nullable: true })
  result: Verdict | null = null;

  @Field(() => LocalDate, { nullable: true, description: '复检结论日期' })
  @Property({ type: 'string', length: 10, nullable: true })
  completedOn: string | null = null;
}
