import { isLocalDate } from '@shian/clock';
import { userInputError } from '@shian/subgraph-kit';

/**
 * Input checks shared by the mutations. Each throws BAD_USER_INPUT naming the field, before anything is written.
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
) {
  if (earlier && value < earlier) throw userInputError(`${label}(${value})不能早于${earlierLabel}(${earlier})`, field);
  return value;
}

export function yearBounds(year: number, field = 'year'): { from: string; to: string } {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw userInputError('年度无效', field);
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

export function money(value: number | null | undefined, field: string, label: string): number {
  if (value == null) return 0;
  if (!Number.isFinite(value) || value < 0 || value > 1e10) throw userInputError(`${label}应为不小于 0 的金额`, field);
  return Math.round(value * 100) / 100;
}

export function unique<T>(values: readonly T[] | null | undefined): T[] {
  return [...new Set(values ?? [])];
}

/** "Contains" over text fields; LIKE wildcards dropped, and a term of nothing but wildcards matches nothing. */
export function contains(fields: readonly string[], term: string): Record<string, unknown> {
  const text = term.replace(/[%_\\]/g, '').trim();
  if (!text) return { id: { $in: [] } };
  return { $or: fields.map((field) => ({ [field]: { $like: `%${text}%` } })) };
}
