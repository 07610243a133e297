import { DatePicker, Flex, Form } from '@shian/antd';
import { useT } from '@shian/ui-kit';
import type { Dayjs } from 'dayjs';

/**
 * 开始日期 and 结束日期 (form fields `startsOn`, `endsOn`, as the inputs name them), the end refused before the
 * start as the subgraph refuses it.
 */
export function PeriodFields() {
  const t = useT();
  return (
    <Flex gap={16}>
      <Form.Item
        label={t('开始日期')}
        name="startsOn"
        rules={[{ required: true, message: t('请选择开始日期') }]}
        style={{ flex: 1 }}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        label={t('结束日期')}
        name="endsOn"
        dependencies={['startsOn']}
        style={{ flex: 1 }}
        rules={[
          { required: true, message: t('请选择结束日期') },
          ({ getFieldValue }) => ({
            validator: async (_, value?: Dayjs) => {
              const startsOn: Dayjs | undefined = getFieldValue('startsOn');
              if (value && startsOn && value.isBefore(startsOn, 'day')) throw new Error(t('结束日期不能早于开始日期'));
            },
          }),
        ]}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </Flex>
  );
}
