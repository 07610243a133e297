import { Form, Input } from '@shian/antd';
import { requiredText } from '@shian/remote-kit';
import { useT } from '@shian/ui-kit';

/**
 * A required free text of at most `max` characters, counted as it is typed: the subgraphs' requiredText limit
 * (a reply, a visit's findings, a dismissal's reason), checked here first so nothing is sent in vain.
 */
export function LongTextItem({
  name,
  label,
  required,
  max,
  rows = 5,
  placeholder,
}: {
  name: string;
  label: string;
  /** What the form says while it is empty (translated by the caller). */
  required: string;
  max: number;
  rows?: number;
  placeholder?: string;
}) {
  useT();
  return (
    <Form.Item name={name} label={label} rules={requiredText(required, max)}>
      <Input.TextArea rows={rows} showCount maxLength={max} placeholder={placeholder} />
    </Form.Item>
  );
}
