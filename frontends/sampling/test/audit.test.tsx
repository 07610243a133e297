// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import {
  auditTrailAnswer,
  auditTrailRows,
  expectNoAuditTrail,
  leaderToken,
  sentVariables,
  stubGateway,
} from '@shian/remote-testing';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SamplePage } from '../src/pages/SamplePage';
import { renderInModule, sampleDetail } from './fixtures';

const ID = 'S1';
const at = { path: `/sampling/samples/${ID}`, route: '/sampling/samples/:id' };

const SAMPLE = sampleDetail(ID);

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
    const rows = await auditTrailRows('检验项目');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByText('2025-03-10 10:00:00')).toBeTruthy();
    expect(rows[1]!.textContent).toContain('0.35');
    expect(within(rows[2]!).getByText('样品')).toBeTruthy();
    expect(within(rows[2]!).getByText('王局长')).toBeTruthy();
    expect(sentVariables(calls, 'RecordAuditTrail')).toEqual({
      filter: { recordId: ID },
      first: 20,
      after: null,
    });
  });

  it('is not shown to an officer, and nothing is asked', async () => {
    const calls = stubGateway({ SampleDetail: () => SAMPLE });
    render(renderInModule(<SamplePage />, at));
    expect(await screen.findByText('BZ2025-0001')).toBeTruthy();
    expectNoAuditTrail(calls);
  });
});
