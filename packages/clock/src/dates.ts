/**
 * Calendar dates as "YYYY-MM-DD" strings (the GraphQL LocalDate). Arithmetic runs in UTC so that no machine's
 * timezone shifts a day; strings of this shape compare correctly as strings.
 */
export type LocalDate = string;

const DAY_MS = 86_400_000;

/**
 * Read digit by digit: GraphQL serialises every date of a page through this check, and building a Date for each
 * was a measurable share of a list's CPU. Years before 0100 are refused, as `Date.UTC` would read them as 19xx.
 */
export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string' || value.length !== 10) return false;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 ? (isLeapYear(year) ? 29 : 28) : DAYS_IN_MONTH[month - 1]!);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** The number written in `value` from `start` to `end`, or -1 where a character is not a digit. */
function digits(value: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const code = value.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    n = n * 10 + code;
  }
  return n;
}

function toTime(value: LocalDate): number {
  if (!isLocalDate(value)) throw new RangeError(`not a date (YYYY-MM-DD): ${String(value)}`);
  return Date.parse(`${value}T00:00:00Z`);
}

const fromTime = (time: number): LocalDate => new Date(time).toISOString().slice(0, 10);

export function addDays(value: LocalDate, days: number): LocalDate {
  return fromTime(toTime(value) + days * DAY_MS);
}

/** Adds months, clamping to the month's last day (01-31 + 1 month → 02-28/29), as deadlines in months are counted. */
export function addMonths(value: LocalDate, months: number): LocalDate {
  const date = new Date(toTime(value));
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return fromTime(date.getTime());
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((toTime(to) - toTime(from)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(value: LocalDate): number {
  return new Date(toTime(value)).getUTCDay();
}

export const yearOf = (value: LocalDate): number => Number(value.slice(0, 4));

/** Today in China Standard Time: the bureau's day, whatever the server's timezone. */
export function todayInChina(now: Date = new Date()): LocalDate {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * Maps a demo's instants so that none of `today`'s (Beijing) lies ahead of `now`: demo data times a record at a fixed
 * hour of its date (09:00, 16:30…), so seeded earlier in the day, an entry of today would sort after what a user writes
 * next (a history read backwards). Today's instants are scaled into the part of today already gone, keeping their
 * order; other days' instants, and every instant when seeding for a day not yet begun or already over, stay.
 */
export function pastOfToday(today: LocalDate, now = Date.now()): (instant: Date) => Date {
  const dayStart = Date.parse(`${today}T00:00:00+08:00`);
  const elapsed = now - dayStart;
  return (instant) => {
    const intoDay = instant.getTime() - dayStart;
    if (elapsed < 0 || elapsed >= DAY_MS || intoDay < 0 || intoDay >= DAY_MS) return instant;
    return new Date(dayStart + Math.floor((intoDay * elapsed) / DAY_MS));
  };
}
