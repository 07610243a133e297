// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import {
  connection,
  expectNotSent,
  expectSearch,
  lastVariables,
  openDialog,
  pick,
  pressInDialog,
  rowFactory,
  sentVariables,
  stubGateway,
  TOWNSHIPS,
  waitForSent,
} from '@shian/remote-testing';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { InvestigationPage, InvestigationsPage } from '../src/pages/InvestigationsPage';
import { renderInModule } from './fixtures';

const round = {
  __typename: 'HazardInvestigation',
  id: 'H1',
  code: 'PC-2025-001',
  theme: '2025年校园及周边食品安全隐患排查',
  startDate: '2025-03-01',
  endDate: '2025-04-30',
  status: 'FINISHED',
  version: 3,
  hazardCount: 2,
  rectifiedCount: 1,
  townships: [{ __typename: 'Township', id: '511902001', name: '东城街道' }],
};

const hazard = rowFactory('Hazard', (id) => ({
  code: `YH-2025-00${id}`,
  description: `后厨未落实留样制度${id}`,
  foundOn: '2025-03-10',
  rectifyBy: '2025-03-25',
  rectifiedOn: null,
  rectifiedNote: null,
  verifiedBy: null,
  verifiedOn: null,
  status: 'OPEN',
  overdue: false,
  version: 1,
  enforcementCase: null,
  entity: { __typename: 'Entity', id: 'E0229', name: '东城小学食堂' },
  township: { __typename: 'Township', id: '511902001', name: '东城街道' },
  investigation: { __typename: 'HazardInvestigation', id: 'H1', theme: round.theme },
  risk: null,
}));

