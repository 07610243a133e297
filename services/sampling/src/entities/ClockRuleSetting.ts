import { Enum, OptionalProps, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { ClockUnit } from './enums';

/**
 * The bureau's edit of one statutory time limit (rules/clock-rules.ts holds the defaults). Only what can change is
 * stored; the code ties the row to its rule.
 */
@Table({ tableName: 'clock_rule' })
export class ClockRuleSetting {
  [OptionalProps]?: 'updatedAt';

  @PrimaryKey({ type: 'string', length: 40 })
  code!: string;

  @Enum({ items: () => ClockUnit })
  unit!: ClockUnit;

  @Property({ type: 'integer' })
  amount!: number;

  @Property({ type: 'integer' })
  extension!: number;

  @Property({ type: 'string', length: 300 })
  source!: string;

  @Property({ type: 'string', length: 60 })
  updatedBy!: string;

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
