import { type CalendarDay, fetchCalendarOverrides, HolidayCalendar, type LocalDate } from '@shian/clock';
import { gatewayPort } from '@shian/platform';
import { type Context, todayInChina } from '@shian/subgraph-kit';

export interface ClockContext {
  calendar: HolidayCalendar;
  today: LocalDate;
  /** Whether the bureau's own calendar edits (owned by sampling) were read; false means the default calendar. */
  calendarEdited: boolean;
}

/**
 * Where the district's calendar is read: sampling owns the overrides (@shian/clock's README), asked through the
 * gateway like any other cross-domain read. A subgraph answers only the gateway (x-shian-gateway), so calling
 * sampling's port directly would be refused; the gateway trusts the query (packages/subgraph-kit's
 * trusted-operations.json).
 */
function calendarOwnerUrl(): string {
  const base = process.env.GATEWAY_URL?.trim() || `http://127.0.0.1:${gatewayPort()}`;
  return base.replace(/\/+$/, '').replace(/(?<!\/graphql)$/, '/graphql');
}

/** The calendar and today, read once per request. */
export function clockContext(ctx: Context): Promise<ClockContext> {
  return ctx
    .loader<string, ClockContext>('clockContext', async (keys) => {
      let overrides: CalendarDay[] | null = null;
      if (ctx.authorization)
        overrides = await fetchCalendarOverrides({ url: calendarOwnerUrl(), authorization: ctx.authorization });
      const value = {
        calendar: HolidayCalendar.chinese(overrides ?? []),
        today: todayInChina(),
        calendarEdited: overrides !== null,
      };
      return keys.map(() => value);
    })
    .load('district');
}
