import { DatePicker, Form } from '@shian/antd';
import { useT } from '@shian/ui-kit';
import type { CSSProperties } from 'react';
import { afterToday } from './formRules';

/**
 * A day the form records as it happened (received, inspected, seized, a step taken): required, and not after today,
 * as no step is recorded ahead of time. `label` comes translated.
 */
export function PastDayItem({ name, label, style }: { name: string; label: string; style?: CSSProperties }) {
  const t = useT();
  return (
    <Form.Item
      label={label}
      name={name}
      rules={[{ required: true, message: t('请选择{{label}}', { label }) }]}
      style={style}
    >
      <DatePicker style={{ width: '100%' }} disabledDate={afterToday} />
    </Form.Item>
  );
}
