/**
 * Calendar dates as the domain uses them: "YYYY-MM-DD" strings (GraphQL LocalDate), compared as strings and
 * computed in UTC so that no machine timezone shifts a day.
 */
const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLocalDate(value: string): boolean {
  const match = SHAPE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

function toDate(value: string): Date {
  if (!isLocalDate(value)) throw new RangeError(`not a date: ${value}`);
  return new Date(`${value}T00:00:00Z`);
}

const format = (date: Date) => date.toISOString().slice(0, 10);

export function addDays(value: string, days: number): string {
  const date = toDate(value);
  date.setUTCDate(date.getUTCDate() + days);
  return format(date);
}

/** Adds months, clamping to the month's last day (01-31 + 1 month → 02-28/29), as people count deadlines. */
export function addMonths(value: string, months: number): string {
  const date = toDate(value);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return format(date);
}

export const yearOf = (value: string) => Number(value.slice(0, 4));
