import type { CalendarDay } from './calendar';

/**
 * The bureau edits the holiday calendar in one place: the sampling subgraph (`holidayCalendar`, `setCalendarDay`).
 * Another subgraph that runs clocks reads those edits from there with this function, so that there is one calendar
 * and one way to read it. It answers null when the owner cannot be reached: callers then fall back to the default
 * calendar and say so (`calendarEdited: false`) rather than fail the request.
 */
export const CALENDAR_OVERRIDES_QUERY = 'query CalendarOverrides { calendarOverrides { date kind name } }';

export async function fetchCalendarOverrides(options: {
  /** The owning subgraph's GraphQL URL, e.g. subgraphUrl('sampling') from @shian/platform. */
  url: string;
  /** The caller's Authorization header, forwarded: subgraphs refuse anonymous calls. */
  authorization: string;
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
}): Promise<CalendarDay[] | null> {
  const doFetch = options.fetch ?? globalThis.fetch;
  try {
    const response = await doFetch(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: options.authorization },
      body: JSON.stringify({ query: CALENDAR_OVERRIDES_QUERY }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 2000),
    });
    if (!response.ok) return null;
    const body = (await response.json()) as { data?: { calendarOverrides?: CalendarDay[] } };
    return body.data?.calendarOverrides ?? null;
  } catch {
    return null;
  }
}
