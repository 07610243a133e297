import { describe, expect, it } from 'vitest';
import { fetchCalendarOverrides, HolidayCalendar } from '../src/index';

describe('reading the bureau’s calendar edits from their owner', () => {
  it('forwards the caller’s token and returns the overrides', async () => {
    let seen: RequestInit | undefined;
    const fake = (async (_url: string, init: RequestInit) => {
      seen = init;
      return new Response(
        JSON.stringify({ data: { calendarOverrides: [{ date: '2024-02-09', kind: 'HOLIDAY', name: '除夕' }] } }),
      );
    }) as typeof fetch;
    const days = await fetchCalendarOverrides({
      url: 'http://sampling/graphql',
      authorization: 'Bearer t',
      fetch: fake,
    });
    expect((seen?.headers as Record<string, string> | undefined)?.authorization).toBe('Bearer t');
    expect(HolidayCalendar.chinese(days ?? []).dayType('2024-02-09')).toBe('HOLIDAY');
  });

  it('answers null when the owner is down or refuses', async () => {
    const down = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    expect(await fetchCalendarOverrides({ url: 'http://x', authorization: '', fetch: down })).toBeNull();
    const refusing = (async () => new Response('no', { status: 401 })) as typeof fetch;
    expect(await fetchCalendarOverrides({ url: 'http://x', authorization: '', fetch: refusing })).toBeNull();
  });
});
