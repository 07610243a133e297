import { CALENDAR_OVERRIDES_QUERY, type CalendarDay, HolidayCalendar, type LocalDate } from '@shian/clock';
import { registerEnumType } from 'type-graphql';
import type { Context } from './context';
import { todayInChina } from './scalars';

/** Which calendar a request's clocks were computed on: said on every clock, so a deadline never changes silently. */
export enum ClockCalendar {
  /** The district's calendar: the State Council's schedule with the bureau's own edits (sampling's). */
  BUREAU = 'BUREAU',
  /** The edits could not be read: the State Council's schedule alone. */
  DEFAULT_UNAVAILABLE = 'DEFAULT_UNAVAILABLE',
}

// Registered here, once, so every subgraph that runs clocks declares the same enum to the supergraph.
registerEnumType(ClockCalendar, {
  name: 'ClockCalendar',
  description: '时限计算所用的节假日日历',
  valuesConfig: {
    BUREAU: { description: '本局节假日日历(国务院安排与本局调整)' },
    DEFAULT_UNAVAILABLE: { description: '本局日历暂不可用,按法定节假日默认日历计算' },
  },
});

export const DEFAULT_CALENDAR_NOTE = '节假日日历暂不可用,按法定节假日默认日历计算';

export interface ClockContext {
  calendar: HolidayCalendar;
  today: LocalDate;
  /** Whether the bureau's own calendar edits were read; DEFAULT_UNAVAILABLE means the default calendar. */
  calendarSource: ClockCalendar;
}

/**
 * The calendar and today, read once per request. Sampling owns the bureau's calendar edits (@shian/clock's
 * README); they are read through the gateway as the caller (`ctx.gateway`, the trusted `CalendarOverrides`, listed
 * in the kit's trusted-operations.json), never from sampling's port. When they cannot be had (sampling down, the
 * gateway unreachable, no token) the clocks run on the default calendar and say so (`calendar: DEFAULT_UNAVAILABLE`,
 * `calendarNote`) rather than fail the request.
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

/** The note a clock carries when its calendar was the default one; null on the bureau's. */
export const calendarNoteOf = (source: ClockCalendar): string | null =>
  source === ClockCalendar.DEFAULT_UNAVAILABLE ? DEFAULT_CALENDAR_NOTE : null;

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
