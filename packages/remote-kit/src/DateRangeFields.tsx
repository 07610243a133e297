import { DatePicker, Flex, Form } from '@shian/antd';
import { kitT, useT } from '@shian/ui-kit';
import type { ComponentProps } from 'react';
import { dayNotBefore } from './dayRules';

type Rule = NonNullable<ComponentProps<typeof Form.Item>['rules']>[number];

export interface DateRangeFieldsProps {
  /** The form's fields for the first and the last day (`startsOn`, `endsOn` as the API's inputs name them). */
  names?: [start: string, end: string];
  /** The remote's own limits of the first day (translated), checked after it is required. */
  startRules?: Rule[];
}

/**
 * 开始日期 and 结束日期 side by side, both required, the end refused before the start as the subgraphs refuse it: a
 * period of a campaign, an operation, a publicity week.
 */
export function DateRangeFields({ names = ['startsOn', 'endsOn'], startRules = [] }: DateRangeFieldsProps) {
  useT();
  const [start, end] = names;
  return (
    <Flex gap={16}>
      <Form.Item
        label={kitT('开始日期')}
        name={start}
        rules={[{ required: true, message: kitT('请选择开始日期') }, ...startRules]}
        style={{ flex: 1 }}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        label={kitT('结束日期')}
        name={end}
        dependencies={[start]}
        style={{ flex: 1 }}
        rules={[
          { required: true, message: kitT('请选择结束日期') },
          dayNotBefore(start, kitT('结束日期不能早于开始日期')),
        ]}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </Flex>
  );
}
