import type { Dayjs } from 'dayjs';
import { comparedWith } from './fields';
import type { FieldRule } from './rules';

/**
 * A day that may not come before the form's `field` (a deadline and the day the notice went out), compared by the
 * day as the subgraphs compare them: `rules={[dayNotBefore('sentOn', t('办理期限不能早于发文日期'))]}` with
 * `dependencies={['sentOn']}`. The message comes translated; nothing is said while either day is empty.
 */
export const dayNotBefore = (field: string, message: string): FieldRule =>
  comparedWith<Dayjs>(field, (value, other) => (value.isBefore(other, 'day') ? message : undefined));

/** A day that must come after the form's `field`, not on it (a licence's 有效期至 and its 发证日期). */
export const dayAfter = (field: string, message: string): FieldRule =>
  comparedWith<Dayjs>(field, (value, other) => (value.isAfter(other, 'day') ? undefined : message));

/**
 * A moment that may not come before the form's `field` (received before it occurred), compared exactly as the
 * subgraphs compare them (a moment of 08:30:40 set by the page is after a picked 08:30):
 * `rules={[momentNotBefore('occurredAt', t('接报时间不能早于发生时间'))]}` with `dependencies={['occurredAt']}`. The
 * message comes translated; nothing is said while either moment is empty.
 */
export const momentNotBefore = (field: string, message: string): FieldRule =>
  comparedWith<Dayjs>(field, (value, other) => (value.isBefore(other) ? message : undefined));
