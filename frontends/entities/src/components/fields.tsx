import { Form, Input } from '@shian/antd';

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
  /** What the form says while it is empty. */
  required: string;
  max: number;
  rows?: number;
  placeholder?: string;
}) {
  return (
    <Form.Item
      name={name}
      label={label}
      rules={[
        { required: true, whitespace: true, message: required },
        { max, message: `不能超过${max}个字符` },
      ]}
    >
      <Input.TextArea rows={rows} showCount maxLength={max} placeholder={placeholder} />
    </Form.Item>
  );
}
