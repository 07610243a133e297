// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import {
  connection,
  expectNotSent,
  pressInDialog,
  refusal,
  stubGateway,
  testToken,
  TOWNSHIPS,
  waitForSent,
} from '@shian/remote-testing';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { NoticesPage } from '../src/pages/NoticesPage';
import { renderInModule } from './fixtures';

const partnerToken = testToken({ sub: 'police', name: '公安协作', role: 'partner', department: 'police' });
const SENT_ON = dayjs().subtract(10, 'day').format('YYYY-MM-DD');

function notice(id: string, repliedOn: string | null, reply: string | null) {
  return {
    __typename: 'Notice',
    id,
    kind: 'SUPERVISION_LETTER',
    number: `巴州市监食督〔2026〕${id}号`,
    title: '关于校园周边食品安全问题整改的督办函',
    sentOn: SENT_ON,
    dueOn: dayjs().add(5, 'day').format('YYYY-MM-DD'),
    repliedOn,
    reply,
    content: '请于期限内反馈。',
    township: { __typename: 'Township', id: '511902001', name: '东城街道' },
  };
}

function noticesGateway(record?: (v: Record<string, any>) => object) {
  let replied: { on: string; text: string } | null = null;
  return stubGateway({
    TownshipOptions: () => TOWNSHIPS,
    NoticeList: () => ({
      data: {
        notices: connection('NoticeConnection', [
          notice('7', replied?.on ?? null, replied?.text ?? null),
          notice('3', SENT_ON, '已整改完毕'),
        ]),
      },
    }),
    RecordNoticeReply: (v) => {
      const answer = record?.(v);
      if (answer) return answer;
      replied = { on: v.repliedOn, text: v.reply };
      return {
        data: { recordNoticeReply: { __typename: 'Notice', id: v.id, repliedOn: v.repliedOn, reply: v.reply } },
      };
    },
  });
}

const render_ = (token?: string) =>
  render(renderInModule(<NoticesPage />, { path: '/entities/notices', route: '/entities/notices', token }));

describe('recording a notice’s reply', () => {
  it('offers 记录反馈 on unreplied notices only, checks the form, and sends the reply', async () => {
    const calls = noticesGateway();
    render_();
    await screen.findByText('巴州市监食督〔2026〕7号');
    const buttons = screen.getAllByRole('button', { name: '记录反馈' });
    expect(buttons).toHaveLength(1);
    expect(screen.getByText(/已整改完毕/)).toBeTruthy();

    await act(async () => fireEvent.click(buttons[0]!));
    const dialog = await screen.findByRole('dialog');
    await pressInDialog(dialog);
    expect(await within(dialog).findByText('请输入反馈内容')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('反馈内容'), { target: { value: '   ' } });
    await pressInDialog(dialog);
    expect(await within(dialog).findByText('请输入反馈内容')).toBeTruthy();
    expectNotSent(calls, 'RecordNoticeReply');

    fireEvent.change(within(dialog).getByLabelText('反馈内容'), { target: { value: '  已组织整改并销号。 ' } });
    await pressInDialog(dialog);
    expect(await waitForSent(calls, 'RecordNoticeReply')).toEqual({
      id: '7',
      repliedOn: dayjs().format('YYYY-MM-DD'),
      reply: '已组织整改并销号。',
    });
    await waitFor(() => expect(screen.queryAllByRole('button', { name: '记录反馈' })).toHaveLength(0));
    expect(screen.getByText(/已组织整改并销号。/)).toBeTruthy();
  });

  it('warns of a reply recorded meanwhile (CONFLICT) and reads the list again on OK', async () => {
    const calls = noticesGateway(() =>
      refusal('函件 巴州市监食督〔2026〕7号 已于 2026-12-01 记录反馈,不能再次记录', { code: 'CONFLICT' }),
    );
    render_();
    await screen.findByText('巴州市监食督〔2026〕7号');
    await act(async () => fireEvent.click(screen.getByText('记录反馈')));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('反馈内容'), { target: { value: '重复反馈' } });
    await pressInDialog(dialog);
    expect(await screen.findByText(/已于 2026-12-01 记录反馈/)).toBeTruthy();
    const warning = screen.getAllByRole('dialog').at(-1)!;
    expect(within(warning).getAllByText('记录已被他人修改').length).toBeGreaterThan(0);
    const lists = calls.filter((c) => c.operationName === 'NoticeList').length;
    await act(async () => fireEvent.click(within(warning).getByRole('button')));
    await waitFor(() => expect(calls.filter((c) => c.operationName === 'NoticeList').length).toBe(lists + 1));
  });

  it('offers no 记录反馈 without the right to write', async () => {
    noticesGateway();
    render_(partnerToken);
    expect(await screen.findAllByText('未反馈')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: '记录反馈' })).toBeNull();
  });
});