describe('a round of hazard investigation', () => {
  it('lists its hazards from the server with overdue flags and linked cases, and rectifies one through its form', async () => {
    const calls = stubGateway({
      TownshipOptions: () => TOWNSHIPS,
      HazardInvestigationDetail: () => ({ data: { hazardInvestigation: round } }),
      HazardList: () => ({
        data: {
          hazards: connection('HazardConnection', [
            hazard('1', { overdue: true }),
            hazard('2', {
              status: 'RECTIFIED',
              rectifiedOn: '2025-03-20',
              enforcementCase: { __typename: 'Case', id: 'C7', number: '巴州市监罚立〔2025〕7号', title: '某案' },
            }),
          ]),
        },
      }),
      RectifyHazard: (v) => ({
        data: { rectifyHazard: { __typename: 'Hazard', id: v.id, status: 'RECTIFIED', version: 2 } },
      }),
    });
    render(
      renderInModule(<InvestigationPage />, { path: '/risk/investigations/H1', route: '/risk/investigations/:id' }),
    );
    expect(await screen.findByText('后厨未落实留样制度1')).toBeTruthy();
    expect(screen.getByText('2025年校园及周边食品安全隐患排查')).toBeTruthy();
    expect(screen.getAllByTestId('overdue').map((t) => t.textContent)).toEqual(['逾期未整改']);
    expect(screen.getByText('巴州市监罚立〔2025〕7号')).toBeTruthy();
    expect(sentVariables(calls, 'HazardList').filter).toMatchObject({
      investigationId: 'H1',
    });
    // Rectify only the open one; verify only the rectified one; link a case only where none is linked.
    expect(screen.getAllByRole('button', { name: '整改' })).toHaveLength(1);
    expect(screen.getAllByRole('button', { name: '复核' })).toHaveLength(1);
    expect(screen.getAllByRole('button', { name: '关联案件' })).toHaveLength(1);
    // A finished round moves no further.
    expect(screen.queryByRole('button', { name: /开始排查|结束排查/ })).toBeNull();

    const dialog = await openDialog('整改');
    await pressInDialog(dialog, '确定');
    expect(await screen.findByText('请填写整改情况')).toBeTruthy();
    expectNotSent(calls, 'RectifyHazard');
    fireEvent.change(screen.getByLabelText('整改情况'), { target: { value: '已建立留样台账' } });
    await pressInDialog(dialog, '确定');
    const rectify = await waitForSent(calls, 'RectifyHazard');
    expect(rectify).toMatchObject({ id: '1', version: 1, note: '已建立留样台账' });
    expect(rectify.rectifiedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('the investigations list', () => {
  // A hazard's search and year once stood in the rounds' toolbar, two search boxes and two years side by side.
  it('searches and narrows rounds by their own filters, and hazards of every round by theirs', async () => {
    const calls = stubGateway({
      TownshipOptions: () => TOWNSHIPS,
      HazardInvestigationList: () => ({
        data: { hazardInvestigations: connection('HazardInvestigationConnection', [round]) },
      }),
      HazardList: () => ({ data: { hazards: connection('HazardConnection', [hazard('1')]) } }),
    });
    const rounds = render(
      renderInModule(<InvestigationsPage />, { path: '/risk/investigations', route: '/risk/investigations' }),
    );
    expect(await screen.findByText('PC-2025-001')).toBeTruthy();
    expect(screen.getAllByPlaceholderText(/^搜索/)).toHaveLength(1);
    expect(document.querySelectorAll('[data-filter="year"]')).toHaveLength(1);
    await expectSearch(calls, 'HazardInvestigationList', '搜索排查主题或编号', '校园');
    rounds.unmount();

    render(
      renderInModule(<InvestigationsPage />, {
        path: '/risk/investigations?view=hazards',
        route: '/risk/investigations',
      }),
    );
    expect(await screen.findByText('后厨未落实留样制度1')).toBeTruthy();
    expect(document.querySelectorAll('[data-filter="year"]')).toHaveLength(1);
    await expectSearch(calls, 'HazardList', '搜索隐患描述或编号', '留样');
  });
});

describe('关联案件 of a hazard', () => {
  it('chooses among the hazard’s business’s leads and cases, by number or cause, and sends the case’s id', async () => {
    const calls = stubGateway({
      TownshipOptions: () => TOWNSHIPS,
      HazardInvestigationDetail: () => ({ data: { hazardInvestigation: round } }),
      HazardList: () => ({ data: { hazards: connection('HazardConnection', [hazard('1')]) } }),
      CaseOptions: (v) => ({
        data: {
          cases: {
            __typename: 'CaseConnection',
            nodes: [
              { __typename: 'Case', id: 'c-uuid-1', number: null, title: '东城小学食堂未落实留样制度' },
              {
                __typename: 'Case',
                id: 'c-uuid-2',
                number: '巴州市监罚立〔2025〕9号',
                title: '东城小学食堂使用过期原料案',
              },
            ].filter((c) => !v.search || c.title.includes(v.search) || c.number?.includes(v.search)),
          },
        },
      }),
      LinkHazardCase: (v) => ({
        data: {
          linkHazardCase: {
            __typename: 'Hazard',
            id: v.id,
            version: 2,
            enforcementCase: { __typename: 'Case', id: v.caseId, number: null, title: '东城小学食堂未落实留样制度' },
          },
        },
      }),
    });
    render(
      renderInModule(<InvestigationPage />, { path: '/risk/investigations/H1', route: '/risk/investigations/:id' }),
    );
    const dialog = await openDialog('关联案件');
    await pressInDialog(dialog, '确定');
    expect(await within(dialog).findByText('请选择线索或案件')).toBeTruthy();
    await act(async () => fireEvent.change(within(dialog).getByLabelText('线索或案件'), { target: { value: '留样' } }));
    await pick('线索或案件', '(线索) 东城小学食堂未落实留样制度', dialog);
    // Only the hazard's business's: the search is narrowed to it.
    expect(lastVariables(calls, 'CaseOptions')).toEqual({ search: '留样', entityId: 'E0229' });
    await pressInDialog(dialog, '确定');
    expect(await waitForSent(calls, 'LinkHazardCase')).toEqual({ id: '1', version: 1, caseId: 'c-uuid-1' });
  });
});
