/**
 * The bureau edits the holiday calendar in one place: the sampling subgraph (`holidayCalendar`, `setCalendarDay`).
 * Another subgraph that runs clocks reads those edits with this operation, sent through the gateway as the caller
 * (the kit's `ctx.gateway`, where it is trusted by its exact text), never from sampling's port: one calendar, one way
 * to read it. When it cannot be read the caller falls back to the default calendar and says so on its clocks.
 */
export const CALENDAR_OVERRIDES_QUERY = 'query CalendarOverrides { calendarOverrides { date kind name } }';
