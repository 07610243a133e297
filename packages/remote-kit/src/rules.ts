import type { Form } from '@shian/antd';
import type { ComponentProps } from 'react';

/** A rule of a form field (antd's). */
export type FieldRule = NonNullable<ComponentProps<typeof Form.Item>['rules']>[number];

/**
 * A multiple choice that the subgraph refuses empty (参加部门, 涉及乡镇, 违法行为…): at least one picked. The message
 * comes translated from the remote (`atLeastOne(t('至少选择一个参加部门'))`).
 */
export const atLeastOne = (message: string): FieldRule[] => [{ required: true, type: 'array', min: 1, message }];
