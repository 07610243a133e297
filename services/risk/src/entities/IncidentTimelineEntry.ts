import { Entity as Table, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Audited, DateTimeISO } from '@shian/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { IncidentStep } from './enums';
import { Incident } from './Incident';

/** One step taken in an incident's response; rows are only ever added, in IncidentStep's order. */
@ObjectType({ description: '应急处置时间线' })
@Audited<IncidentTimelineEntry>({ parent: 'incident' })
@Table({ tableName: 'incident_timeline_entry' })
export class IncidentTimelineEntry {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => Incident, { ref: false, index: true })
  incident!: Incident;

  @Field(() => IncidentStep, { description: '步骤' })
  @Enum({ items: () => IncidentStep })
  step!: IncidentStep;

  @Field(() => DateTimeISO, { description: '时间' })
  @Property({ type: 'datetime' })
  at!: Date;

  @Field(() => String, { nullable: true, description: '情况说明' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field({ description: '登记人' })
  @Property({ type: 'string', length: 100 })
  by!: string;
}
