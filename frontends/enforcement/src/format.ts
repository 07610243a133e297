import dayjs from 'dayjs';

/** LocalDate values arrive as "YYYY-MM-DD" and are shown as they are. */
export const formatDate = (value: string | null | undefined) => value ?? '—';

export const formatDateTime = (value: string | null | undefined) =>
  value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—';

export const formatMoney = (value: number | null | undefined) =>
  value ? `${value.toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 元` : '—';

/** Today in China Standard Time, "YYYY-MM-DD": the default date of a step. */
export const todayInChina = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
