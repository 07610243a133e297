// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { connection, fillDate, pick, stubGateway, testToken, waitForSent } from '@shian/remote-testing';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catchExports, exportList } from '@shian/remote-testing/excel';
import { ConsumerRequestsPage } from '../src/pages/ConsumerRequestsPage';
import { renderInModule } from './fixtures';

catchExports();

const request = (id: string, status: string) => ({
  __typename: 'ConsumerRequest',
  id,
  title: `学校周边辣条${id}`,
  category: 'CONVENIENCE_FOOD',
  description: '孩子常买,担心添加剂',
  channel: '巴州区市场监管局微信公众号',
  submittedBy: '王女士',
  submittedOn: '2024-04-02',
  votes: 120,
  status,
  reply: status === 'ANSWERED' ? '已组织抽检2批次' : null,
  samples:
    status === 'ANSWERED'
      ? [
          { __typename: 'Sample', id: 'S1', foodName: '辣条', verdict: 'QUALIFIED' },
          { __typename: 'Sample', id: 'S2', foodName: '辣条', verdict: 'UNQUALIFIED' },
        ]
      : [],
});

const answers = {
  ConsumerRequests: () => ({
    data: {
      consumerRequests: connection('ConsumerRequestConnection', [request('1', 'ANSWERED'), request('2', 'COLLECTING')]),
    },
  }),
};

describe('你点我检', () => {
  it('reads its filter from the address and writes a changed one back', async () => {
    const calls = stubGateway(answers);
    render(renderInModule(<ConsumerRequestsPage />, { path: '/sampling/requests?year=2024&status=ANSWERED' }));
    expect(await screen.findByText('学校周边辣条1')).toBeTruthy();
    expect(calls[0]!.variables).toEqual({ filter: { year: 2024, status: 'ANSWERED' }, first: 20, after: null });
    await act(async () => fireEvent.mouseDown(screen.getByLabelText('食品类别')));
    await act(async () => fireEvent.click((await screen.findAllByTitle('方便食品')).at(-1)!));
    await waitFor(() =>
      expect(calls.at(-1)!.variables.filter).toEqual({ year: 2024, status: 'ANSWERED', category: 'CONVENIENCE_FOOD' }),
    );
  });

  it('exports every request of the filter with Chinese headings and labels', async () => {
    const calls = stubGateway(answers);
    render(renderInModule(<ConsumerRequestsPage />, { path: '/sampling/requests?status=ANSWERED' }));
    await screen.findByText('学校周边辣条1');
    const cells = await exportList(calls, 'ConsumerRequests', { filter: { status: 'ANSWERED' } }, '你点我检');
    expect(cells[0]).toMatchObject({
      征集事项: '学校周边辣条1',
      食品类别: '方便食品',
      状态: '已公布结果',
      抽检批次: 2,
      不合格批次: 1,
      答复: '已组织抽检2批次',
    });
  });

  it('registers a request from the dialog, the channel filled in and every field required', async () => {
    const calls = stubGateway({
      ...answers,
      CreateConsumerRequest: () => ({ data: { createConsumerRequest: { __typename: 'ConsumerRequest', id: '9' } } }),
    });
    render(renderInModule(<ConsumerRequestsPage />, { path: '/sampling/requests' }));
    await screen.findByText('学校周边辣条1');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /登记征集/ })));
    const dialog = await screen.findByRole('dialog');
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ })));
    expect(await within(dialog).findByText('请填写征集事项')).toBeTruthy();
    expect(within(dialog).getByText('请选择食品类别')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('想检什么'), { target: { value: '校园周边烤肠' } });
    await pick('食品类别', '肉制品', dialog);
    fireEvent.change(within(dialog).getByLabelText('说明'), { target: { value: '想知道是否添加亚硝酸盐超标' } });
    fireEvent.change(within(dialog).getByLabelText('提出人'), { target: { value: '李先生' } });
    await fillDate('提出日期', '2024-05-06');
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ })));
    expect(await waitForSent(calls, 'CreateConsumerRequest')).toEqual({
      input: {
        title: '校园周边烤肠',
        category: 'MEAT_PRODUCTS',
        description: '想知道是否添加亚硝酸盐超标',
        channel: '巴州区市场监管局微信公众号',
        submittedBy: '李先生',
        submittedOn: '2024-05-06',
      },
    });
  });

  it('answers a request still collecting votes with a decision other than collecting', async () => {
    const calls = stubGateway({
      ...answers,
      DecideConsumerRequest: () => ({
        data: {
          decideConsumerRequest: {
            __typename: 'ConsumerRequest',
            id: '2',
            status: 'DECLINED',
            reply: '不属于抽检范围',
          },
        },
      }),
    });
    render(renderInModule(<ConsumerRequestsPage />, { path: '/sampling/requests' }));
    await screen.findByText('学校周边辣条2');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '答复' })));
    const dialog = await screen.findByRole('dialog');
    await act(async () => fireEvent.mouseDown(within(dialog).getByLabelText('结果')));
    expect(screen.queryAllByTitle('征集中')).toHaveLength(0);
    await act(async () => fireEvent.click((await screen.findAllByTitle('未采纳')).at(-1)!));
    fireEvent.change(within(dialog).getByLabelText('答复'), { target: { value: '不属于抽检范围' } });
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定/ })));
    expect(await waitForSent(calls, 'DecideConsumerRequest')).toEqual({
      input: { requestId: '2', status: 'DECLINED', reply: '不属于抽检范围' },
    });
  });

  it('offers neither 登记征集 nor 答复 to who may not write (a village liaison)', async () => {
    // 登记征集 is a NewRecordDialog, which decides itself that only writers see it (the page no longer gates it).
    stubGateway(answers);
    const village = testToken({ sub: 'village', name: '赵信息员', role: 'village' });
    render(renderInModule(<ConsumerRequestsPage />, { path: '/sampling/requests', token: village }));
    await screen.findByText('学校周边辣条2');
    expect(screen.queryByRole('button', { name: /登记征集/ })).toBeNull();
    expect(screen.queryByRole('button', { name: '答复' })).toBeNull();
  });
});
