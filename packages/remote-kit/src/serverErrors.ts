import type { FormInstance } from '@shian/antd';
import { fieldErrors } from '@shian/graphql-client';
import { errorText } from '@shian/ui-kit';

/**
 * Shows a failed mutation's BAD_USER_INPUT messages next to their fields (`extensions.field` names the input
 * field); returns the message for anything that is not about one field.
 */
export function applyServerErrors(form: FormInstance, error: unknown): string | undefined {
  const byField = fieldErrors(error);
  const names = Object.keys(byField).filter(
    (name) => form.getFieldInstance(name) !== undefined || name in form.getFieldsValue(true),
  );
  form.setFields(names.map((name) => ({ name, errors: [byField[name]!] })));
  return names.length ? undefined : errorText(error);
}
