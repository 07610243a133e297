import { type CalendarDay, fetchCalendarOverrides, HolidayCalendar, type LocalDate } from '@shian/clock';
import { DOMAINS, subgraphUrl } from '@shian/platform';
import { type Context, todayInChina } from '@shian/subgraph-kit';

export interface ClockContext {
  calendar: HolidayCalendar;
  today: LocalDate;
  /** Whether the bureau's own calendar edits (owned by sampling) were read; false means the default calendar. */
  calendarEdited: boolean;
}

/** Where the district's calendar lives (@shian/clock's README: the sampling subgraph owns the overrides). */
function calendarOwnerUrl(): string {
  const sampling = DOMAINS.find((domain) => domain.name === 'sampling') ?? {
    name: 'sampling',
    label: '抽检监测',
    subgraphPort: 4002,
    remotePort: 5002,
  };
  return subgraphUrl(sampling);
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
