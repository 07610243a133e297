import { userInputError } from '@shian/subgraph-kit';
import { isLocalDate } from './rules/dates';

/**
 * Input checks shared by the mutations. Each throws BAD_USER_INPUT naming the field, before anything is written.
 */
export function requiredText(value: string | null | undefined, field: string, label: string, max = 200): string {
  const text = (value ?? '').trim();
  if (!text) throw userInputError(`${label}不能为空`, field);
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

const PHONE = /^[0-9+\-() ]{5,30}$/;

export function phone(value: string | null | undefined): string | null {
  const text = (value ?? '').trim();
  if (!text) return null;
  if (!PHONE.test(text)) throw userInputError('联系电话格式不正确', 'phone');
  return text;
}

/** Strips LIKE wildcards from a search term, so that "%" searches for nothing rather than for everything. */
export const likeTerm = (term: string) => `%${term.replace(/[%_\\]/g, '')}%`;
