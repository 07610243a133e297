import { Enum, OptionalProps, PrimaryKey, Property, Entity as Table, Unique } from '@mikro-orm/core';
import { DateTimeISO, InboxItemState, LocalDate } from '@shian/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * One user's mark on one inbox item (issue #19): snoozed until a day, or done while the item stays in the state it
 * was in. Marks are personal (the item stays in everyone else's inbox) and keyed by the item's stable key
 * ("<domain>:<kind>:<recordId>"), so a mark outlives the item's state changes and any subgraph's restart. One mark
 * per user and item: the latest act replaces the earlier one.
 */
@ObjectType({ description: '待办事项标记(本人的稍后提醒或已处理)' })
@Table({ tableName: 'inbox_mark' })
@Unique({ properties: ['username', 'itemKey'] })
export class InboxMark {
  [OptionalProps]?: 'snoozedUntil' | 'doneAt' | 'doneState' | 'createdAt' | 'updatedAt' | 'state';

  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  /** The login the mark belongs to (the token's username, never the client's); the unique index serves lookups. */
  @Property({ type: 'string', length: 100 })
  username!: string;

  @Field(() => ID, { description: '待办事项标识(领域:类型:记录ID)' })
  @Property({ type: 'string', length: 200 })
  itemKey!: string;

  @Field(() => LocalDate, { nullable: true, description: '暂缓至该日(当日起重新提醒)' })
  @Property({ type: 'string', length: 10, nullable: true })
  snoozedUntil: string | null = null;

  @Field(() => DateTimeISO, { nullable: true, description: '标记已处理的时间' })
  @Property({ type: 'datetime', nullable: true })
  doneAt: Date | null = null;

  /** Exposed as `state`: the item is hidden while it stays in this state (a DUE_SOON mark lapses once OVERDUE). */
  @Enum({ items: () => InboxItemState, nullable: true })
  doneState: InboxItemState | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => InboxItemState, { nullable: true, description: '标记为已处理时事项的状态;事项转入其他状态后重新出现' })
  get state(): InboxItemState | null {
    return this.doneState;
  }
}
