import { Form, Input, Select } from '@shian/antd';
import { ShianUiProvider } from '@shian/ui-kit';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { atLeastOne, FormDialog, requiredText } from '../src';

describe('atLeastOne', () => {
  it('refuses an empty multiple choice with the given message, and takes one picked', async () => {
    const onSubmit = vi.fn(async (_v: { departments: string[] }) => undefined);
    render(
      <ShianUiProvider>
        <FormDialog<{ departments: string[] }> label="新建" success="已保存" onSubmit={onSubmit}>
          <Form.Item label="参加部门" name="departments" rules={atLeastOne('至少选择一个参加部门')}>
            <Select mode="multiple" aria-label="参加部门" options={[{ value: 'POLICE', label: '区公安分局' }]} />
          </Form.Item>
        </FormDialog>
      </ShianUiProvider>,
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '新建' })));
    const ok = () => act(async () => fireEvent.click(screen.getByRole('button', { name: '确定' })));
    await ok();
    expect(await screen.findByText('至少选择一个参加部门')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
    await act(async () => fireEvent.mouseDown(screen.getByRole('combobox', { name: '参加部门' })));
    await act(async () => fireEvent.click(await screen.findByText('区公安分局')));
    await ok();
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]![0]).toEqual({ departments: ['POLICE'] });
  });
});

describe('requiredText', () => {
  it('refuses a blank text with the given message and a long one with the limit', async () => {
    const onSubmit = vi.fn(async (_v: { evidence: string }) => undefined);
    render(
      <ShianUiProvider>
        <FormDialog<{ evidence: string }> label="完成" success="已登记" onSubmit={onSubmit}>
          <Form.Item label="完成佐证" name="evidence" rules={requiredText('请填写完成佐证', 5)}>
            <Input />
          </Form.Item>
        </FormDialog>
      </ShianUiProvider>,
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '完成' })));
    const ok = () => act(async () => fireEvent.click(screen.getByRole('button', { name: '确定' })));
    const type = (value: string) =>
      act(async () => fireEvent.change(screen.getByLabelText('完成佐证'), { target: { value } }));
    await type('   ');
    await ok();
    expect(await screen.findByText('请填写完成佐证')).toBeTruthy();
    await type('印发工作方案');
    await ok();
    expect(await screen.findByText('不能超过5个字符')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
    await type('已印发');
    await ok();
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
  });
});
