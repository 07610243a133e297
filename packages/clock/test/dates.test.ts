import { describe, expect, it } from 'vitest';
import { isLocalDate, pastOfToday } from '../src';

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

describe('isLocalDate', () => {
  // What the check meant before it read digits: the date the string names prints back as the same string.
  const byDate = (value: string) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!match) return false;
    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    return date.toISOString().slice(0, 10) === value;
  };
  const pad = (n: number, width: number) => String(n).padStart(width, '0');

  it('agrees with the calendar on every day number 0–32 of every month 0–13 of leap, century and plain years', () => {
    for (const year of [100, 1900, 1999, 2000, 2023, 2024, 2100, 2400, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const value = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect(isLocalDate(value), value).toBe(byDate(value));
        }
      }
    }
  });

  it('refuses what is not a date string', () => {
    for (const value of [
      '2024-1-01',
      '2024-01-1',
      '2024/01/01',
      '2024-01-01T00:00',
      ' 2024-01-01',
      '２０２４-01-01',
      '2024-0a-01',
      '0099-01-01',
      '',
      '2024-02-30',
    ]) {
      expect(isLocalDate(value), value).toBe(false);
    }
    for (const value of [null, undefined, 20240101, new Date('2024-01-01')]) expect(isLocalDate(value)).toBe(false);
    expect(isLocalDate('2024-02-29')).toBe(true);
  });
});
