import dayjs from 'dayjs';

/** LocalDate values arrive as "YYYY-MM-DD" and are shown as they are. */
export const formatDate = (value: string | null | undefined) => value ?? '—';

export const formatDateTime = (value: string | null | undefined) =>
  value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—';

export const names = (list: readonly { name: string }[] | null | undefined) =>
  list?.map((t) => t.name).join('、') || '—';

/** Today in China Standard Time, "YYYY-MM-DD". */
export const todayInChina = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
