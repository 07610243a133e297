import { isBureau } from '@shian/auth';
import { addDays, HolidayCalendar, type LocalDate as LocalDateValue, todayInChina } from '@shian/clock';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Arg, Ctx, Directive, Field, ID, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { Context } from './context';
import { forbidden, userInputError } from './errors';
import { LocalDate } from './scalars';

/**
 * The inbox (issue #19): every open clock of the bureau's records that is past its last day or will be within a few
 * working days, gathered from each domain. `Inbox @key(fields: "withinWorkingDays")` is extended by every subgraph
 * that owns clocks, each adding one nullable field named after itself, so a domain that is down costs only its part.
 * What an item looks like, when it is in the inbox and how it is sorted are decided here, once.
 */

export enum InboxItemState {
  /** The last day is today or within the window's working days. */
  DUE_SOON = 'DUE_SOON',
  /** The last day has passed and the act is not done. */
  OVERDUE = 'OVERDUE',
}

// Registered once here, so every subgraph declares the same enum to the supergraph.
registerEnumType(InboxItemState, {
  name: 'InboxItemState',
  description: '待办事项状态',
  valuesConfig: {
    DUE_SOON: { description: '即将到期' },
    OVERDUE: { description: '已超期' },
  },
});

// A value type that every subgraph with a part of the inbox declares identically (hence @shareable).
@Directive('@shareable')
@ObjectType({ description: '待办事项:一条记录的一个未完成时限' })
export class InboxItem {
  @Field(() => ID, { description: '稳定标识 “领域:类型:记录ID”,不随状态变化(用于标记稍后提醒/已处理)' })
  key!: string;

  @Field({ description: '所属领域:entities、sampling、enforcement、risk、training、publicity' })
  domain!: string;

  @Field({ description: '时限类型,如 SAMPLE_NOTIFICATION、CASE_FILING' })
  kind!: string;

  @Field({ description: '标题:记录与时限,如“抽样单 CY2024-0012:不合格结果告知”' })
  title!: string;

  @Field(() => ID)
  recordId!: string;

  @Field(() => String, { nullable: true, description: '记录编号' })
  recordCode!: string | null;

  @Field(() => String, { nullable: true, description: '记录所属乡镇(街道),提醒按此分派' })
  townshipId!: string | null;

  @Field(() => LocalDate, { description: '最后期限(北京时间日期);按小时计的时限为其截止时刻所在日' })
  dueDate!: LocalDateValue;

  @Field(() => DateTimeISOResolver, { nullable: true, description: '截止时刻,仅按小时计的时限' })
  dueAt!: Date | null;

  @Field(() => InboxItemState)
  state!: InboxItemState;

  @Field({ description: '记录页面在工作台中的路径' })
  link!: string;
}

/** Shortest and longest look-ahead, in working days, that `inbox(withinWorkingDays)` accepts. */
export const MIN_INBOX_WORKING_DAYS = 1;
export const MAX_INBOX_WORKING_DAYS = 20;
export const DEFAULT_INBOX_WORKING_DAYS = 3;

export interface InboxWindow {
  today: LocalDateValue;
  /** The last day an item counts as due soon: today plus the window's working days. */
  horizon: LocalDateValue;
}

/** The look-ahead as asked, refused (BAD_USER_INPUT on the argument) unless a whole number of 1 to 20 working days. */
export function checkInboxWorkingDays(withinWorkingDays: number | null | undefined): number {
  const days = withinWorkingDays ?? DEFAULT_INBOX_WORKING_DAYS;
  if (!Number.isInteger(days) || days < MIN_INBOX_WORKING_DAYS || days > MAX_INBOX_WORKING_DAYS) {
    throw userInputError(
      `提前提醒的工作日数应为 ${MIN_INBOX_WORKING_DAYS} 至 ${MAX_INBOX_WORKING_DAYS} 之间的整数(收到 ${days})`,
      'withinWorkingDays',
    );
  }
  return days;
}

/**
 * Today and the horizon: today plus N working days on the holiday calendar (pass the request's, from
 * `clockContext`, so the window and the clocks agree on what a working day is; the default is the State Council's).
 * A deadline that falls on the weekend after Friday's horizon is not yet due soon; it will be on Monday.
 */
export function inboxWindow(
  withinWorkingDays: number,
  calendar: HolidayCalendar = HolidayCalendar.chinese(),
  today: LocalDateValue = todayInChina(),
): InboxWindow {
  const days = checkInboxWorkingDays(withinWorkingDays);
  let horizon = today;
  for (let counted = 0, steps = 0; counted < days; steps++) {
    // Twenty working days lie within a few weeks on any calendar; a longer walk means a broken calendar.
    if (steps > 366) throw new RangeError('no working days within a year of the inbox window');
    horizon = addDays(horizon, 1);
    if (calendar.isWorkingDay(horizon)) counted++;
  }
  return { today, horizon };
}

