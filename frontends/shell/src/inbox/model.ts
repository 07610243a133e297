/**
 * The inbox as the shell shows it: what is still to do once the user's own marks are applied, grouped by domain in
 * the navigation's order, each group sorted by due date. The server gives every domain's items and the marks apart
 * (a domain that is down costs only its part), so deciding what a mark hides is done here, the same way for the bell
 * and the page.
 */

import { t } from '../i18n';

export type InboxItemState = 'DUE_SOON' | 'OVERDUE';

export interface InboxItemLike {
  key: string;
  state: InboxItemState | `${InboxItemState}`;
  dueDate?: string;
}

export interface InboxMarkLike {
  itemKey: string;
  snoozedUntil?: string | null;
  doneAt?: string | null;
  state?: InboxItemState | `${InboxItemState}` | null;
}

/** An inbox as the gateway answers it: `withinWorkingDays`, `marks`, and one nullable list per domain. */
export type InboxLike = {
  withinWorkingDays?: number;
  marks?: readonly InboxMarkLike[] | null;
  __typename?: string;
} & { [domain: string]: unknown };

const NOT_PARTS = new Set(['withinWorkingDays', 'marks', '__typename']);

export const STATE_LABELS: Record<InboxItemState, { label: string; color: string }> = {
  OVERDUE: { label: '已超期', color: 'red' },
  DUE_SOON: { label: '即将到期', color: 'orange' },
};

/** Look-ahead choices of the page, in working days (the API accepts 1 to 20; 3 is its default and the bell's). */
export const WINDOW_CHOICES = [3, 5, 10] as const;
export const DEFAULT_WINDOW = 3;

/** The longest snooze the server accepts, in days after today. */
export const MAX_SNOOZE_DAYS = 30;

/** YYYY-MM-DD plus n days (calendar days). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export type MarkEffect = 'open' | 'snoozed' | 'done';

/**
 * What the user's mark does to an item today: snoozed until a day after today (on that day it is back), done while
 * the item stays in the state it was marked done in (a DUE_SOON item marked done is back once OVERDUE).
 */
export function markEffect(item: InboxItemLike, mark: InboxMarkLike | undefined, today: string): MarkEffect {
  if (!mark) return 'open';
  if (mark.snoozedUntil && mark.snoozedUntil > today) return 'snoozed';
  if (mark.doneAt && mark.state === item.state) return 'done';
  return 'open';
}

/** The domains' parts of an inbox: each list, or null where its subgraph did not answer. */
export function partsOf<T extends InboxItemLike>(inbox: InboxLike): [string, T[] | null][] {
  return Object.entries(inbox)
    .filter(([key]) => !NOT_PARTS.has(key))
    .map(([key, value]) => [key, Array.isArray(value) ? (value as T[]) : null]);
}

export const byDueDate = <T extends InboxItemLike>(a: T, b: T) =>
  (a.dueDate ?? '').localeCompare(b.dueDate ?? '') || a.key.localeCompare(b.key);

/** The bell's number: the items of every part that answered, less those the user's marks hide today. */
export function openCount(inbox: InboxLike, today: string): number {
  const marks = new Map((inbox.marks ?? []).map((m) => [m.itemKey, m]));
  let count = 0;
  for (const [, items] of partsOf(inbox))
    for (const item of items ?? []) if (markEffect(item, marks.get(item.key), today) === 'open') count++;
  return count;
}

export interface InboxGroup<T> {
  domain: string;
  label: string;
  /** null: the domain's subgraph did not answer (its part shows 暂不可用). */
  items: T[] | null;
}

export interface MarkedItem<T> {
  item: T;
  domain: string;
  effect: Exclude<MarkEffect, 'open'>;
  mark: InboxMarkLike;
}

export interface InboxView<T> {
  groups: InboxGroup<T>[];
  /** Snoozed or done items, for 已暂缓/已处理 with 恢复. */
  marked: MarkedItem<T>[];
  open: number;
}

/**
 * Groups in the navigation's order (`order`: the domains' names; a domain not in it comes after, by name), each
 * group's open items by due date, then key; the items the user's marks hide, apart, by due date.
 */
export function inboxView<T extends InboxItemLike>(
  inbox: InboxLike,
  today: string,
  order: readonly string[],
  label: (domain: string) => string,
): InboxView<T> {
  const marks = new Map((inbox.marks ?? []).map((m) => [m.itemKey, m]));
  const rank = (domain: string) => {
    const i = order.indexOf(domain);
    return i < 0 ? order.length : i;
  };
  const parts = partsOf<T>(inbox).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
  const marked: MarkedItem<T>[] = [];
  const groups = parts.map(([domain, items]) => {
    if (!items) return { domain, label: label(domain), items: null };
    const open: T[] = [];
    for (const item of items) {
      const mark = marks.get(item.key);
      const effect = markEffect(item, mark, today);
      if (effect === 'open' || !mark) open.push(item);
      else marked.push({ item, domain, effect, mark });
    }
    return { domain, label: label(domain), items: open.sort(byDueDate) };
  });
  marked.sort((a, b) => byDueDate(a.item, b.item));
  return { groups, marked, open: groups.reduce((n, g) => n + (g.items?.length ?? 0), 0) };
}

/** Why a snooze date is refused, in the user's language, or null when the server will take it: after today, within 30 days. */
export function snoozeError(until: string | null | undefined, today: string): string | null {
  if (!until) return t('请选择暂缓至哪一天');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(until)) return t('日期格式应为 YYYY-MM-DD');
  if (until <= today) return t('暂缓日期须晚于今天');
  if (until > addDays(today, MAX_SNOOZE_DAYS)) return t('最多暂缓 {{days}} 天', { days: MAX_SNOOZE_DAYS });
  return null;
}

/** `?within=` of the page: one of the choices, else the default. */
export function windowFromParam(value: string | null): number {
  const n = Number(value);
  return (WINDOW_CHOICES as readonly number[]).includes(n) ? n : DEFAULT_WINDOW;
}

/** Who has an inbox: the bureau's staff. Partner departments and village liaisons are refused it by the server. */
export const hasInbox = (role: string | undefined) => role === 'leader' || role === 'officer' || role === 'township';
