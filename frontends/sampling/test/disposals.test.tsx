// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import {
  connection,
  refusal,
  rowFactory,
  sentVariables,
  stubGateway,
  testToken,
  TOWNSHIPS,
} from '@shian/remote-testing';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catchExports, exportList } from '@shian/remote-testing/excel';
import { DisposalsPage } from '../src/pages/DisposalsPage';
import { disposalExtended, disposalRule, renderInModule } from './fixtures';

catchExports();

const disposal = rowFactory('Disposal', (id) => ({
  startedOn: '2024-06-10',
  completedOn: null,
  actions: ['OFF_SHELF', 'RECALL'],
  extended: false,
  caseNumber: null,
  clock: { __typename: 'Clock', deadline: '2024-09-08', remaining: 12, status: 'RUNNING', paused: false },
  sample: {
    __typename: 'Sample',
    id: `S${id}`,
    foodName: `豇豆${id}`,
    number: `QC24511902000${id}`,
    failureKind: 'PESTICIDE_VET_RESIDUE',
    entity: {
      __typename: 'Entity',
      id: 'E0060',
      name: '东城生鲜超市',
      township: { __typename: 'Township', id: '511902001', name: '东城街道' },
    },
  },
}));

const BOARD = {
  data: {
    disposals: connection('DisposalConnection', [
      disposal('1'),
      disposal('2', { extended: true, clock: { ...disposal('2').clock, deadline: '2024-10-08' } }),
      disposal('3', { completedOn: '2024-07-01', caseNumber: '巴州市监罚立〔2024〕12号', actions: ['FILE_CASE'] }),
    ]),
  },
};

/** The board's page, its township filter's options, and a 核查处置 rule that allows one extension of 30 days. */
const ANSWERS = { TownshipOptions: () => TOWNSHIPS, DisposalRule: disposalRule(30), DisposalBoard: () => BOARD };

const board = (calls: { operationName: string; variables: Record<string, any> }[]) =>
  calls.filter((c) => c.operationName === 'DisposalBoard');

describe('不合格处置看板', () => {
  it('reads its filter from the address and writes a changed one back, open disposals by default', async () => {
    const calls = stubGateway(ANSWERS);
    render(renderInModule(<DisposalsPage />, { path: '/sampling/disposals?state=done&action=RECALL&year=2024' }));
    expect(await screen.findByText('豇豆1')).toBeTruthy();
    expect(board(calls)[0]!.variables).toEqual({
      filter: { year: 2024, action: 'RECALL', open: false },
      first: 20,
      after: null,
    });
    await act(async () => fireEvent.click(screen.getByText('全部')));
    await waitFor(() => expect(board(calls).at(-1)!.variables.filter).toEqual({ year: 2024, action: 'RECALL' }));
    await act(async () => fireEvent.mouseDown(screen.getByLabelText('乡镇(街道)')));
    await act(async () => fireEvent.click((await screen.findAllByTitle('西城街道')).at(-1)!));
    await waitFor(() =>
      expect(board(calls).at(-1)!.variables.filter).toEqual({ year: 2024, action: 'RECALL', townshipId: '511902002' }),
    );
  });

  it('exports every disposal of the filter with Chinese headings and labels', async () => {
    const calls = stubGateway(ANSWERS);
    render(renderInModule(<DisposalsPage />, { path: '/sampling/disposals?townshipId=511902001' }));
    await screen.findByText('豇豆1');
    const filter = { townshipId: '511902001', open: true };
    const cells = await exportList(calls, 'DisposalBoard', { filter }, '不合格处置');
    expect(cells[1]).toMatchObject({
      抽样单编号: 'QC245119020002',
      不合格类型: '农兽药残留超标',
      处置措施: '下架、召回',
      处置期限: '2024-10-08(已延长)',
      时限状态: '计时中',
    });
    expect(cells[2]).toMatchObject({ 处置措施: '立案', 完成日期: '2024-07-01', 案件编号: '巴州市监罚立〔2024〕12号' });
  });
});

describe('延长核查处置期限', () => {
  it('is offered on an open disposal not yet extended, says by how much, and sends it', async () => {
    const calls = stubGateway({
      ...ANSWERS,
      ExtendDisposal: disposalExtended('2024-10-08'),
    });
    render(renderInModule(<DisposalsPage />, { path: '/sampling/disposals?state=all' }));
    await screen.findByText('豇豆1');
    // The button waits for the extension rule's answer besides the list's: given time on a busy machine.
    const buttons = await screen.findAllByRole('button', { name: '延长期限' }, { timeout: 5000 });
    expect(buttons).toHaveLength(1);
    expect(buttons[0]!.closest('tr')!.textContent).toContain('豇豆1');
    await act(async () => fireEvent.click(buttons[0]!));
    const dialog = screen.getByRole('dialog');
    expect(dialog.textContent).toContain('将核查处置期限延长30日(现截止 2024-09-08)');
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: '批准延长' })));
    await waitFor(() => expect(calls.some((c) => c.operationName === 'ExtendDisposal')).toBe(true));
    expect(sentVariables(calls, 'ExtendDisposal')).toEqual({ disposalId: '1' });
    expect(await screen.findByText('核查处置期限已延长30日')).toBeTruthy();
  });

  it('shows the server’s refusal in the dialog', async () => {
    stubGateway({
      ...ANSWERS,
      ExtendDisposal: () => refusal('处置期限已延长过一次', { code: 'BAD_USER_INPUT', field: 'disposalId' }),
    });
    render(renderInModule(<DisposalsPage />));
    await screen.findByText('豇豆1');
    const buttons = await screen.findAllByRole('button', { name: '延长期限' }, { timeout: 5000 });
    await act(async () => fireEvent.click(buttons[0]!));
    const dialog = screen.getByRole('dialog');
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: '批准延长' })));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('处置期限已延长过一次');
  });

  it('is not offered where the rule allows no extension, nor to a village 协管员', async () => {
    const calls = stubGateway({ ...ANSWERS, DisposalRule: disposalRule(0) });
    render(renderInModule(<DisposalsPage />));
    await screen.findByText('豇豆1');
    await waitFor(() => expect(calls.some((c) => c.operationName === 'DisposalRule')).toBe(true));
    expect(screen.queryByRole('button', { name: '延长期限' })).toBeNull();
    cleanup();

    const village = testToken({ sub: 'village', name: '赵信息员', role: 'village' });
    const asked = stubGateway(ANSWERS);
    render(renderInModule(<DisposalsPage />, { token: village }));
    await screen.findByText('豇豆1');
    expect(screen.queryByRole('button', { name: '延长期限' })).toBeNull();
    expect(asked.map((c) => c.operationName)).not.toContain('DisposalRule');
  });
});
