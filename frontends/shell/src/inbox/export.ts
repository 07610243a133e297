import { type ExportColumn, formatDateTime, t } from '@shian/ui-kit';
import type { InboxItemFieldsFragment } from '../gql/graphql';
import { type InboxView, type MarkedItem, STATE_LABELS } from './model';

type Item = InboxItemFieldsFragment;

/** The last day, or for an hour clock its deadline, both as Beijing reads them. */
export const dueOf = (item: Item) => (item.dueAt ? formatDateTime(item.dueAt) : item.dueDate);

/** What the user's mark says of a snoozed or done item, in the user's language. */
export const markText = (m: MarkedItem<Item>) =>
  m.effect === 'snoozed'
    ? t('暂缓至 {{date}}', { date: m.mark.snoozedUntil })
    : m.mark.doneAt
      ? t('已处理({{time}})', { time: formatDateTime(m.mark.doneAt) })
      : t('已处理');

/** One row of the export: an item under its domain's name, with the user's mark if it has one. */
export type InboxExportRow = { domain: string; item: Item; mark?: string };

/** The sheet's columns: titles are message keys (the export translates them), cells in the user's language. */
export const INBOX_EXPORT_COLUMNS: ExportColumn<InboxExportRow>[] = [
  { title: '领域', value: 'domain', width: 16 },
  { title: '状态', value: (r) => t(STATE_LABELS[r.item.state].label) },
  { title: '编号', value: (r) => r.item.recordCode ?? '', width: 20 },
  { title: '事项', value: (r) => r.item.title, width: 48 },
  { title: '期限', value: (r) => dueOf(r.item) ?? '', width: 18 },
  { title: '标记', value: (r) => r.mark ?? '', width: 28 },
];

/**
 * The inbox as the page shows it: each domain's open items in the page's order, then the snoozed and done ones with
 * their marks. A domain that did not answer has no rows (the page says it is unavailable).
 */
export function inboxExportRows(view: InboxView<Item>, label: (domain: string) => string): InboxExportRow[] {
  return [
    ...view.groups.flatMap((g) => (g.items ?? []).map((item) => ({ domain: label(g.domain), item }))),
    ...view.marked.map((m) => ({ domain: label(m.domain), item: m.item, mark: markText(m) })),
  ];
}
