// The bureau works in China Standard Time (UTC+8, no daylight saving): what a screen or an exported file shows as a
// date or time is Beijing's, whatever zone the browser is set to.
const CHINA_OFFSET_MS = 8 * 3_600_000;

const inChina = (instant: Date) => new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString();

/** Today in China Standard Time, "YYYY-MM-DD": the default date of a step, and the date in an export's name. */
export const todayInChina = (now: Date = new Date()) => inChina(now).slice(0, 10);

/** This year in China Standard Time: a list's or a figure's default year, the year a form starts from. */
export const thisYearInChina = (now: Date = new Date()) => Number(todayInChina(now).slice(0, 4));

/** An instant (ISO string) as "YYYY-MM-DD HH:mm" in Beijing time; none is `—`. */
export const formatDateTime = (value: string | null | undefined) => {
  if (!value) return '—';
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? value : inChina(instant).slice(0, 16).replace('T', ' ');
};
