import type { Dayjs } from 'dayjs';

/** A picked date as the API's LocalDate. */
export const day = (value: Dayjs | undefined) => (value ? value.format('YYYY-MM-DD') : undefined);

/** A required field's rule; the message comes translated from the caller (`required(t('请选择…'))`). */
export const required = (message: string) => [{ required: true, message }];

// Required text is the kit's rule (not only spaces, at most `max`): the sampling forms import it from here.
export { requiredText } from '@shian/remote-kit';
