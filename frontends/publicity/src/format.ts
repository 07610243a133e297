import dayjs from 'dayjs';

/** LocalDate values arrive as "YYYY-MM-DD" and are shown as they are. */
export const formatDate = (value: string | null | undefined) => value ?? '—';

export const formatDateTime = (value: string | null | undefined) =>
  value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—';

export const formatScore = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));
