import { i18n, ShianUiProvider } from '@shian/ui-kit';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Form } from '@shian/antd';
import {
  fillDate,
  officerToken,
  pick,
  remoteRenderer,
  stubGateway,
  TOWNSHIPS,
  townshipToken,
} from '@shian/remote-testing';
import dayjs, { type Dayjs } from 'dayjs';
import {
  afterToday,
  ChoiceField,
  CountField,
  comparedWith,
  DateField,
  defineRemote,
  FormDialog,
  PastDayField,
  type PastDayFieldProps,
  PastMomentField,
  TextField,
  TownshipField,
} from '../src';

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
    expect(await screen.findByText('标题不能超过5个字符')).toBeTruthy();
    expect(await screen.findByText('摘要不能超过8个字符')).toBeTruthy();
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

describe('TextField counted', () => {
  it('counts the characters as they are typed and takes no more than max', async () => {
    const onSubmit = vi.fn(async (_v: { reply: string }) => undefined);
    render(
      <ShianUiProvider>
        <FormDialog<{ reply: string }> label="答复" success="已答复" onSubmit={onSubmit}>
          <TextField label="答复内容" name="reply" required="请填写答复内容" max={10} rows={5} counted />
        </FormDialog>
      </ShianUiProvider>,
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '答复' })));
    const reply = screen.getByLabelText('答复内容');
    expect(reply.tagName).toBe('TEXTAREA');
    expect(reply.getAttribute('maxlength')).toBe('10');
    expect(screen.getByText('0 / 10')).toBeTruthy();
    await ok();
    expect(await screen.findByText('请填写答复内容')).toBeTruthy();
    await type('答复内容', '已责令整改');
    expect(screen.getByText('5 / 10')).toBeTruthy();
    await ok();
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]![0]).toEqual({ reply: '已责令整改' });
  });
});

describe('TextField required', () => {
  it('says 请填写 and the label with required, refuses a blank text, and takes it optional with false', async () => {
    const onSubmit = vi.fn(async (_v: { title: string; note?: string }) => undefined);
    render(
      <ShianUiProvider>
        <FormDialog<{ title: string; note?: string }> label="立案" success="已立案" onSubmit={onSubmit}>
          <TextField label="案由" name="title" required max={20} />
          <TextField label="备注" name="note" required={false} max={20} />
        </FormDialog>
      </ShianUiProvider>,
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '立案' })));
    await type('案由', '   ');
    await ok();
    expect(await screen.findByText('请填写案由')).toBeTruthy();
    await type('案由', '经营超过保质期的食品');
    await ok();
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ title: '经营超过保质期的食品' });
    expect(screen.queryByText('请填写备注')).toBeNull();
  });
});

describe('CountField max', () => {
  it('brings a larger number down to max', async () => {
    const onSubmit = vi.fn(async (_v: { people: number }) => undefined);
    render(
      <ShianUiProvider>
        <FormDialog<{ people: number }> label="登记行动" success="已登记" onSubmit={onSubmit}>
          <CountField label="出动人次" name="people" required="请输入出动人次" max={100} />
        </FormDialog>
      </ShianUiProvider>,
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '登记行动' })));
    await type('出动人次', '250');
    await act(async () => fireEvent.blur(screen.getByLabelText('出动人次')));
    await ok();
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]![0]).toEqual({ people: 100 });
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

