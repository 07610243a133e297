import { userInputError } from '@shian/subgraph-kit';

/**
 * Input checks the mutations share. The common ones are the kit's (one way for every subgraph); these two are
 * enforcement's own. Each throws BAD_USER_INPUT naming the field, before anything is written.
 */
export {
  contains,
  localDate,
  notAfterToday,
  notBefore,
  optionalText,
  requiredText,
  yearSpan,
} from '@shian/subgraph-kit';

export function money(value: number | null | undefined, field: string, label: string): number {
  if (value == null) return 0;
  if (!Number.isFinite(value) || value < 0 || value > 1e10) throw userInputError(`${label}应为不小于 0 的金额`, field);
  return Math.round(value * 100) / 100;
}

export function unique<T>(values: readonly T[] | null | undefined): T[] {
  return [...new Set(values ?? [])];
}
