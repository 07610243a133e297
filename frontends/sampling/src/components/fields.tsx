/** A required field's rule; the message comes translated from the caller (`required(t('请选择…'))`). */
export const required = (message: string) => [{ required: true, message }];

// Required text is the kit's rule (not only spaces, at most `max`): the sampling forms import it from here.
export { requiredText } from '@shian/remote-kit';
