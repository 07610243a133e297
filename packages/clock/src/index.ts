export {
  type CalendarDay,
  type CalendarDayKind,
  DEFAULT_CALENDAR_DAYS,
  DEFAULT_CALENDAR_SOURCE,
  DEFAULT_CALENDAR_YEARS,
  type DayType,
  HolidayCalendar,
  validateCalendarDay,
} from './calendar';
export { type ClockInput, type ClockState, type ClockStatus, computeClock, deadlineOf, type Pause } from './clock';
export {
  addDays,
  addMonths,
  daysBetween,
  isLocalDate,
  type LocalDate,
  pastOfToday,
  todayInChina,
  weekday,
  yearOf,
} from './dates';
export { type ClockRule, type ClockUnit, describePeriod, UNIT_LABELS, validateRule } from './rule';
export {
  computeHourClock,
  describeHours,
  type HourClockInput,
  type HourClockState,
  type HourClockStatus,
  type HourRule,
  MAX_RULE_HOURS,
  validateHourRule,
} from './hours';
export { CALENDAR_OVERRIDES_QUERY } from './remote';
