import { ShianUiProvider } from '@shian/ui-kit';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fillDate } from '@shian/remote-testing';
import type { Dayjs } from 'dayjs';
import { ChoiceField, CountField, comparedWith, DateField, FormDialog, TextField } from '../src';

const KIND = { SCIENCE: { label: '科普' }, RUMOR: { label: '辟谣' } };

type Article = { title: string; summary?: string; kind: keyof typeof KIND; publishedAt: Dayjs; reach?: number };

const ok = () => act(async () => fireEvent.click(screen.getByRole('button', { name: '确定' })));
const type = (label: string, value: string) =>
  act(async () => fireEvent.change(screen.getByLabelText(label), { target: { value } }));

describe('the form fields', () => {
  it('require what they are told to, limit a text and send the chosen value', async () => {
    const onSubmit = vi.fn(async (_v: Article) => undefined);
    render(
      <ShianUiProvider>
        <FormDialog<Article> label="新增文章" success="已保存" onSubmit={onSubmit}>
          <TextField label="标题" name="title" required="请输入标题" max={5} placeholder="文章标题" />
          <TextField label="摘要" name="summary" rows={3} max={8} />
          <ChoiceField label="类别" name="kind" labels={KIND} required="请选择类别" />
          <DateField label="发布日期" name="publishedAt" required="请选择发布日期" />
          <CountField label="阅读量" name="reach" />
        </FormDialog>
      </ShianUiProvider>,
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '新增文章' })));
    expect(screen.getByPlaceholderText('文章标题')).toBeTruthy();
    expect(screen.getByLabelText('摘要').tagName).toBe('TEXTAREA');
    await type('标题', '  ');
    await ok();
    expect(await screen.findByText('请输入标题')).toBeTruthy();
    // Each field's message comes as its own validation settles: waited for, not read at once.
    expect(await screen.findByText('请选择类别')).toBeTruthy();
    expect(await screen.findByText('请选择发布日期')).toBeTruthy();
    await type('标题', '夏季食品安全提示');
    await type('摘要', '一二三四五六七八九');
    await ok();
    expect(await screen.findByText('不能超过5个字符')).toBeTruthy();
    expect(await screen.findByText('不能超过8个字符')).toBeTruthy();
    await type('标题', '夏季提示');
    await type('摘要', '');
    await type('阅读量', '-3');
    await ok();
    expect(await screen.findByText('应为不小于 0 的整数')).toBeTruthy();
    await type('阅读量', '120');
    await fillDate('发布日期', '2025-06-01');
    await act(async () => fireEvent.mouseDown(screen.getByRole('combobox', { name: '类别' })));
    await act(async () => fireEvent.click(await screen.findByText('辟谣')));
    await ok();
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    const sent = onSubmit.mock.calls[0]![0];
    expect(sent).toMatchObject({ title: '夏季提示', kind: 'RUMOR', reach: 120 });
    expect(sent.publishedAt.format('YYYY-MM-DD')).toBe('2025-06-01');
  });
});

describe('comparedWith', () => {
  it('checks a value against another field once both are there, and again when the other changes', async () => {
    const onSubmit = vi.fn(async (_v: { assessed: number; passed: number }) => undefined);
    const notMore = comparedWith<number>('assessed', (passed, assessed) =>
      passed > assessed ? '合格人数不能多于参考人数' : undefined,
    );
    render(
      <ShianUiProvider>
        <FormDialog<{ assessed: number; passed: number }> label="登记考核" success="已登记" onSubmit={onSubmit}>
          <CountField label="参考人数" name="assessed" />
          <CountField label="合格人数" name="passed" dependencies={['assessed']} rules={[notMore]} />
        </FormDialog>
      </ShianUiProvider>,
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '登记考核' })));
    await type('合格人数', '12');
    await ok();
    expect(screen.queryByText('合格人数不能多于参考人数')).toBeNull();
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '登记考核' })));
    await type('参考人数', '10');
    await type('合格人数', '12');
    await ok();
    expect(await screen.findByText('合格人数不能多于参考人数')).toBeTruthy();
    await type('参考人数', '12');
    await waitFor(() => expect(screen.queryByText('合格人数不能多于参考人数')).toBeNull());
    await ok();
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(2));
    expect(onSubmit.mock.calls[1]![0]).toEqual({ assessed: 12, passed: 12 });
  });
});
