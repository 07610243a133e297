import { addDays, HolidayCalendar } from '@shian/clock';

/** Working-day arithmetic for the demo data, on the default calendar (the same one the clocks start from). */
export const CALENDAR = HolidayCalendar.chinese();

export function nextWorkingDay(date: string): string {
  let day = date;
  while (!CALENDAR.isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/** `n` working days after `date` (0: the date itself, moved to a working day). */
export function addWorkingDays(date: string, n: number): string {
  let day = nextWorkingDay(date);
  for (let i = 0; i < n; i++) day = nextWorkingDay(addDays(day, 1));
  return day;
}

export function workingDays(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) if (CALENDAR.isWorkingDay(day)) days.push(day);
  return days;
}

export const minDate = (a: string, b: string) => (a < b ? a : b);
export const maxDate = (a: string, b: string) => (a > b ? a : b);
export const pad = (n: number, width: number) => String(n).padStart(width, '0');