describe('PastDayField', () => {
  afterEach(async () => {
    vi.useRealTimers();
    await i18n.changeLanguage('zh-CN');
  });
  // 17:30 UTC on the 5th is already the 6th in Beijing: the field's today is the bureau's, not the browser's.
  const beijingSixth = () => vi.useFakeTimers({ now: new Date('2026-12-05T17:30:00Z'), toFake: ['Date'] });

  it('offers no day after Beijing’s today', () => {
    beijingSixth();
    expect(afterToday(dayjs('2026-12-06'))).toBe(false);
    expect(afterToday(dayjs('2026-12-07'))).toBe(true);
    expect(afterToday(dayjs('2026-11-30'))).toBe(false);
  });

  type Found = { foundOn: Dayjs };
  const dialog = (field: Omit<PastDayFieldProps, 'name' | 'label'>, foundOn?: string, locale?: 'en') => {
    const onSubmit = vi.fn(async (_v: Found) => undefined);
    render(
      <ShianUiProvider locale={locale}>
        <FormDialog<Found>
          label="登记批次"
          success="已登记"
          onSubmit={onSubmit}
          initialValues={foundOn ? { foundOn: dayjs(foundOn) } : {}}
        >
          <PastDayField name="foundOn" label="发现日期" {...field} />
        </FormDialog>
      </ShianUiProvider>,
    );
    return onSubmit;
  };
  const open = () => act(async () => fireEvent.click(screen.getByRole('button', { name: '登记批次' })));

  it('requires the day and takes today', async () => {
    beijingSixth();
    const onSubmit = dialog({});
    await open();
    await ok();
    expect(await screen.findByText('请选择发现日期')).toBeTruthy();
    await fillDate('发现日期', '2026-12-06');
    await ok();
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0].foundOn.format('YYYY-MM-DD')).toBe('2026-12-06');
  });

  it('with refuseTyped, refuses tomorrow in words before anything is sent', async () => {
    beijingSixth();
    const onSubmit = dialog({ refuseTyped: true }, '2026-12-07');
    await open();
    await ok();
    expect(await screen.findByText('发现日期不能晚于今天')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('refuses a day before the step it follows, naming that step’s day', async () => {
    beijingSixth();
    const onSubmit = dialog({ refuseTyped: true, after: { on: '2026-12-02', label: '提出日期' } }, '2026-12-01');
    await open();
    await ok();
    expect(await screen.findByText('发现日期不能早于提出日期')).toBeTruthy();
    await fillDate('发现日期', '2026-12-02');
    await ok();
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
  });

  it('says its words in English, the labels from the remote’s catalog', async () => {
    beijingSixth();
    // A remote registers the kit's catalog beside its own, as the shell mounts it.
    defineRemote({
      module: 'things',
      label: '测试模块',
      pages: [],
      messages: {
        en: { 测试模块: 'Test module', 发现日期: 'Date found', 提出日期: 'Date filed', 登记批次: 'Register batch' },
      },
    });
    const button = (name: string) => act(async () => fireEvent.click(screen.getByRole('button', { name })));
    const said = async (foundOn: string | undefined, message: string) => {
      cleanup();
      dialog({ refuseTyped: true, after: { on: '2026-12-02', label: '提出日期' } }, foundOn, 'en');
      await button('Register batch');
      await button('OK');
      expect(await screen.findByText(message)).toBeTruthy();
    };
    await said(undefined, 'Date found: choose a date');
    await said('2026-12-07', 'Date found cannot be after today');
    await said('2026-12-01', 'Date found cannot be before Date filed');
  });
});

describe('PastMomentField', () => {
  it('refuses a moment after now in the caller’s words and takes one before', async () => {
    const onSubmit = vi.fn(async (_v: { occurredAt: Dayjs }) => undefined);
    const later = dayjs().add(2, 'hour');
    render(
      <ShianUiProvider>
        <FormDialog<{ occurredAt: Dayjs }>
          label="登记事件"
          success="已登记"
          onSubmit={onSubmit}
          initialValues={{ occurredAt: later }}
        >
          <PastMomentField label="发生时间" name="occurredAt" required="请选择发生时间" future="发生时间不能晚于现在" />
        </FormDialog>
      </ShianUiProvider>,
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '登记事件' })));
    expect((screen.getByLabelText('发生时间') as HTMLInputElement).value).toBe(later.format('YYYY-MM-DD HH:mm'));
    await ok();
    expect(await screen.findByText('发生时间不能晚于现在')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
    await fillDate('发生时间', '2026-03-01 08:30');
    // The picker's own 确定 stands beside the dialog's while it is open: the dialog's is its footer's.
    const footer = document.querySelector('.ant-modal-footer') as HTMLElement;
    await act(async () => fireEvent.click(within(footer).getByRole('button', { name: '确定' })));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]![0].occurredAt.format('YYYY-MM-DD HH:mm')).toBe('2026-03-01 08:30');
  });
});

// The kit's township options, answered at module level beside the field's form.
const TOWNSHIP_ANSWERS = { TownshipOptions: () => TOWNSHIPS };
const renderInModule = remoteRenderer(defineRemote({ module: 'things', label: '测试', pages: [] }), '/things');

// The form gives no initial township: the field starts at a township officer's own.
function Outreach({ required }: { required?: string }) {
  return (
    <Form>
      <TownshipField label="所在乡镇(街道)" name="townshipId" required={required} />
      <button type="submit">提交</button>
    </Form>
  );
}

describe('TownshipField', () => {
  it('offers the bureau a township or none (全区), and locks a township officer’s to their own', async () => {
    stubGateway(TOWNSHIP_ANSWERS);
    const { unmount } = render(renderInModule(<Outreach />, { token: officerToken }));
    expect(screen.getByText('全区')).toBeTruthy();
    await pick('所在乡镇(街道)', '东城街道');
    expect(document.querySelector('.ant-select-content')?.textContent).toBe('东城街道');
    unmount();

    render(renderInModule(<Outreach />, { token: townshipToken }));
    await waitFor(() => expect(screen.getByTitle('东城街道')).toBeTruthy());
    expect(screen.getByRole('combobox', { name: '所在乡镇(街道)' }).hasAttribute('disabled')).toBe(true);
  });

  it('with required, asks for one', async () => {
    stubGateway(TOWNSHIP_ANSWERS);
    render(renderInModule(<Outreach required="请选择乡镇(街道)" />, { token: officerToken }));
    expect(screen.getByText('请选择')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '提交' })));
    expect(await screen.findByText('请选择乡镇(街道)')).toBeTruthy();
  });
});
