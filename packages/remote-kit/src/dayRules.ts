import type { Dayjs } from 'dayjs';
import type { FieldRule } from './rules';

/** A rule of a day field against another day of the same form; nothing is said while either is empty. */
const againstDay =
  (field: string, message: string, refused: (value: Dayjs, other: Dayjs) => boolean): FieldRule =>
  ({ getFieldValue }) => ({
    validator: async (_, value?: Dayjs) => {
      const other = getFieldValue(field) as Dayjs | undefined;
      if (value && other && refused(value, other)) throw new Error(message);
    },
  });

/**
 * A day that may not come before the form's `field` (a deadline and the day the notice went out), compared by the
 * day as the subgraphs compare them: `rules={[dayNotBefore('sentOn', t('办理期限不能早于发文日期'))]}` with
 * `dependencies={['sentOn']}`. The message comes translated.
 */
export const dayNotBefore = (field: string, message: string): FieldRule =>
  againstDay(field, message, (value, other) => value.isBefore(other, 'day'));

/** A day that must come after the form's `field`, not on it (a licence's 有效期至 and its 发证日期). */
export const dayAfter = (field: string, message: string): FieldRule =>
  againstDay(field, message, (value, other) => !value.isAfter(other, 'day'));