/** OVERDUE before today, DUE_SOON from today to the horizon, null (not in the inbox) after it. */
export function inboxState(dueDate: LocalDateValue, window: InboxWindow): InboxItemState | null {
  if (dueDate < window.today) return InboxItemState.OVERDUE;
  if (dueDate <= window.horizon) return InboxItemState.DUE_SOON;
  return null;
}

/** Only clocks still waiting for the act are in the inbox: not MET, not LATE (done late), not PAUSED. */
export const isOpenClock = (status: string): boolean => status === 'RUNNING' || status === 'OVERDUE';

export interface InboxItemInput {
  domain: string;
  kind: string;
  title: string;
  recordId: string;
  recordCode?: string | null;
  townshipId?: string | null;
  dueDate: LocalDateValue;
  dueAt?: Date | null;
  link: string;
  /** The domain's own overdue rule, where it has one (a list's filter that reminders must agree with). */
  overdue?: boolean;
}

/**
 * An item with its key and state filled in, or null when its due date lies beyond the window. Overdue: by the
 * domain's own rule when it gives one; else an hour clock (`dueAt`) from its instant, on its own last day too, and
 * a day clock from the day after its last day.
 */
export function inboxItem(input: InboxItemInput, window: InboxWindow, now: Date = new Date()): InboxItem | null {
  const due = inboxState(input.dueDate, window);
  if (due === null) return null;
  const overdue = input.overdue ?? (input.dueAt ? input.dueAt < now : due === InboxItemState.OVERDUE);
  const state = overdue ? InboxItemState.OVERDUE : InboxItemState.DUE_SOON;
  return Object.assign(new InboxItem(), {
    key: `${input.domain}:${input.kind}:${input.recordId}`,
    domain: input.domain,
    kind: input.kind,
    title: input.title,
    recordId: input.recordId,
    recordCode: input.recordCode ?? null,
    townshipId: input.townshipId ?? null,
    dueDate: input.dueDate,
    dueAt: input.dueAt ?? null,
    state,
    link: input.link,
  });
}

/** The items in the order every part of the inbox is given: by due date, then key; nulls (out of window) dropped. */
export function sortInboxItems(items: Iterable<InboxItem | null | undefined>): InboxItem[] {
  return [...items]
    .filter((item): item is InboxItem => item != null)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * The inbox is the bureau's staff's (leaders, officers, township officers); partners and village liaisons are
 * refused by name, as `requireBureau` does, but saying what they asked for.
 */
export function requireInboxReader(ctx: Context): void {
  if (isBureau(ctx.identity)) return;
  throw forbidden(
    ctx.identity.role === 'village' ? '村(社区)协管员无权查看本局待办事项' : '协作部门无权查看本局待办事项',
  );
}

/**
 * The root query every subgraph with a part of the inbox answers (`Inbox @key(fields: "withinWorkingDays")`),
 * shareable, staff only, its argument checked before any part runs. A subgraph's resolver extends this and adds its
 * one field: `@Resolver(() => Inbox) class R extends InboxQueries(Inbox) { @FieldResolver(...) sampling(...) }`.
 * Each part applies the caller's township scope itself, as its lists do, and calls `inboxWindow` again (a part may
 * be reached through `_entities` without this query).
 */
export function InboxQueries<T extends { withinWorkingDays: number }>(inboxType: new () => T) {
  @Resolver(() => inboxType)
  abstract class InboxQueriesBase {
    @Directive('@shareable')
    @Query(() => inboxType, {
      nullable: true,
      description: `待办事项:已超期及 N 个工作日内到期的时限(N 为 ${MIN_INBOX_WORKING_DAYS}–${MAX_INBOX_WORKING_DAYS},默认 ${DEFAULT_INBOX_WORKING_DAYS}),各子图分别提供本领域部分`,
    })
    inbox(
      @Arg('withinWorkingDays', () => Int, { nullable: true, defaultValue: DEFAULT_INBOX_WORKING_DAYS })
      withinWorkingDays: number | null,
      @Ctx() ctx: Context,
    ): T {
      requireInboxReader(ctx);
      return Object.assign(new inboxType(), { withinWorkingDays: checkInboxWorkingDays(withinWorkingDays) });
    }
  }
  return InboxQueriesBase;
}
