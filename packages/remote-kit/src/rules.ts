import type { Form } from '@shian/antd';
import { kitT } from '@shian/ui-kit';
import type { ComponentProps } from 'react';

/** A rule of a form field (antd's). */
export type FieldRule = NonNullable<ComponentProps<typeof Form.Item>['rules']>[number];

/**
 * A multiple choice that the subgraph refuses empty (参加部门, 涉及乡镇, 违法行为…): at least one picked. The message
 * comes translated from the remote (`atLeastOne(t('至少选择一个参加部门'))`).
 */
export const atLeastOne = (message: string): FieldRule[] => [{ required: true, type: 'array', min: 1, message }];

/**
 * A text the subgraph requires: not blank (they trim before they check), and with `max` at most that many characters.
 * The message comes translated from the remote (`requiredText(t('请填写评估意见'))`).
 */
export const requiredText = (message: string, max?: number): FieldRule[] => [
  { required: true, whitespace: true, message },
  ...(max ? [{ max, message: kitT('不能超过{{max}}个字符', { max }) }] : []),
];
