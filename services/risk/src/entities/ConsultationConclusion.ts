import { Entity as Table, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Audited } from '@shian/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Consultation } from './Consultation';
import { Duty } from './Duty';

/** One conclusion of a consultation: its text and the duty (owner, deadline) it created, in the meeting's order. */
@ObjectType({ description: '会商结论' })
@Audited<ConsultationConclusion>({ parent: 'consultation' })
@Table({ tableName: 'consultation_conclusion' })
export class ConsultationConclusion {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => Consultation, { ref: false, index: true })
  consultation!: Consultation;

  @Field(() => Int, { description: '序号' })
  @Property({ type: 'integer' })
  position!: number;

  @Field({ description: '结论' })
  @Property({ type: 'text' })
  text!: string;

  /** Exposed as `duty`. */
  @ManyToOne(() => Duty, { ref: false, index: true })
  duty!: Duty;
}
