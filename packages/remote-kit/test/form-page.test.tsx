import { Form, Input } from '@shian/antd';
import { remoteRenderer } from '@shian/remote-testing';
import { useLocation } from '@shian/router';
import { CombinedError } from '@urql/core';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { defineRemote, FormPage, type FormPageProps } from '../src';

type Values = { title: string };
type Answer = { error?: CombinedError; data?: { id: string } };

const renderInModule = remoteRenderer(defineRemote({ module: 'things', label: '测试', pages: [] }), '/things');

function Where() {
  return <output aria-label="地址">{useLocation().pathname}</output>;
}

function renderPage(onSubmit: (v: Values) => Promise<Answer>, more: Partial<FormPageProps<Values, Answer>> = {}) {
  render(
    renderInModule(
      <>
        <FormPage<Values, Answer>
          title="新增物品"
          back="/"
          onSubmit={onSubmit}
          success="物品已登记"
          savedAt={(answer) => `/${answer.data!.id}`}
          {...more}
        >
          <Form.Item name="title" label="标题" rules={[{ required: true, message: '请填写标题' }]}>
            <Input />
          </Form.Item>
        </FormPage>
        <Where />
      </>,
      { path: '/things/new' },
    ),
  );
}

const type = (value: string) => fireEvent.change(screen.getByLabelText('标题'), { target: { value } });
const save = () => act(async () => fireEvent.click(screen.getByRole('button', { name: /保\s*存/ })));
const where = () => screen.getByLabelText('地址').textContent;

describe('FormPage', () => {
  it("sends nothing until the form validates, then says so and opens the saved record's page", async () => {
    const onSubmit = vi.fn(async (_values: Values) => ({ data: { id: 't1' } }));
    renderPage(onSubmit);
    await save();
    expect(await screen.findByText('请填写标题')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
    type('通报');
    await save();
    await waitFor(() => expect(where()).toBe('/things/t1'));
    expect(onSubmit.mock.calls[0]![0]).toEqual({ title: '通报' });
    expect(await screen.findByText('物品已登记')).toBeTruthy();
  });

  it("keeps the page with the server's message under its field, and asks for a correction above the form", async () => {
    const error = new CombinedError({
      graphQLErrors: [{ message: '标题已存在', extensions: { code: 'BAD_USER_INPUT', field: 'title' } }],
    });
    renderPage(async () => ({ error }));
    type('通报');
    await save();
    expect(await screen.findByText('标题已存在')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('请按提示修改后重新提交');
    expect(where()).toBe('/things/new');
  });

  it('shows any other refusal above the form', async () => {
    const error = new CombinedError({ graphQLErrors: [{ message: '无权登记', extensions: { code: 'FORBIDDEN' } }] });
    renderPage(async () => ({ error }));
    type('通报');
    await save();
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('无权登记'));
    expect(where()).toBe('/things/new');
  });

  it('warns of a CONFLICT and reloads the record on OK; 取消 goes back', async () => {
    const error = new CombinedError({
      graphQLErrors: [{ message: '记录已被修改', extensions: { code: 'CONFLICT' } }],
    });
    const reload = vi.fn();
    renderPage(async () => ({ error }), { back: '/t1', cancel: true, conflict: { title: '物品已被他人修改', reload } });
    type('通报');
    await save();
    expect((await screen.findAllByText('物品已被他人修改')).length).toBeGreaterThan(0);
    expect(reload).not.toHaveBeenCalled();
    await act(async () => fireEvent.click(screen.getAllByRole('button', { name: /知道了|确\s*定|OK/ }).at(-1)!));
    await waitFor(() => expect(reload).toHaveBeenCalled());
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /取\s*消/ })));
    expect(where()).toBe('/things/t1');
  });
});
