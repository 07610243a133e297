import { type CalendarDay, HolidayCalendar, type LocalDate } from '@shian/clock';
import { type Context, todayInChina } from '@shian/subgraph-kit';
import { CALENDAR_OVERRIDES_QUERY } from './linked';

/** Which calendar a request's clocks were computed on: said on every clock, so a deadline never changes silently. */
export enum ClockCalendar {
  /** The district's calendar: the State Council's schedule with the bureau's own edits (sampling's). */
  BUREAU = 'BUREAU',
  /** The edits could not be read: the State Council's schedule alone. */
  DEFAULT_UNAVAILABLE = 'DEFAULT_UNAVAILABLE',
}

export const DEFAULT_CALENDAR_NOTE = '节假日日历暂不可用,按法定节假日默认日历计算';

export interface ClockContext {
  calendar: HolidayCalendar;
  today: LocalDate;
  /** Whether the bureau's own calendar edits were read; DEFAULT_UNAVAILABLE means the default calendar. */
  calendarSource: ClockCalendar;
}

/**
 * The calendar and today, read once per request. Sampling owns the bureau's calendar edits (@shian/clock's
 * README); they are read through the gateway as the caller (`ctx.gateway`, the trusted `CalendarOverrides`), never
 * from sampling's port. When they cannot be had (sampling down, the gateway unreachable, no token) the clocks run on
 * the default calendar and say so (`calendar: DEFAULT_UNAVAILABLE`, `calendarNote`) rather than fail the request.
 */
export function clockContext(ctx: Context): Promise<ClockContext> {
  return ctx
    .loader<string, ClockContext>('clockContext', async (keys) => {
      const overrides = await calendarOverrides(ctx);
      const value = {
        calendar: HolidayCalendar.chinese(overrides ?? []),
        today: todayInChina(),
        calendarSource: overrides ? ClockCalendar.BUREAU : ClockCalendar.DEFAULT_UNAVAILABLE,
      };
      return keys.map(() => value);
    })
    .load('district');
}

async function calendarOverrides(ctx: Context): Promise<CalendarDay[] | null> {
  try {
    const answer = await ctx.gateway.run<{ calendarOverrides: CalendarDay[] | null }>(ctx, CALENDAR_OVERRIDES_QUERY);
    const days = answer.forbidden ? null : (answer.data?.calendarOverrides ?? null);
    if (!days) ctx.log.warn('calendar overrides not answered: clocks use the default calendar');
    return days;
  } catch (error) {
    ctx.log.warn({ err: error }, 'calendar overrides unavailable: clocks use the default calendar');
    return null;
  }
}
