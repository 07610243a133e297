import { DEMO_USERS, type Identity } from '@shian/auth';
import { computeClock } from '@shian/clock';
import { createLogger } from '@shian/server';
import DataLoader from 'dataloader';
import { describe, expect, it } from 'vitest';
import { calendarNoteOf, ClockCalendar, clockContext, DEFAULT_CALENDAR_NOTE } from '../src/clocks';
import type { Context } from '../src/context';
import { forbidden } from '../src/errors';
import { type FakeGatewayOperation, fakeGateway, trustedServiceOperations } from '../src/testing';

/** One request's context: its own loaders (so the calendar is read once per request), a fake gateway. */
function request(answer: FakeGatewayOperation): Context {
  const loaders = new Map<string, DataLoader<unknown, unknown>>();
  return {
    identity: DEMO_USERS.find((user) => user.username === 'officer') as Identity,
    log: createLogger('test'),
    // Only the kit's own file: a service need not list the calendar operation itself.
    gateway: fakeGateway({ CalendarOverrides: answer }, trustedServiceOperations('/nonexistent')),
    loader(key: string, batch: (keys: readonly unknown[]) => Promise<ArrayLike<unknown>>) {
      if (!loaders.has(key)) loaders.set(key, new DataLoader(batch));
      return loaders.get(key);
    },
  } as unknown as Context;
}

const rule = {
  code: 'TEST',
  name: '测试期限',
  unit: 'WORKING_DAYS' as const,
  amount: 1,
  extension: 0,
  endsOnWorkingDay: true,
  source: 'test',
};

describe('clockContext: the bureau calendar, read through the gateway once per request', () => {
  it('lays the bureau’s edits over the default calendar and says so', async () => {
    let calls = 0;
    const ctx = request(() => {
      calls++;
      // Friday 2025-06-06 declared a holiday by the bureau.
      return { calendarOverrides: [{ date: '2025-06-06', kind: 'HOLIDAY', name: '本局调整' }] };
    });
    const [first, second] = await Promise.all([clockContext(ctx), clockContext(ctx)]);
    expect(calls).toBe(1);
    expect(second).toBe(first);
    expect(first.calendarSource).toBe(ClockCalendar.BUREAU);
    expect(first.calendar.isWorkingDay('2025-06-06')).toBe(false);
    expect(
      computeClock({ rule, startedOn: '2025-06-05', today: '2025-06-05', calendar: first.calendar }).deadline,
    ).toBe('2025-06-09');
    expect(first.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(calendarNoteOf(first.calendarSource)).toBeNull();
    await clockContext(ctx);
    expect(calls).toBe(1);
  });

  it('falls back to the default calendar, saying so, when the gateway fails or refuses', async () => {
    const failing = request(() => {
      throw new Error('子图 sampling 暂不可用');
    });
    const refused = request(() => {
      throw forbidden();
    });
    const unanswered = request(() => ({ calendarOverrides: null }));
    for (const ctx of [failing, refused, unanswered]) {
      const clocks = await clockContext(ctx);
      expect(clocks.calendarSource).toBe(ClockCalendar.DEFAULT_UNAVAILABLE);
      expect(clocks.calendar.isWorkingDay('2025-06-06')).toBe(true);
      expect(calendarNoteOf(clocks.calendarSource)).toBe(DEFAULT_CALENDAR_NOTE);
    }
  });
});
