import type { Form } from '@shian/antd';
import { todayInChina } from '@shian/remote-kit';
import { t } from '@shian/ui-kit';
import type { Dayjs } from 'dayjs';
import type { ComponentProps } from 'react';

type Rule = NonNullable<ComponentProps<typeof Form.Item>['rules']>[number];

// The enforcement subgraph's text limits (requiredText/optionalText, 200 characters unless it says otherwise),
// checked in the form so an officer learns them before sending. `label` comes translated (t('…')) from the form;
// the rules are built as the form renders, so they are in the screen's language.

/** A text the server requires: not blank, at most `max` characters. */
export const requiredText = (label: string, max = 200): Rule[] => [
  { required: true, whitespace: true, message: t('请填写{{label}}', { label }) },
  { max, message: t('{{label}}不能超过{{max}}个字符', { label, max }) },
];

/** A text the server takes if given: at most `max` characters. */
export const optionalText = (label: string, max = 200): Rule[] => [
  { max, message: t('{{label}}不能超过{{max}}个字符', { label, max }) },
];

/** Dates after today (in Beijing, as the server counts) cannot be picked: no step is recorded ahead of time. */
export const afterToday = (d: Dayjs) => d.format('YYYY-MM-DD') > todayInChina();

export const day = (d: Dayjs) => d.format('YYYY-MM-DD');
