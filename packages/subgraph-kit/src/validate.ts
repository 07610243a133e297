import { isLocalDate } from '@shian/clock';
import { userInputError } from './errors';

/**
 * Input checks every subgraph's mutations and filters use. Each throws BAD_USER_INPUT naming the field, so a check
 * done before the first write means a refused input leaves nothing behind.
 */

export function requiredText(value: string | null | undefined, field: string, label: string, max = 200): string {
  const text = (value ?? '').trim();
  if (!text) throw userInputError(`${label}不能为空`, field);
  if (text.length > max) throw userInputError(`${label}不能超过${max}个字符`, field);
  return text;
}

export function optionalText(value: string | null | undefined, field: string, label: string, max = 200): string | null {
  const text = (value ?? '').trim();
  if (!text) return null;
  if (text.length > max) throw userInputError(`${label}不能超过${max}个字符`, field);
  return text;
}

export function localDate(value: string | null | undefined, field: string, label: string): string {
  if (!isLocalDate(value)) throw userInputError(`${label}不是有效日期(格式 YYYY-MM-DD)`, field);
  return value;
}

export function notAfterToday(value: string, today: string, field: string, label: string): string {
  if (value > today) throw userInputError(`${label}不能晚于今天(${today})`, field);
  return value;
}

/** A date that cannot come before an earlier step of the same record. */
export function notBefore(
  value: string,
  earlier: string | null | undefined,
  field: string,
  label: string,
  earlierLabel: string,
): string {
  if (earlier && value < earlier) throw userInputError(`${label}(${value})不能早于${earlierLabel}(${earlier})`, field);
  return value;
}

export function checkYear(year: number): string | undefined {
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? undefined : `年份超出范围(2000—2100):${year}`;
}

/** A year filter as "YYYY-MM-DD" bounds (compared as strings, like every LocalDate), refusing impossible years. */
export function yearSpan(year: number, field = 'year'): { from: string; to: string } {
  const problem = checkYear(year);
  if (problem) throw userInputError(problem, field);
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** A year filter as instants in China Standard Time (UTC+8), for timestamps. */
export function yearWindow(year: number, field = 'year'): { from: Date; to: Date } {
  yearSpan(year, field);
  return { from: new Date(`${year}-01-01T00:00:00+08:00`), to: new Date(`${year + 1}-01-01T00:00:00+08:00`) };
}

/**
 * A LIKE pattern for "contains". Wildcards in the term are dropped rather than escaped (SQLite has no default escape
 * character); null when nothing is left, so that a search of "%" finds nothing instead of everything.
 */
export function likeTerm(term: string): string | null {
  const text = term.replace(/[%_\\]/g, '').trim();
  return text ? `%${text}%` : null;
}

/** "Contains" over some text fields, as a MikroORM condition. */
export function contains(fields: readonly string[], term: string): Record<string, unknown> {
  const pattern = likeTerm(term);
  if (!pattern) return { id: { $in: [] } };
  return { $or: fields.map((field) => ({ [field]: { $like: pattern } })) };
}
