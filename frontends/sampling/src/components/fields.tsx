import { DatePicker, Form } from '@shian/antd';
import { todayInChina } from '@shian/remote-kit';
import { useT } from '@shian/ui-kit';
import type { Dayjs } from 'dayjs';

/** A picked date as the API's LocalDate. */
export const day = (value: Dayjs | undefined) => (value ? value.format('YYYY-MM-DD') : undefined);

/** A required field's rule; the message comes translated from the caller (`required(t('请选择…'))`). */
export const required = (message: string) => [{ required: true, message }];

// Required text is the kit's rule (not only spaces, at most `max`): the sampling forms import it from here.
export { requiredText } from '@shian/remote-kit';

/**
 * A required date of a step: the subgraphs refuse a day after today (in Beijing) and, where the step follows another,
 * one before it; the picker offers neither and a typed one is refused in the same words before anything is sent.
 * `label` and `after.label` come translated from the caller.
 */
export function DateItem(props: { name: string; label: string; after?: { on: string; label: string } }) {
  const t = useT();
  const { name, label, after } = props;
  const problem = (value: Dayjs) => {
    const date = value.format('YYYY-MM-DD');
    if (date > todayInChina()) return t('{{label}}不能晚于今天', { label });
    if (after && date < after.on) return t('{{label}}不能早于{{after}}', { label, after: after.label });
    return undefined;
  };
  return (
    <Form.Item
      name={name}
      label={label}
      rules={[
        ...required(t('请选择{{label}}', { label })),
        {
          validator: async (_, value?: Dayjs) => {
            const message = value && problem(value);
            if (message) throw new Error(message);
          },
        },
      ]}
    >
      <DatePicker style={{ width: '100%' }} disabledDate={(d) => problem(d) !== undefined} />
    </Form.Item>
  );
}
