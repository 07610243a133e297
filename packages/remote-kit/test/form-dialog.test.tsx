import { Form, Input } from '@shian/antd';
import { CombinedError } from '@urql/core';
import { ShianUiProvider } from '@shian/ui-kit';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FormDialog } from '../src';

function renderDialog(
  onSubmit: (v: { title: string }) => Promise<{ error?: CombinedError } | CombinedError | undefined>,
) {
  const onDone = vi.fn();
  render(
    <ShianUiProvider>
      <FormDialog<{ title: string }> label="新增" success="已保存" onSubmit={onSubmit} onDone={onDone}>
        <Form.Item name="title" label="标题" rules={[{ required: true, message: '请填写标题' }]}>
          <Input />
        </Form.Item>
      </FormDialog>
    </ShianUiProvider>,
  );
  return onDone;
}

const open = async () => {
  await act(async () => fireEvent.click(screen.getByRole('button', { name: '新增' })));
  expect(await screen.findByLabelText('标题')).toBeTruthy();
};
const type = (value: string) => fireEvent.change(screen.getByLabelText('标题'), { target: { value } });
const ok = () => act(async () => fireEvent.click(screen.getByRole('button', { name: '确定' })));

describe('FormDialog', () => {
  it('sends nothing until the form validates, then says so and closes', async () => {
    const onSubmit = vi.fn(async (_values: { title: string }) => ({}));
    const onDone = renderDialog(onSubmit);
    await open();
    await ok();
    expect(await screen.findByText('请填写标题')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
    type('通报');
    await ok();
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]![0]).toEqual({ title: '通报' });
    expect(await screen.findByText('已保存')).toBeTruthy();
  });

  it('keeps the dialog open with the server’s message under its field', async () => {
    const error = new CombinedError({
      graphQLErrors: [{ message: '标题已存在', extensions: { code: 'BAD_USER_INPUT', field: 'title' } }],
    });
    const onDone = renderDialog(async () => error);
    await open();
    type('通报');
    await ok();
    expect(await screen.findByText('标题已存在')).toBeTruthy();
    expect(screen.getByLabelText('标题')).toBeTruthy();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('puts a refusal about a field of a nested input under that nested field', async () => {
    const error = new CombinedError({
      graphQLErrors: [
        { message: '手机号码格式不正确', extensions: { code: 'BAD_USER_INPUT', field: 'complainant.phone' } },
      ],
    });
    render(
      <ShianUiProvider>
        <FormDialog<{ complainant: { phone: string } }> label="修改" success="已保存" onSubmit={async () => error}>
          <Form.Item name={['complainant', 'phone']} label="手机号码">
            <Input />
          </Form.Item>
        </FormDialog>
      </ShianUiProvider>,
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '修改' })));
    fireEvent.change(await screen.findByLabelText('手机号码'), { target: { value: '123' } });
    await ok();
    const message = await screen.findByText('手机号码格式不正确');
    expect(message.closest('.ant-form-item')?.querySelector('input')).toBe(screen.getByLabelText('手机号码'));
    expect(screen.queryByRole('alert', { name: '手机号码格式不正确' })).toBeNull();
  });

  it('keeps any other refusal in the dialog, above the form', async () => {
    const error = new CombinedError({
      graphQLErrors: [{ message: '无权登记其他乡镇的记录', extensions: { code: 'FORBIDDEN' } }],
    });
    renderDialog(async () => ({ error }));
    await open();
    type('通报');
    await ok();
    expect((await screen.findByRole('alert')).textContent).toContain('无权登记其他乡镇的记录');
    expect((screen.getByLabelText('标题') as HTMLInputElement).value).toBe('通报');
  });

  it('on a CONFLICT closes, warns that the record changed, and reloads on OK', async () => {
    const error = new CombinedError({
      graphQLErrors: [{ message: '记录已被修改,请刷新后重试', extensions: { code: 'CONFLICT' } }],
    });
    const onDone = renderDialog(async () => ({ error }));
    await open();
    type('通报');
    await ok();
    expect((await screen.findAllByText('记录已被他人修改')).length).toBeGreaterThan(0);
    expect(onDone).not.toHaveBeenCalled();
    await act(async () => fireEvent.click(screen.getAllByRole('button', { name: /知道了|确定|OK/ }).at(-1)!));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
  });
});
