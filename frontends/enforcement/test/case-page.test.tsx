// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { moduleRenderer, testToken } from '@shian/remote-testing';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CasePage } from '../src/pages/CasePage';
import { officerToken, stubGateway } from './fixtures';
import { remote } from '../src/App';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const renderInModule = moduleRenderer('/enforcement', (children, { basePath, token }) => (
  <remote.Scope basePath={basePath} token={token}>
    {children}
  </remote.Scope>
));
const leaderToken = testToken({ sub: 'leader', name: '赵局长', role: 'leader' });
const ID = 'CASE-2024-0007';
const at = { path: `/enforcement/cases/${ID}`, route: '/enforcement/cases/:id' };

const CASE = {
  data: {
    case: {
      __typename: 'Case',
      id: ID,
      number: '巴州市监罚立〔2024〕7号',
      title: '某超市涉嫌经营超过保质期的食品案',
      source: 'COMPLAINT',
      status: 'INVESTIGATING',
      version: 3,
      description: '群众举报货架上有过期食品。',
      violations: [],
      legalBasis: null,
      receivedOn: '2024-10-01',
      filedOn: '2024-10-08',
      decidedOn: null,
      closedOn: null,
      closingNote: null,
      filingExtended: false,
      decisionExtended: false,
      overdue: false,
      nextStatuses: [],
      referredBy: null,
      entity: { __typename: 'Entity', id: 'E0050', name: '万家超市' },
      township: { __typename: 'Township', id: '511902002', name: '西城街道' },
      officers: [],
      campaign: null,
      inspection: null,
      disposal: null,
      opinionEvent: null,
      clocks: [],
      pauses: [],
      penalty: null,
      transfers: [],
      seizedItems: [],
      timeline: [],
      documents: [],
      history: [],
      complaints: null,
    },
  },
};

const change = (field: string, label: string | null, from: string | null, to: string | null) => ({
  __typename: 'AuditChange',
  field,
  label,
  from,
  to,
});

const TRAIL = {
  data: {
    auditTrail: {
      __typename: 'AuditTrail',
      enforcement: {
        __typename: 'AuditPage',
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        nodes: [
          {
            __typename: 'AuditRecord',
            id: 'a2',
            at: '2024-11-02T02:00:00.000Z',
            kind: 'CREATE',
            recordType: 'Transfer',
            recordId: `${ID}-T1`,
            parentId: ID,
            operation: 'transferCase',
            action: '移送公安',
            actor: { __typename: 'AuditActor', username: 'officer', name: '李执法', role: 'officer', department: null },
            changes: [change('department', '接收部门', null, '区公安分局')],
            cursor: 'c-a2',
          },
          {
            __typename: 'AuditRecord',
            id: 'a1',
            at: '2024-10-08T01:30:00.000Z',
            kind: 'UPDATE',
            recordType: 'Case',
            recordId: ID,
            parentId: ID,
            operation: 'advanceCase',
            action: '立案',
            actor: { __typename: 'AuditActor', username: 'leader', name: '赵局长', role: 'leader', department: null },
            changes: [change('status', '状态', '线索', '立案')],
            cursor: 'c-a1',
          },
        ],
      },
    },
  },
};

describe('the case’s 操作记录 tab', () => {
  it('shows a leader the case’s rows and its transfers’, newest first, with the domain’s action', async () => {
    const calls = stubGateway({ CaseDetail: () => CASE, CaseAuditTrail: () => TRAIL });
    render(renderInModule(<CasePage />, { ...at, token: leaderToken }));
    const tab = await screen.findByRole('tab', { name: '操作记录' });
    await act(async () => fireEvent.click(tab));
    const table = await screen.findByRole('table', { name: '操作记录' });
    const rows = await within(table).findAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]).getByText('2024-11-02 10:00:00')).toBeTruthy();
    expect(within(rows[1]).getByText('移送')).toBeTruthy();
    expect(within(rows[1]).getByText('新建')).toBeTruthy();
    expect(within(rows[1]).getByText('移送公安')).toBeTruthy();
    expect(within(rows[1]).getByText('接收部门:区公安分局')).toBeTruthy();
    expect(within(rows[1]).getByText('执法人员')).toBeTruthy();
    expect(within(rows[2]).getByText('案件')).toBeTruthy();
    expect(within(rows[2]).getByText('立案')).toBeTruthy();
    expect(within(rows[2]).getByText('状态:线索 → 立案')).toBeTruthy();
    expect(within(rows[2]).getByText('局领导')).toBeTruthy();
    // The id only: a recordType would leave out the transfers' and seized goods' rows.
    expect(calls.find((c) => c.operationName === 'CaseAuditTrail')!.variables).toEqual({
      filter: { recordId: ID },
      first: 20,
      after: null,
    });
  });

  it('shows a leader a failed request in Chinese', async () => {
    stubGateway({
      CaseDetail: () => CASE,
      CaseAuditTrail: () => ({
        data: { auditTrail: { __typename: 'AuditTrail', enforcement: null } },
        errors: [
          {
            message: '子图 enforcement 暂不可用',
            path: ['auditTrail', 'enforcement'],
            extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'enforcement' },
          },
        ],
      }),
    });
    render(renderInModule(<CasePage />, { ...at, token: leaderToken }));
    const tab = await screen.findByRole('tab', { name: '操作记录' });
    await act(async () => fireEvent.click(tab));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/暂不可用/);
    expect(within(alert).getByRole('button', { name: '重试' })).toBeTruthy();
  });

  it('is not offered to an officer, and nothing is asked', async () => {
    const calls = stubGateway({ CaseDetail: () => CASE });
    render(renderInModule(<CasePage />, { ...at, token: officerToken }));
    expect(await screen.findByRole('tab', { name: /修改留痕/ })).toBeTruthy();
    expect(screen.queryByRole('tab', { name: '操作记录' })).toBeNull();
    expect(calls.map((c) => c.operationName)).not.toContain('CaseAuditTrail');
  });
});
