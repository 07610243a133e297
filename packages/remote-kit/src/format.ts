import { kitT } from '@shian/ui-kit';

/** LocalDate values arrive as "YYYY-MM-DD" and are shown as they are. */
export const formatDate = (value: string | null | undefined) => value ?? '—';

export { formatDateTime, todayInChina } from '@shian/ui-kit';

/** Scores keep one decimal only when they have one (85, 92.5). */
export const formatScore = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/** Amounts in yuan, as on a penalty decision: `12,500 元`; none (or zero) is `—`. */
export const formatMoney = (value: number | null | undefined) =>
  value ? kitT('{{amount}} 元', { amount: value.toLocaleString('zh-CN', { maximumFractionDigits: 2 }) }) : '—';

/** A list of named things in one cell: `东城街道、西城街道`. */
export const names = (list: readonly { name: string }[] | null | undefined) =>
  list?.map((item) => item.name).join(kitT('、')) || '—';
