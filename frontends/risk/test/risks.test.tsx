// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { catchExports, exportedSheet, saved } from '@shian/remote-testing/excel';
import {
  auditTrailAnswer,
  connection,
  expectAuditTrail,
  expectNotSent,
  expectShown,
  lastVariables,
  openDialog,
  pick,
  pressInDialog,
  sentVariables,
  stubGateway,
  TOWNSHIPS,
  waitForSent,
} from '@shian/remote-testing';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RiskPage } from '../src/pages/RiskPage';
import { RisksPage } from '../src/pages/RisksPage';
import { dutyRow, leaderToken, MATRIX, renderInModule, riskRow } from './fixtures';

catchExports();

const risks = (nodes: object[], options?: Parameters<typeof connection>[2]) => ({
  data: { risks: connection('RiskConnection', nodes, options) },
});

describe('风险清单', () => {
  it('lists the risks from the gateway with Chinese labels, and filters on the server', async () => {
    const calls = stubGateway({
      TownshipOptions: () => TOWNSHIPS,
      RiskList: (v) =>
        risks(
          v.filter?.level === 'LOW'
            ? [riskRow('9', { title: '低风险项', level: 'LOW' })]
            : [riskRow('1'), riskRow('2')],
        ),
    });
    render(renderInModule(<RisksPage />));
    expect(await screen.findByText('农村集体聚餐食物中毒风险1')).toBeTruthy();
    expect(screen.getAllByText('农村集体聚餐').length).toBeGreaterThan(0);
    expectShown({
      counts: { 重大风险: 2 },
      texts: [/共 2 条/],
      links: { 农村集体聚餐食物中毒风险1: '/risk/risks/1' },
    });

    await pick('等级', '低风险');
    expect(await screen.findByText('低风险项')).toBeTruthy();
    expect(lastVariables(calls, 'RiskList')).toMatchObject({ filter: { level: 'LOW' }, first: 20, after: null });
    expect(lastVariables(calls, 'RiskList').filter).not.toHaveProperty('townshipId');
  });

  it('exports every page the filters select, with labels rather than codes', async () => {
    const calls = stubGateway({
      TownshipOptions: () => TOWNSHIPS,
      RiskList: (v) =>
        v.first === 100
          ? v.after
            ? risks([riskRow('3', { level: 'LOW', category: 'CAMPUS' })], { totalCount: 3 })
            : risks([riskRow('1'), riskRow('2')], { totalCount: 3, after: 'c2' })
          : risks([riskRow('1')], { totalCount: 3 }),
    });
    render(renderInModule(<RisksPage />));
    await screen.findByText('农村集体聚餐食物中毒风险1');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /导出Excel/ })));
    await waitFor(() => expect(saved).toHaveLength(1));
    const { rows, filename } = saved[0]!;
    expect(filename).toMatch(/^风险清单-\d{4}-\d{2}-\d{2}$/);
    expect(rows).toHaveLength(3);
    const row = await exportedSheet();
    expect(row(2, '等级')).toBe('重大风险');
    expect(row(4, '等级')).toBe('低风险');
    expect(row(4, '类别')).toBe('校园食品');
    expect(row(2, '涉及乡镇(街道)')).toBe('东城街道');
    expect(calls.filter((c) => c.variables.first === 100).map((c) => c.variables.after)).toEqual([null, 'c2']);
  });

  it('shows the matrix: counts per likelihood × severity cell in its level’s colour; only leaders adjust it', async () => {
    const cells = {
      data: {
        risks: connection('RiskConnection', [
          { __typename: 'Risk', id: '1', likelihood: 5, severity: 5 },
          { __typename: 'Risk', id: '2', likelihood: 5, severity: 5 },
          { __typename: 'Risk', id: '3', likelihood: 1, severity: 2 },
        ]),
      },
    };
    stubGateway({ TownshipOptions: () => TOWNSHIPS, RiskMatrix: () => MATRIX, RiskCells: () => cells });
    const { unmount } = render(renderInModule(<RisksPage />, { path: '/risk?view=matrix' }));
    expect(await screen.findByText('共 3 项风险')).toBeTruthy();
    const top = screen.getByTestId('cell-5-5');
    expect(top.textContent).toBe('2');
    expect(top.getAttribute('title')).toContain('重大风险');
    expect(screen.getByTestId('cell-1-2').textContent).toBe('1');
    expect(screen.getByTestId('cell-1-2').getAttribute('title')).toContain('低风险');
    expect(screen.getByTestId('cell-3-3').textContent).toBe('');
    expect(screen.queryByRole('button', { name: '调整风险矩阵' })).toBeNull();
    unmount();

    render(renderInModule(<RisksPage />, { path: '/risk?view=matrix', token: leaderToken }));
    expect(await screen.findByRole('button', { name: '调整风险矩阵' })).toBeTruthy();
  });

  it('says when the matrix was last adjusted, in Beijing time', async () => {
    const adjusted = { data: { riskMatrix: { ...MATRIX.data.riskMatrix, updatedAt: '2026-03-01T17:10:00.000Z' } } };
    stubGateway({
      TownshipOptions: () => TOWNSHIPS,
      RiskMatrix: () => adjusted,
      RiskCells: () => ({ data: { risks: connection('RiskConnection', []) } }),
    });
    render(renderInModule(<RisksPage />, { path: '/risk?view=matrix' }));
    expect(await screen.findByText('矩阵最近调整于 2026-03-02 01:10')).toBeTruthy();
  });
});

