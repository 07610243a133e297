import { dialects, testSubgraph } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import subgraph from '../src/schema';
import { linkedGateway } from './gateway';

/**
 * The bureau's calendar edits come through the gateway (sampling's `calendarOverrides`, asked as the caller). When
 * they cannot be had the clocks still answer, on the default calendar, and every clock says so.
 */
const CLOCKS = '{ cases(first: 20) { nodes { id clocks { code period deadline calendar calendarNote } } } }';

interface Clock {
  code: string;
  period: string;
  deadline: string | null;
  calendar: string;
  calendarNote: string | null;
}
type Cases = { cases: { nodes: { id: string; clocks: Clock[] }[] } };

const clocksOf = (data: Cases | null | undefined) => data?.cases.nodes.flatMap((node) => node.clocks) ?? [];

describe.each(await dialects())('enforcement clocks and the calendar on %s', (dialect) => {
  let overrides: { date: string; kind: string; name: string }[] = [];
  let calls = 0;
  const answering = testSubgraph(subgraph, {
    dialect,
    seed: true,
    gateway: {
      ...linkedGateway,
      CalendarOverrides: () => {
        calls++;
        return { calendarOverrides: overrides };
      },
    },
  });
  const failing = testSubgraph(subgraph, {
    dialect,
    seed: true,
    gateway: {
      ...linkedGateway,
      CalendarOverrides: () => {
        throw new Error('子图 sampling 暂不可用');
      },
    },
  });

  it('says on every clock that the default calendar was used when the calendar cannot be had', async () => {
    const res = await failing.execute<Cases>(CLOCKS);
    expect(res.errors).toBeUndefined();
    const clocks = clocksOf(res.data);
    expect(clocks.length).toBeGreaterThan(0);
    for (const clock of clocks) {
      expect(clock.calendar).toBe('DEFAULT_UNAVAILABLE');
      expect(clock.calendarNote).toBe('节假日日历暂不可用,按法定节假日默认日历计算');
    }
  });

  it('carries no note when the bureau calendar was read, once per request, and its edits move deadlines', async () => {
    overrides = [];
    calls = 0;
    const res = await answering.execute<Cases>(CLOCKS);
    expect(res.errors).toBeUndefined();
    expect(calls).toBe(1);
    const clocks = clocksOf(res.data);
    expect(clocks.length).toBeGreaterThan(0);
    for (const clock of clocks) {
      expect(clock.calendar).toBe('BUREAU');
      expect(clock.calendarNote).toBeNull();
    }

    // A working-day clock's deadline declared a holiday by the bureau moves later.
    const isWorking = (clock: Clock) => Boolean(clock.deadline) && clock.period.includes('工作日');
    const node = res.data!.cases.nodes.find((n) => n.clocks.some(isWorking))!;
    const working = node.clocks.find(isWorking)!;
    overrides = [{ date: working.deadline!, kind: 'HOLIDAY', name: '本局调整' }];
    const again = (await answering.execute<Cases>(CLOCKS)).data!.cases.nodes.find((n) => n.id === node.id)!;
    const edited = again.clocks.find((clock) => clock.code === working.code)!;
    expect(edited.deadline! > working.deadline!).toBe(true);
  });
});
