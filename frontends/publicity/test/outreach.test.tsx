// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { fillDate, refusal, sentVariables, stubGateway, TOWNSHIPS, townshipToken } from '@shian/remote-testing';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OutreachPage } from '../src/pages/OutreachPage';
import { renderInModule } from './fixtures';

const week = {
  __typename: 'PublicityWeek',
  id: 'W2024',
  year: 2024,
  name: '2024年巴州区食品安全宣传周',
  theme: '尚俭崇信 守护阳光下的餐桌',
  startsOn: '2024-06-17',
  endsOn: '2024-06-23',
  organizer: '巴州区市场监督管理局',
  activityCount: 0,
  materials: 0,
  peopleReached: 0,
};

const EMPTY = {
  data: {
    outreachEvents: {
      __typename: 'OutreachEventConnection',
      totalCount: 0,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      nodes: [],
    },
  },
};

const at = { path: '/publicity/outreach?month=2024-06', route: '/publicity/outreach' };

describe('登记宣传周', () => {
  it('checks the dates as the subgraph does, sends the week, keeps a refusal in the dialog, then shows it', async () => {
    let created = 0;
    const calls = stubGateway({
      PublicityWeeks: () => ({ data: { publicityWeeks: created > 1 ? [week] : [] } }),
      OutreachList: () => EMPTY,
      TownshipOptions: () => TOWNSHIPS,
      CreatePublicityWeek: () =>
        ++created === 1
          ? refusal('主题不能超过 100 个字符', { code: 'BAD_USER_INPUT', field: 'theme' })
          : { data: { createPublicityWeek: { __typename: 'PublicityWeek', id: 'W2024' } } },
    });
    render(renderInModule(<OutreachPage />, at));
    await act(async () => fireEvent.click(await screen.findByRole('button', { name: /登记宣传周/ })));
    const dialog = await screen.findByRole('dialog');
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ })));
    expect(await within(dialog).findByText('请输入宣传周名称')).toBeTruthy();
    expect(within(dialog).getByText('请选择开始日期')).toBeTruthy();
    await fillDate('开始日期', '2024-06-17');
    await fillDate('结束日期', '2024-06-10');
    expect(await within(dialog).findByText('结束日期不能早于开始日期')).toBeTruthy();
    expect(calls.some((c) => c.operationName === 'CreatePublicityWeek')).toBe(false);

    fireEvent.change(within(dialog).getByLabelText('名称'), { target: { value: ' 2024年巴州区食品安全宣传周 ' } });
    fireEvent.change(within(dialog).getByLabelText('宣传主题'), { target: { value: '尚俭崇信 守护阳光下的餐桌' } });
    await fillDate('结束日期', '2024-06-23');
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ })));
    expect(await within(dialog).findByText('主题不能超过 100 个字符')).toBeTruthy();
    expect(sentVariables(calls, 'CreatePublicityWeek')).toEqual({
      input: {
        name: '2024年巴州区食品安全宣传周',
        theme: '尚俭崇信 守护阳光下的餐桌',
        startsOn: '2024-06-17',
        endsOn: '2024-06-23',
        organizer: '巴州区市场监督管理局',
      },
    });

    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ })));
    expect(await screen.findByText(/2024年巴州区食品安全宣传周:/)).toBeTruthy();
  });

  it('is the district’s: a township officer registers activities but no week', async () => {
    stubGateway({ PublicityWeeks: () => ({ data: { publicityWeeks: [week] } }), OutreachList: () => EMPTY });
    render(renderInModule(<OutreachPage />, { ...at, token: townshipToken }));
    expect(await screen.findByRole('button', { name: /登记宣传活动/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /登记宣传周/ })).toBeNull();
  });
});
