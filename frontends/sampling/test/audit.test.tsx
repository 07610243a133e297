// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { auditTrailAnswer, leaderToken } from '@shian/remote-testing';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SamplePage } from '../src/pages/SamplePage';
import { renderInModule, stubGateway } from './fixtures';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const ID = 'S1';
const at = { path: `/sampling/samples/${ID}`, route: '/sampling/samples/:id' };

/** A sample tested and found unqualified, with one test item and no follow-up yet. */
const SAMPLE = {
  data: {
    sample: {
      __typename: 'Sample',
      id: ID,
      number: 'BZ2025-0001',
      version: 3,
      foodName: '大米',
      category: 'GRAIN_PRODUCTS',
      brand: null,
      specification: null,
      batchNumber: '20250301',
      producedOn: null,
      sampledOn: '2025-03-03',
      samplers: ['张三', '李四'],
      lab: '巴中市食品药品检验检测中心',
      status: 'UNQUALIFIED',
      verdict: 'UNQUALIFIED',
      failureKind: 'HEAVY_METAL',
      receivedOn: '2025-03-04',
      reportedOn: '2025-03-10',
      notifiedOn: '2025-03-11',
      publishedOn: null,
      backupKeptUntil: null,
      overdue: false,
      nextStatuses: [],
      focusVariety: null,
      focusPeriod: null,
      focusArea: null,
      plan: {
        __typename: 'SamplingPlan',
        id: 'P1',
        name: '2025年区级抽检计划',
        level: 'DISTRICT',
        purpose: 'SUPERVISION',
      },
      entity: {
        __typename: 'Entity',
        id: 'E0001',
        name: '某粮油店',
        township: { __typename: 'Township', id: '511902001', name: '东城街道' },
      },
      testItems: [],
      events: [],
      clocks: [],
      recheck: null,
      objections: [],
      disposal: null,
      consumerRequest: null,
    },
  },
};

describe('a sample’s 操作记录', () => {
  it('shows a leader the sample’s rows and its test items’, asked by the sample’s id', async () => {
    const calls = stubGateway({
      SampleDetail: () => SAMPLE,
      RecordAuditTrail: () =>
        auditTrailAnswer('sampling', [
          {
            id: 'a2',
            at: '2025-03-10T02:00:00.000Z',
            kind: 'CREATE',
            recordType: 'TestItem',
            recordId: 'T1',
            parentId: ID,
            operation: 'recordTestResults',
            changes: [{ field: 'measured', from: null, to: '0.35' }],
          },
          {
            id: 'a1',
            at: '2025-03-03T02:00:00.000Z',
            kind: 'CREATE',
            recordType: 'Sample',
            recordId: ID,
            operation: 'registerSample',
            actor: { username: 'admin', name: '王局长', role: 'leader' },
          },
        ]),
    });
    render(renderInModule(<SamplePage />, { ...at, token: leaderToken }));
    const table = await screen.findByRole('table', { name: '操作记录' });
    await within(table).findAllByText('检验项目');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByText('2025-03-10 10:00:00')).toBeTruthy();
    expect(rows[1]!.textContent).toContain('0.35');
    expect(within(rows[2]!).getByText('样品')).toBeTruthy();
    expect(within(rows[2]!).getByText('王局长')).toBeTruthy();
    expect(calls.find((c) => c.operationName === 'RecordAuditTrail')!.variables).toEqual({
      filter: { recordId: ID },
      first: 20,
      after: null,
    });
  });

  it('is not shown to an officer, and nothing is asked', async () => {
    const calls = stubGateway({ SampleDetail: () => SAMPLE });
    render(renderInModule(<SamplePage />, at));
    expect(await screen.findByText('BZ2025-0001')).toBeTruthy();
    expect(screen.queryByRole('table', { name: '操作记录' })).toBeNull();
    expect(calls.map((c) => c.operationName)).not.toContain('RecordAuditTrail');
  });
});