const detail = {
  data: {
    risk: {
      ...riskRow('1'),
      hazard: '自办宴席加工场所简陋、从业人员无健康证明',
      source: '农村自办群体性宴席',
      controls: '宴席备案、厨师培训',
      version: 3,
      businessCategories: ['CATERING'],
      owner: { __typename: 'Official', id: 'O1', name: '赵副区长', title: '副区长' },
      levelHistory: [
        {
          __typename: 'RiskLevelChange',
          at: '2025-02-01T02:00:00.000Z',
          from: null,
          to: 'HIGH',
          likelihood: 3,
          severity: 5,
          reason: '登记',
          by: '李执法',
        },
        {
          __typename: 'RiskLevelChange',
          at: '2025-04-01T02:00:00.000Z',
          from: 'HIGH',
          to: 'MAJOR',
          likelihood: 4,
          severity: 5,
          reason: '风险矩阵调整',
          by: '王局长',
        },
      ],
      duties: [{ __typename: 'Duty', id: '1' }],
      hazards: { __typename: 'HazardConnection', totalCount: 0 },
    },
  },
};

describe('a risk’s page', () => {
  it('shows its level history oldest first, and its duties (the risk’s, from the server) with their clocks', async () => {
    const overdue = dutyRow('1', {
      clock: {
        __typename: 'DutyClock',
        deadline: '2025-03-31',
        remaining: -20,
        status: 'OVERDUE',
        overdue: true,
        calendarNote: null,
      },
    });
    const calls = stubGateway({
      RiskDetail: () => detail,
      DutyList: () => ({ data: { duties: connection('DutyConnection', [overdue]) } }),
    });
    render(renderInModule(<RiskPage />, { path: '/risk/risks/1', route: '/risk/risks/:id' }));
    expect(await screen.findByText('自办宴席加工场所简陋、从业人员无健康证明')).toBeTruthy();
    const history = screen.getByRole('table', { name: '等级变更记录' });
    const rows = within(history).getAllByRole('row').slice(1);
    expect(rows[0]!.textContent).toContain('登记');
    expect(rows[1]!.textContent).toContain('较大风险 → ');
    expect(rows[1]!.textContent).toContain('风险矩阵调整');
    await act(async () => fireEvent.click(screen.getByRole('tab', { name: /责任事项/ })));
    expect(await screen.findByText('已超期')).toBeTruthy();
    expect(screen.getByText(/超期 20 日/)).toBeTruthy();
    expect(screen.getByRole('tab', { name: '责任事项(1)' })).toBeTruthy();
    expect(sentVariables(calls, 'DutyList')).toMatchObject({
      filter: { riskId: '1' },
      first: 20,
    });
  });

  it('edits the risk: the form validates before sending, then sends id, version and the input', async () => {
    const calls = stubGateway({
      RiskDetail: () => detail,
      TownshipOptions: () => TOWNSHIPS,
      RiskOfficialOptions: () => ({ data: { officials: connection('OfficialConnection', []) } }),
      UpdateRisk: () => ({ data: { updateRisk: { __typename: 'Risk', id: '1', version: 4, level: 'MAJOR' } } }),
    });
    render(renderInModule(<RiskPage />, { path: '/risk/risks/1', route: '/risk/risks/:id' }));
    await screen.findByRole('heading', { name: /农村集体聚餐食物中毒风险/ });
    const dialog = await openDialog('编辑');
    const title = within(dialog).getByLabelText('风险名称');
    fireEvent.change(title, { target: { value: '  ' } });
    fireEvent.change(screen.getByLabelText('可能性'), { target: { value: '' } });
    await pressInDialog(dialog, '确定');
    expect(await screen.findByText('请填写风险名称')).toBeTruthy();
    expect(screen.getByText('请填写可能性(1–5)')).toBeTruthy();
    expectNotSent(calls, 'UpdateRisk');

    fireEvent.change(title, { target: { value: '农村集体聚餐食物中毒风险(修订)' } });
    fireEvent.change(screen.getByLabelText('可能性'), { target: { value: '5' } });
    await pressInDialog(dialog, '确定');
    const update = await waitForSent(calls, 'UpdateRisk');
    expect(update).toMatchObject({
      id: '1',
      version: 3,
      input: {
        title: '农村集体聚餐食物中毒风险(修订)',
        likelihood: 5,
        severity: 5,
        townshipIds: ['511902001'],
        ownerId: 'O1',
        reviewDate: '2025-12-31',
        status: 'ACTIVE',
      },
    });
    expect(update.input.level).toBeUndefined();
  });
});

describe('a risk’s 操作记录 tab', () => {
  const at = { path: '/risk/risks/1', route: '/risk/risks/:id' };

  it('is offered to a leader: the risk’s rows and its level changes’', async () => {
    const calls = stubGateway({
      RiskDetail: () => detail,
      RecordAuditTrail: () =>
        auditTrailAnswer('risk', [
          {
            id: 'a1',
            at: '2025-05-01T02:00:00.000Z',
            kind: 'CREATE',
            recordType: 'RiskLevelChange',
            recordId: 'LC1',
            parentId: '1',
            operation: 'updateRisk',
          },
        ]),
    });
    render(renderInModule(<RiskPage />, { ...at, token: leaderToken }));
    await screen.findByRole('tab', { name: /等级变更/ });
    await act(async () => fireEvent.click(await screen.findByRole('tab', { name: '操作记录' })));
    await expectAuditTrail(calls, '1', [['等级变化']]);
  });

  it('is not offered to an officer, and nothing is asked', async () => {
    const calls = stubGateway({ RiskDetail: () => detail });
    render(renderInModule(<RiskPage />, at));
    expect(await screen.findByRole('tab', { name: /等级变更/ })).toBeTruthy();
    expect(screen.queryByRole('tab', { name: '操作记录' })).toBeNull();
    expect(calls.map((c) => c.operationName)).not.toContain('RecordAuditTrail');
  });
});
