import { requireWriter, userInputError } from '@shian/subgraph-kit';
import type { Context } from '@shian/subgraph-kit';

/**
 * Checks of the inputs in inputs.ts that the resolvers share. Each throws BAD_USER_INPUT naming the field (or
 * FORBIDDEN for a township outside the writer's), before anything is written.
 */

const TOWNSHIP_CODE = /^\d{9}$/;

/** Township codes: at least one (unless `optional`), each nine digits, each inside the writer's scope. */
export function townshipCodes(
  ctx: Context,
  ids: readonly string[] | null | undefined,
  field = 'townshipIds',
): string[] {
  const codes = [...new Set((ids ?? []).map((id) => id.trim()))];
  if (codes.length === 0) throw userInputError('至少选择一个乡镇(街道)', field);
  for (const code of codes) {
    if (!TOWNSHIP_CODE.test(code)) throw userInputError(`乡镇(街道)代码应为 9 位数字:${code}`, field);
  }
  for (const code of codes) requireWriter(ctx, code);
  return codes;
}

export function townshipCode(id: string, field: string): string {
  const code = id.trim();
  if (!TOWNSHIP_CODE.test(code)) throw userInputError(`乡镇(街道)代码应为 9 位数字:${code}`, field);
  return code;
}

/** Department names or partner codes (police, education, agriculture): kept in a `,a,b,` column, so no commas. */
export function departmentNames(values: readonly string[], field = 'departments', required = true): string[] {
  const names = [...new Set(values.map((value) => value.trim()).filter(Boolean))];
  if (required && names.length === 0) throw userInputError('至少选择一个部门', field);
  for (const name of names) {
    if (name.length > 50 || /[,,]/.test(name)) throw userInputError(`部门名称无效(不超过50字,不含逗号):${name}`, field);
  }
  return names;
}

export function wholeNumber(value: number, field: string, label: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw userInputError(`${label}应为 ${min}—${max} 的整数`, field);
  }
  return value;
}
