/** A required field's rule; the message comes translated from the caller (`required(t('请选择…'))`). */
export const required = (message: string) => [{ required: true, message }];
