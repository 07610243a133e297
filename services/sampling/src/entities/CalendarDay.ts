import { Enum, OptionalProps, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { LocalDate } from '@shian/subgraph-kit';
import { Field, ObjectType } from 'type-graphql';
import { CalendarDayKind } from './enums';

/**
 * The bureau's own entry in the holiday calendar, laid over the default Chinese schedule of @shian/clock. This
 * subgraph is where the district's calendar is edited (packages/clock/README.md says why).
 */
@ObjectType({ description: '本局调整的日历日期' })
@Table({ tableName: 'calendar_day' })
export class CalendarDay {
  [OptionalProps]?: 'updatedAt';

  @Field(() => LocalDate)
  @PrimaryKey({ type: 'string', length: 10 })
  date!: string;

  @Field(() => CalendarDayKind)
  @Enum({ items: () => CalendarDayKind })
  kind!: CalendarDayKind;

  @Field({ description: '名称(如 春节、调休上班)' })
  @Property({ type: 'string', length: 60 })
  name!: string;

  @Field({ description: '修改人' })
  @Property({ type: 'string', length: 60 })
  updatedBy!: string;

  @Field()
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
