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

export function localDate(value: string, field: string, label: string): string {
  if (!isLocalDate(value)) throw userInputError(`${label}不是有效日期(格式 YYYY-MM-DD)`, field);
  return value;
}

export function notAfterToday(value: string, today: string, field: string, label: string): string {
  if (value > today) throw userInputError(`${label}不能晚于今天(${today})`, field);
  return value;
}

export function notBefore(
  value: string,
  earliest: string | null,
  field: string,
  label: string,
  earlierLabel: string,
): string {
  if (earliest && value < earliest)
    throw userInputError(`${label}(${value})不能早于${earlierLabel}(${earliest})`, field);
  return value;
}

export function townshipCode(value: string, field = 'townshipId'): string {
  if (!/^511902\d{3}$/.test(value)) throw userInputError(`乡镇(街道)代码无效:${value}`, field);
  return value;
}

/** Strips LIKE wildcards from a search term, so that "%" searches for nothing rather than for everything. */
export const likeTerm = (term: string) => `%${term.replace(/[%_\\]/g, '')}%`;
