import { describe, expect, it } from 'vitest';
import { addMonths, DEFAULT_CALENDAR_DAYS, HolidayCalendar, todayInChina } from '../src/index';

const calendar = HolidayCalendar.chinese();

describe('the default Chinese calendar', () => {
  it('covers 2023 to 2026 from the committed data', () => {
    const years = new Set(DEFAULT_CALENDAR_DAYS.map((day) => day.date.slice(0, 4)));
    expect([...years]).toEqual(['2023', '2024', '2025', '2026']);
    expect(calendar.covers('2024-06-01')).toBe(true);
    expect(calendar.covers('2030-06-01')).toBe(false);
  });

  it('knows public holidays, make-up working days and plain weekends', () => {
    expect(calendar.dayType('2024-10-01')).toBe('HOLIDAY');
    expect(calendar.dayType('2024-10-04')).toBe('HOLIDAY');
    expect(calendar.dayType('2024-10-12')).toBe('MAKEUP_WORKDAY'); // a Saturday
    expect(calendar.dayType('2024-02-04')).toBe('MAKEUP_WORKDAY'); // a Sunday
    expect(calendar.dayType('2024-10-19')).toBe('WEEKEND');
    expect(calendar.dayType('2024-10-08')).toBe('WORKING_DAY');
    expect(calendar.isWorkingDay('2024-10-12')).toBe(true);
    expect(calendar.isWorkingDay('2024-10-01')).toBe(false);
    expect(calendar.entry('2024-02-12')?.name).toBe('春节');
  });

  it('lets the bureau override a date either way, replacing the default entry', () => {
    const edited = HolidayCalendar.chinese([
      { date: '2024-02-09', kind: 'HOLIDAY', name: '除夕(本区放假)' },
      { date: '2024-10-12', kind: 'HOLIDAY', name: '取消调休' },
      { date: '2024-10-07', kind: 'WORKDAY', name: '值班' },
    ]);
    expect(edited.dayType('2024-02-09')).toBe('HOLIDAY');
    expect(edited.dayType('2024-10-12')).toBe('HOLIDAY');
    expect(edited.dayType('2024-10-07')).toBe('WORKING_DAY');
    expect(calendar.dayType('2024-02-09')).toBe('WORKING_DAY');
    expect(edited.days(2024).find((day) => day.date === '2024-10-12')?.name).toBe('取消调休');
  });

  it('covers a year the bureau filled in itself', () => {
    const later = HolidayCalendar.chinese([{ date: '2030-01-01', kind: 'HOLIDAY', name: '元旦' }]);
    expect(later.covers('2030-05-01')).toBe(true);
  });

  it('refuses malformed entries', () => {
    expect(() => new HolidayCalendar([{ date: '2024-02-30', kind: 'HOLIDAY', name: 'x' }])).toThrow(RangeError);
    expect(() => new HolidayCalendar([{ date: '2024-02-01', kind: 'HOLIDAY', name: ' ' }])).toThrow(RangeError);
  });
});

describe('dates', () => {
  it('clamps month arithmetic to the end of the month and crosses years', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(addMonths('2024-11-15', 3)).toBe('2025-02-15');
  });

  it('takes today in China Standard Time', () => {
    expect(todayInChina(new Date('2024-12-31T16:30:00Z'))).toBe('2025-01-01');
    expect(todayInChina(new Date('2024-12-31T15:30:00Z'))).toBe('2024-12-31');
  });
});
