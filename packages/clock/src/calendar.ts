import defaults from './data/cn-holidays.json' with { type: 'json' };
import { isLocalDate, type LocalDate, weekday, yearOf } from './dates';

/**
 * An entry of the holiday calendar: a date whose working status differs from what its weekday says.
 * HOLIDAY: no work (a public holiday, or a day off in lieu). WORKDAY: a make-up working day (调休上班), usually a
 * weekend day.
 */
export type CalendarDayKind = 'HOLIDAY' | 'WORKDAY';

export interface CalendarDay {
  date: LocalDate;
  kind: CalendarDayKind;
  name: string;
}

/** What a date is, once weekends and the calendar's entries are both taken into account. */
export type DayType = 'WORKING_DAY' | 'WEEKEND' | 'HOLIDAY' | 'MAKEUP_WORKDAY';

/** The calendar generated from chinese-days (scripts/generate-calendar.mjs), committed so nothing fetches it. */
export const DEFAULT_CALENDAR_DAYS: readonly CalendarDay[] = defaults.days as CalendarDay[];
export const DEFAULT_CALENDAR_YEARS: readonly [number, number] = defaults.years as [number, number];
export const DEFAULT_CALENDAR_SOURCE: string = defaults.source;

export function validateCalendarDay(day: CalendarDay): string | null {
  if (!isLocalDate(day.date)) return `日期格式应为 YYYY-MM-DD:${day.date}`;
  if (day.kind !== 'HOLIDAY' && day.kind !== 'WORKDAY') return `日期类型应为 HOLIDAY 或 WORKDAY:${day.kind}`;
  if (!day.name?.trim()) return '名称不能为空';
  return null;
}

/**
 * Weekends plus entries. Built from the default entries with the bureau's own entries on top: an override replaces
 * the default entry of its date, whichever kind either has, so every change the bureau makes is one entry of theirs.
 */
export class HolidayCalendar {
  private readonly entries = new Map<LocalDate, CalendarDay>();
  private readonly years: Set<number>;

  constructor(days: Iterable<CalendarDay>, coveredYears: Iterable<number> = []) {
    for (const day of days) {
      const problem = validateCalendarDay(day);
      if (problem) throw new RangeError(problem);
      this.entries.set(day.date, day);
    }
    this.years = new Set(coveredYears);
  }

  /** The committed Chinese schedule, optionally with overrides (the bureau's edits) on top. */
  static chinese(overrides: Iterable<CalendarDay> = []): HolidayCalendar {
    const [from, to] = DEFAULT_CALENDAR_YEARS;
    const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
    const overrideList = [...overrides];
    for (const day of overrideList) years.push(yearOf(day.date));
    return new HolidayCalendar([...DEFAULT_CALENDAR_DAYS, ...overrideList], years);
  }

  dayType(date: LocalDate): DayType {
    const entry = this.entries.get(date);
    const weekend = weekday(date) === 0 || weekday(date) === 6;
    if (entry?.kind === 'HOLIDAY') return 'HOLIDAY';
    if (entry?.kind === 'WORKDAY') return weekend ? 'MAKEUP_WORKDAY' : 'WORKING_DAY';
    return weekend ? 'WEEKEND' : 'WORKING_DAY';
  }

  isWorkingDay(date: LocalDate): boolean {
    const type = this.dayType(date);
    return type === 'WORKING_DAY' || type === 'MAKEUP_WORKDAY';
  }

  entry(date: LocalDate): CalendarDay | undefined {
    return this.entries.get(date);
  }

  /** Whether the calendar knows the public holidays of this date's year (outside it, only weekends count). */
  covers(date: LocalDate): boolean {
    return this.years.has(yearOf(date));
  }

  /** The entries of a year, in date order. */
  days(year: number): CalendarDay[] {
    return [...this.entries.values()]
      .filter((day) => yearOf(day.date) === year)
      .sort((a, b) => a.date.localeCompare(b.date));
  }
}
