import { ShianUiProvider } from '@shian/ui-kit';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DatePicker, Empty, Select } from '../src';

afterEach(cleanup);

// The components a page imports from here and the UI kit's provider must be one antd: a second copy would have its
// own ConfigProvider context and fall back to English and the default theme, with no error anywhere.
describe('@shian/antd under the kit provider', () => {
  it('speaks the provider locale: zh-CN by default, en when switched', () => {
    const { unmount } = render(
      <ShianUiProvider locale="zh-CN">
        <DatePicker />
        <Empty />
      </ShianUiProvider>,
    );
    expect(screen.getByPlaceholderText('请选择日期')).toBeTruthy();
    expect(screen.getAllByText('暂无数据').length).toBeGreaterThan(0);
    unmount();
    globalThis.localStorage?.removeItem('shian.locale');
    render(
      <ShianUiProvider locale="en">
        <DatePicker />
        <Select placeholder="—" />
      </ShianUiProvider>,
    );
    expect(screen.getByPlaceholderText('Select date')).toBeTruthy();
  });
});
