import { todayInChina } from '@shian/clock';
import { DutyFrequency, DutyStatus, dutyDueDate } from './rules';

/** A migration's `this.execute`: runs one statement in the migration's transaction and answers its rows. */
export type ExecuteSql = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

/**
 * Gives every open duty stored without a due date (a recurring one whose date was left to the clock) the date its
 * clock used: the end of its frequency's period in which it was assigned, by the rules' own `dutyDueDate`, so the
 * list's `overdue` filter and WorkReport.risk, which compare the stored column, agree with the clocks shown. Done
 * duties keep theirs (null, counted in their completion year as before); a ONCE duty always had a date. Plain SQL
 * read by both dialects' migrations (duty_due_date); answers how many rows it dated.
 */
export async function backfillDutyDueDates(execute: ExecuteSql): Promise<number> {
  const rows = await execute(
    'select id, frequency, created_at from duty where due_date is null and status <> ? and frequency <> ?',
    [DutyStatus.DONE, DutyFrequency.ONCE],
  );
  const byDate = new Map<string, string[]>();
  for (const row of rows) {
    const dueDate = dutyDueDate({
      frequency: row.frequency as DutyFrequency,
      dueDate: null,
      assignedOn: todayInChina(instant(row.created_at)),
    });
    byDate.set(dueDate, [...(byDate.get(dueDate) ?? []), String(row.id)]);
  }
  // One statement per date (a few hundred ids at most each: well inside both dialects' parameter limits).
  for (const [dueDate, ids] of byDate)
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      await execute(`update duty set due_date = ? where id in (${chunk.map(() => '?').join(', ')})`, [
        dueDate,
        ...chunk,
      ]);
    }
  return rows.length;
}

/** created_at as the driver answers it: PostgreSQL a Date (or its text), SQLite the milliseconds, maybe as text. */
function instant(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value))) return new Date(Number(value));
  // Text without a zone is UTC (how both dialects store it); `2025-03-01 02:00:00.123+00` has one.
  const text = String(value).replace(' ', 'T');
  const zoned = /([zZ]|[+-]\d\d(:?\d\d)?)$/.test(text);
  const date = new Date(zoned ? text.replace(/([+-]\d\d)$/, '$1:00') : `${text}Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`duty_due_date: unreadable created_at ${String(value)}`);
  return date;
}
