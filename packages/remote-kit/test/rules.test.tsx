import { Form, Select } from '@shian/antd';
import { ShianUiProvider } from '@shian/ui-kit';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { atLeastOne, FormDialog } from '../src';

afterEach(cleanup);

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
