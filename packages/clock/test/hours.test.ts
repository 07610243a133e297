import { describe, expect, it } from 'vitest';
import { computeHourClock, describeHours, type HourRule, validateHourRule } from '../src/index';

const twoHours: HourRule = { code: 'INCIDENT_REPORT_III', name: '较大事件报告时限', hours: 2, source: '应急预案' };
const at = (text: string) => new Date(text);

describe('hour clocks', () => {
  it('count hours on the wall clock from the instant received, across midnight and a holiday', () => {
    // 2025-10-01 is a public holiday: an hour limit does not care.
    const clock = computeHourClock({
      rule: twoHours,
      startedAt: at('2025-09-30T23:10:00+08:00'),
      now: at('2025-10-01T00:00:00+08:00'),
    });
    expect(clock.deadline.toISOString()).toBe(at('2025-10-01T01:10:00+08:00').toISOString());
    expect(clock).toMatchObject({ status: 'RUNNING', overdue: false, remainingMinutes: 70, completedAt: null });
  });

  it('are met when done before or exactly at the deadline, late when done after it', () => {
    const startedAt = at('2025-06-03T09:00:00+08:00');
    const done = (when: string) =>
      computeHourClock({ rule: twoHours, startedAt, completedAt: at(when), now: at(when) });
    expect(done('2025-06-03T10:59:00+08:00')).toMatchObject({ status: 'MET', overdue: false, remainingMinutes: null });
    expect(done('2025-06-03T11:00:00+08:00')).toMatchObject({ status: 'MET', overdue: false });
    expect(done('2025-06-03T11:00:01+08:00')).toMatchObject({ status: 'LATE', overdue: true });
  });

  it('are overdue once the deadline passes undone, with the minutes past it negative', () => {
    const clock = computeHourClock({
      rule: { ...twoHours, hours: 1 },
      startedAt: at('2025-06-03T09:00:00+08:00'),
      now: at('2025-06-03T10:30:30+08:00'),
    });
    expect(clock).toMatchObject({ status: 'OVERDUE', overdue: true, remainingMinutes: -31 });
  });

  it('keep a completed clock done whatever the time now', () => {
    const clock = computeHourClock({
      rule: twoHours,
      startedAt: at('2025-06-03T09:00:00+08:00'),
      completedAt: at('2025-06-03T09:40:00+08:00'),
      now: at('2025-12-31T00:00:00+08:00'),
    });
    expect(clock.status).toBe('MET');
  });

  it('refuse a completion before the start and instants that are not dates', () => {
    const startedAt = at('2025-06-03T09:00:00+08:00');
    expect(() =>
      computeHourClock({ rule: twoHours, startedAt, completedAt: at('2025-06-03T08:59:00+08:00'), now: startedAt }),
    ).toThrow(/before startedAt/);
    expect(() => computeHourClock({ rule: twoHours, startedAt: new Date('nonsense'), now: startedAt })).toThrow(
      /not an instant/,
    );
  });
});

describe('hour rules', () => {
  it('are described and validated for the bureau’s editors', () => {
    expect(describeHours(twoHours)).toBe('2小时');
    expect(validateHourRule(twoHours)).toEqual([]);
    expect(validateHourRule({ ...twoHours, code: 'bad code', name: ' ', hours: 0 }).map((p) => p.field)).toEqual([
      'code',
      'name',
      'hours',
    ]);
    expect(validateHourRule({ ...twoHours, hours: 1.5 })[0]?.message).toContain('1.5');
    expect(validateHourRule({ ...twoHours, hours: 169 })).toHaveLength(1);
  });
});
