import { randomUUID } from 'node:crypto';
import { addDays } from '@shian/clock';
import {
  type Context,
  clockContext,
  InboxItem,
  InboxItemState,
  InboxQueries,
  inboxItem,
  inboxWindow,
  LocalDate,
  localDate,
  requireInboxReader,
  sortInboxItems,
  todayInChina,
  townshipScope,
  userInputError,
} from '@shian/subgraph-kit';
import { Arg, Ctx, Directive, Field, FieldResolver, ID, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { InboxMark, Notice, type OfficialLevel, type RiskGrade, VillageReport, VillageReportStatus } from '../entities';
import { LABELS } from '../rules/enums';
import { yearOf } from '../rules/dates';
import { visitSchedule, visitsPerYear } from '../rules/visit-frequency';

/** The bureau's inbox (api.md), keyed by its look-ahead: entities adds its part, `entities`, and the caller's marks. */
@Directive('@key(fields: "withinWorkingDays")')
@ObjectType({ description: '待办事项' })
export class Inbox {
  @Field(() => Int)
  withinWorkingDays!: number;
}

/** The domains whose items can be marked: the subgraphs that add a part to the inbox. */
export const INBOX_DOMAINS = ['entities', 'sampling', 'enforcement', 'risk', 'training', 'publicity'] as const;
/** "<domain>:<kind>:<recordId>": the kind in capitals, the id a code or UUID (no spaces, no colons). */
const ITEM_KEY = new RegExp(`^(${INBOX_DOMAINS.join('|')}):[A-Z][A-Z0-9_]{0,59}:[A-Za-z0-9_.-]{1,100}$`);
/** The furthest a snooze reaches: a month, so nothing is forgotten for good. */
export const MAX_SNOOZE_DAYS = 30;

/** Marks are staff-only and checked before anything is read: the key's shape, in Chinese. */
function checkItemKey(itemKey: string): string {
  const key = (itemKey ?? '').trim();
  if (!key) throw userInputError('请指定待办事项', 'itemKey');
  if (!ITEM_KEY.test(key))
    throw userInputError(
      `待办事项标识格式不正确:应为“领域:类型:记录ID”,领域为 ${INBOX_DOMAINS.join('、')} 之一`,
      'itemKey',
    );
  return key;
}

/** The smallest interval between 包保 visits under the rules (twelve a year: a month, at least 28 days). */
const SHORTEST_VISIT_INTERVAL_DAYS = 28;

interface AssignmentRow {
  id: string;
  startsOn: string;
  endsOn: string | null;
  lastVisitOn: string | null;
  level: OfficialLevel;
  grade: RiskGrade | null;
  officialName: string;
  entityId: string;
  entityName: string;
  townshipId: string;
}

/**
 * Entities' open clocks in the caller's scope, as its lists apply it (a township officer: their township's):
 * - village reports waiting for triage (PENDING), by their stored triage deadline `dueOn` (the list's `overdue`);
 * - 包保 assignments running today, by their next visit's due day as `Assignment.nextVisitDue`/`visitOverdue`
 *   compute it (`visitSchedule` on the official's level and the business's grade; overdue from the day after);
 * - notices (提示函、督办函、整改通知) with a 反馈期限 (`dueOn`) and no reply recorded yet (`repliedOn`), by their
 *   township: `recordNoticeReply` closes the clock, and a reply after the day is late, not open, so it leaves too.
 * Not clocks of this inbox, on purpose:
 * - a licence's `validUntil`: renewal (延续) is the holder's application, the bureau acts only once one is filed,
 *   and the register records no renewal of a row (a renewed licence is a new row), so an expired one would stay
 *   "overdue" for ever with nothing the bureau could do to close it; `License.expired` shows it on the business;
 * - supervision rounds: they carry no date to act by.
 */
export async function entitiesInbox(ctx: Context, withinWorkingDays: number): Promise<InboxItem[]> {
  requireInboxReader(ctx);
  const township = townshipScope(ctx);
  const on = await clockContext(ctx);
  const window = inboxWindow(withinWorkingDays, on.calendar, on.today);
  const scoped =
    township === undefined
      ? { sql: '', params: [] as string[] }
      : { sql: ' and e.township_id = ?', params: [township] };

  const [reports, assignments, notices] = await Promise.all([
    ctx.em.find(
      VillageReport,
      {
        status: VillageReportStatus.PENDING,
        dueOn: { $lte: window.horizon },
        ...(township === undefined ? {} : { townshipId: township }),
      },
      { populate: ['village'] },
    ),
    // Running today; a next visit within the window lies at least one interval after the last visit (or the start).
    ctx.em.getConnection().execute(
      `select a.id as "id", a.starts_on as "startsOn", a.ends_on as "endsOn", a.last_visit_on as "lastVisitOn",
              o.level as "level", o.name as "officialName", e.risk_grade as "grade", e.id as "entityId",
              e.name as "entityName", e.township_id as "townshipId"
         from assignment a join official o on o.id = a.official_id join entity e on e.id = a.entity_id
        where (a.ends_on is null or a.ends_on >= ?) and coalesce(a.last_visit_on, a.starts_on) <= ?${scoped.sql}`,
      [window.today, addDays(window.horizon, -SHORTEST_VISIT_INTERVAL_DAYS), ...scoped.params],
      'all',
    ) as Promise<AssignmentRow[]>,
    ctx.em.find(Notice, {
      dueOn: { $ne: null, $lte: window.horizon },
      repliedOn: null,
      ...(township === undefined ? {} : { township }),
    }),
  ]);

  const items: (InboxItem | null)[] = reports.map((report) =>
    inboxItem(
      {
        domain: 'entities',
        kind: 'VILLAGE_REPORT_TRIAGE',
        title: `村(社区)报告 ${report.entityName}(${report.village.name}):分办期限`,
        recordId: report.id,
        townshipId: report.townshipId,
        dueDate: report.dueOn,
        link: `/entities/village-reports?status=PENDING&townshipId=${report.townshipId}`,
      },
      window,
    ),
  );
  for (const row of assignments) {
    const schedule = visitSchedule(row, row.lastVisitOn, visitsPerYear(row.level, row.grade), window.today);
    if (!schedule.nextVisitDue) continue;
    const item = inboxItem(
      {
        domain: 'entities',
        kind: 'ASSIGNMENT_VISIT',
        title: `包保督导 ${row.entityName}(${row.officialName}):下次督导期限`,
        recordId: row.id,
        townshipId: row.townshipId,
        dueDate: schedule.nextVisitDue,
        link: `/entities/${row.entityId}`,
        // `visitOverdue` decides (an assignment not yet started is never overdue); it agrees with the due day otherwise.
        overdue: schedule.overdue,
      },
      window,
    );
    items.push(item);
  }
  for (const notice of notices) {
    const townshipId = notice.township.id;
    items.push(
      inboxItem(
        {
          domain: 'entities',
          kind: 'NOTICE_REPLY',
          title: `${LABELS.NoticeKind[notice.kind]} ${notice.number}:反馈期限`,
          recordId: notice.id,
          recordCode: notice.number,
          townshipId,
          dueDate: notice.dueOn as string,
          // The notices list narrowed to the letter's township, kind and year: the page shows notices as a list.
          link: `/entities/notices?townshipId=${townshipId}&kind=${notice.kind}&year=${yearOf(notice.sentOn)}`,
        },
        window,
      ),
    );
  }
  return sortInboxItems(items);
}

@Resolver(() => Inbox)
export class InboxResolver extends InboxQueries(Inbox) {
  @FieldResolver(() => [InboxItem], {
    nullable: true,
    description: '主体与属地:待分办的村(社区)报告、到期的包保督导、待反馈的函件(本人范围内)',
  })
  entities(@Root() inbox: Inbox, @Ctx() ctx: Context): Promise<InboxItem[]> {
    return entitiesInbox(ctx, inbox.withinWorkingDays);
  }

  /** Only the caller's own marks; a snooze that has run out is no longer a mark (its item is back). */
  @FieldResolver(() => [InboxMark], { description: '本人对待办事项的标记(暂缓、已处理)' })
  marks(@Ctx() ctx: Context): Promise<InboxMark[]> {
    requireInboxReader(ctx);
    const today = todayInChina();
    return ctx.em.find(
      InboxMark,
      { username: ctx.identity.username, $or: [{ doneAt: { $ne: null } }, { snoozedUntil: { $gt: today } }] },
      { orderBy: { itemKey: 'asc' } },
    );
  }
}

/** The caller's mark on an item, created when there is none (one per user and item). */
async function markOf(ctx: Context, itemKey: string): Promise<InboxMark> {
  const username = ctx.identity.username;
  const mark = await ctx.em.findOne(InboxMark, { username, itemKey });
  return mark ?? ctx.em.create(InboxMark, { id: randomUUID(), username, itemKey });
}

@Resolver(() => InboxMark)
export class InboxMarkResolver {
  @Mutation(() => InboxMark, { description: `暂缓提醒:至所选日期前不再显示(须晚于今天,最多 ${MAX_SNOOZE_DAYS} 天)` })
  async snoozeInboxItem(
    @Arg('itemKey', () => ID) itemKey: string,
    @Arg('until', () => LocalDate) until: string,
    @Ctx() ctx: Context,
  ): Promise<InboxMark> {
    requireInboxReader(ctx);
    const key = checkItemKey(itemKey);
    const day = localDate(until, 'until', '暂缓日期');
    const today = todayInChina();
    const latest = addDays(today, MAX_SNOOZE_DAYS);
    if (day <= today) throw userInputError(`暂缓日期应晚于今天(${today})`, 'until');
    if (day > latest) throw userInputError(`暂缓日期最多为 ${MAX_SNOOZE_DAYS} 天后(${latest})`, 'until');
    const mark = await markOf(ctx, key);
    Object.assign(mark, { snoozedUntil: day, doneAt: null, doneState: null });
    await ctx.em.flush();
    return mark;
  }

  @Mutation(() => InboxMark, { description: '标记已处理:事项保持该状态时不再显示(即将到期的事项超期后重新出现)' })
  async markInboxItemDone(
    @Arg('itemKey', () => ID) itemKey: string,
    @Arg('state', () => InboxItemState) state: InboxItemState,
    @Ctx() ctx: Context,
  ): Promise<InboxMark> {
    requireInboxReader(ctx);
    const key = checkItemKey(itemKey);
    if (!Object.values(InboxItemState).includes(state)) throw userInputError('事项状态无效', 'state');
    const mark = await markOf(ctx, key);
    Object.assign(mark, { snoozedUntil: null, doneAt: new Date(), doneState: state });
    await ctx.em.flush();
    return mark;
  }

  @Mutation(() => Boolean, { description: '取消本人对该事项的标记(恢复提醒);没有标记时返回 false' })
  async clearInboxMark(@Arg('itemKey', () => ID) itemKey: string, @Ctx() ctx: Context): Promise<boolean> {
    requireInboxReader(ctx);
    const key = checkItemKey(itemKey);
    const mark = await ctx.em.findOne(InboxMark, { username: ctx.identity.username, itemKey: key });
    if (!mark) return false;
    ctx.em.remove(mark);
    await ctx.em.flush();
    return true;
  }
}
