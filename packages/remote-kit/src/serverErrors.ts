import type { FormInstance } from '@shian/antd';
import { fieldErrors } from '@shian/graphql-client';
import { errorText } from '@shian/ui-kit';

/**
 * Shows a failed mutation's BAD_USER_INPUT messages next to their fields (`extensions.field` names the input
 * field); returns the message for anything that is not about one field.
 */
export function applyServerErrors(form: FormInstance, error: unknown): string | undefined {
  const byField = fieldErrors(error);
  const values = form.getFieldsValue(true) as Record<string, unknown>;
  // A field of a nested input (`complainant.phone`) is a nested form field (['complainant', 'phone']).
  const shown = Object.keys(byField)
    .map((field) => ({ field, path: field.split('.') }))
    .filter(({ path }) => form.getFieldInstance(path) !== undefined || hasPath(values, path));
  form.setFields(shown.map(({ field, path }) => ({ name: path, errors: [byField[field]!] })));
  return shown.length ? undefined : errorText(error);
}

function hasPath(values: unknown, path: readonly string[]): boolean {
  let current = values;
  for (const key of path) {
    if (!current || typeof current !== 'object' || !(key in current)) return false;
    current = (current as Record<string, unknown>)[key];
  }
  return true;
}
