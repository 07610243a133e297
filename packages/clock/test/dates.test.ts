import { describe, expect, it } from 'vitest';
import { pastOfToday } from '../src';

describe('the demo seeded early in the day', () => {
  const past = pastOfToday('2026-12-07', Date.parse('2026-12-07T00:40:00+08:00'));
  const at = (local: string) => past(new Date(`${local}+08:00`)).getTime();

  it('times none of today’s records after the seeding, in their order', () => {
    const seeded = Date.parse('2026-12-07T00:40:00+08:00');
    const times = ['2026-12-07T09:00:00', '2026-12-07T09:06:00', '2026-12-07T23:59:00'].map(at);
    expect(times.every((time) => time < seeded)).toBe(true);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(times).size).toBe(3);
  });

  it('leaves earlier days, later days and a seeding for a day not yet begun as they are', () => {
    expect(at('2026-12-06T09:00:00')).toBe(Date.parse('2026-12-06T09:00:00+08:00'));
    expect(at('2026-12-08T09:00:00')).toBe(Date.parse('2026-12-08T09:00:00+08:00'));
    const ahead = pastOfToday('2027-01-04', Date.parse('2026-12-07T00:40:00+08:00'));
    const instant = new Date('2027-01-04T09:00:00+08:00');
    expect(ahead(instant)).toBe(instant);
  });
});
