// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import {
  auditTrailAnswer,
  auditTrailRows,
  connection,
  expectSentInput,
  openDialog,
  policeToken,
  pressInDialog,
  refusal,
  sentVariables,
  leaderToken,
  stubGateway,
  townshipToken,
} from '@shian/remote-testing';
import { ModulePageRoutes, todayInChina } from '@shian/remote-kit';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PAGES } from '../src/routes';
import { renderInModule } from './fixtures';

const INSPECTION = {
  __typename: 'Inspection',
  id: 'INS-9',
  inspectedOn: '2026-11-20',
  kind: 'RANDOM',
  verdict: 'BASICALLY_COMPLIANT',
  findings: '冷藏柜温度记录缺两日;\n其余符合要求。',
  rectificationDeadline: '2026-12-04',
  rectifiedOn: null,
  rectificationOverdue: true,
  publishedOn: null,
  entity: { __typename: 'Entity', id: 'E0050', name: '万家超市' },
  township: { __typename: 'Township', id: '511902002', name: '西城街道' },
  inspectors: [
    { __typename: 'Inspector', id: 'I1', name: '李执法' },
    { __typename: 'Inspector', id: 'I2', name: '王明' },
  ],
  campaign: null,
  townshipId: '511902002',
  draw: { __typename: 'RandomDraw', id: 'D1', title: '2026年第四季度双随机抽查' },
  cases: [
    {
      __typename: 'Case',
      id: 'C7',
      number: null,
      title: '涉嫌未按要求贮存冷藏食品',
      status: 'CLUE',
      receivedOn: '2026-11-21',
    },
  ],
  publicationClock: { __typename: 'EnforcementClock', status: 'OVERDUE', remaining: -3, period: '20个工作日' },
};

const { draw: _draw, cases: _cases, townshipId: _township, ...listRow } = INSPECTION;

const asked = (calls: { operationName?: string }[], name: string) => calls.filter((c) => c.operationName === name);
const href = (name: string) => screen.getByRole('link', { name }).getAttribute('href');

// The module's own routes, as the shell mounts them, so the list's link and the page's address are the module's.
const open = (path: string, token?: string) =>
  render(renderInModule(<ModulePageRoutes table={PAGES} />, { path: `/enforcement${path}`, token }));

describe('an inspection’s page', () => {
  it('is opened from the list by the inspection’s date and shows what was found, by whom, and where it leads', async () => {
    const calls = stubGateway({
      InspectionList: () => ({ data: { inspections: connection('InspectionConnection', [listRow]) } }),
      InspectionDetail: () => ({ data: { inspection: INSPECTION } }),
    });
    open('/inspections');
    const date = await screen.findByRole('link', { name: '2026-11-20' });
    await act(async () => fireEvent.click(date));
    expect(await screen.findByText('监督检查:万家超市')).toBeTruthy();
    expect(sentVariables(calls, 'InspectionDetail')).toEqual({ id: 'INS-9' });
    expect(screen.getByText(/冷藏柜温度记录缺两日/).textContent).toBe(INSPECTION.findings);
    expect(screen.getByText('李执法、王明')).toBeTruthy();
    expect(screen.getByText('逾期未整改')).toBeTruthy();
    expect(screen.getByText('超期 3 个工作日')).toBeTruthy();
    expect(href('2026年第四季度双随机抽查')).toBe('/enforcement/draws/D1');
    expect(href('万家超市')).toBe('/entities/E0050');
    expect(href('涉嫌未按要求贮存冷藏食品')).toBe('/enforcement/cases/C7');
    expect(screen.getByText('(线索)')).toBeTruthy();
    expect(screen.getByRole('button', { name: '打印' })).toBeTruthy();
  });

  it('registers a clue from the inspection, its source and business set, and opens the clue', async () => {
    const calls = stubGateway({
      InspectionDetail: () => ({ data: { inspection: { ...INSPECTION, cases: [] } } }),
      CreateClue: () => ({ data: { createClue: { __typename: 'Case', id: 'C8' } } }),
      CaseDetail: () => ({ data: { case: null } }),
      ClueSources: () => ({
        data: { entity: { __typename: 'Entity', id: 'E0050', inspections: [{ ...INSPECTION, cases: undefined }] } },
      }),
    });
    open('/inspections/INS-9', townshipToken);
    expect(await screen.findByText('暂无线索和案件')).toBeTruthy();
    const dialog = await openDialog(/登记线索/);
    // The source is this inspection, chosen already, and the business the inspected one.
    expect(within(dialog).getByText('万家超市')).toBeTruthy();
    expect(await within(dialog).findByText('2026-11-20 双随机抽查 基本符合')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('案由'), { target: { value: '涉嫌未按要求贮存冷藏食品' } });
    fireEvent.change(within(dialog).getByLabelText('线索描述'), { target: { value: '冷藏柜温度记录缺两日' } });
    await pressInDialog(dialog);
    await waitFor(() => sentVariables(calls, 'CreateClue'));
    const input = expectSentInput(calls, 'CreateClue', {
      source: 'INSPECTION',
      inspectionId: 'INS-9',
      entityId: 'E0050',
      townshipId: '511902002',
    });
    expect(input.title).toBe('涉嫌未按要求贮存冷藏食品');
    await waitFor(() => expect(sentVariables(calls, 'CaseDetail').id).toBe('C8'));
  });

  it('takes the rectification as of today for a writer and reads the inspection again', async () => {
    const calls = stubGateway({
      InspectionDetail: () => ({ data: { inspection: INSPECTION } }),
      RecordRectification: () => ({
        data: { recordRectification: { __typename: 'Inspection', id: 'INS-9', rectifiedOn: todayInChina() } },
      }),
      PublishInspection: () => refusal('检查结果已公开', { code: 'BAD_USER_INPUT' }),
    });
    open('/inspections/INS-9', townshipToken);
    const rectified = await screen.findByRole('button', { name: '复查合格' });
    await act(async () => fireEvent.click(rectified));
    expect(await screen.findByText('已登记整改')).toBeTruthy();
    expect(sentVariables(calls, 'RecordRectification')).toEqual({ id: 'INS-9', on: todayInChina() });
    await waitFor(() => expect(asked(calls, 'InspectionDetail').length).toBeGreaterThan(1));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /公\s*开/ })));
    expect(await screen.findByText('检查结果已公开')).toBeTruthy();
  });

  it('shows a leader its 操作记录, and a township officer none', async () => {
    const calls = stubGateway({
      InspectionDetail: () => ({ data: { inspection: INSPECTION } }),
      RecordRectification: () => ({
        data: { recordRectification: { __typename: 'Inspection', id: 'INS-9', rectifiedOn: todayInChina() } },
      }),
      CaseAuditTrail: () =>
        auditTrailAnswer('enforcement', [
          {
            id: 'A1',
            at: '2026-11-21T02:00:00Z',
            kind: 'UPDATE',
            recordType: 'Inspection',
            recordId: 'INS-9',
            operation: 'recordRectification',
            // A row the ORM wrote: its field named by the form's label, not by the property.
            changes: [{ field: 'rectifiedOn', from: null, to: '2026-11-21' }],
          },
        ]),
    });
    const { unmount } = open('/inspections/INS-9', leaderToken);
    const rows = await auditTrailRows('监督检查');
    expect(rows).toHaveLength(2);
    expect(rows[1]!.textContent).toContain('整改日期');
    expect(rows[1]!.textContent).not.toContain('rectifiedOn');
    expect(sentVariables(calls, 'CaseAuditTrail').filter).toEqual({ recordId: 'INS-9' });
    // A write on the page is in the trail at once: it is read again.
    const trailReads = () => calls.filter((c) => c.operationName === 'CaseAuditTrail').length;
    const before = trailReads();
    const rectified = screen.getByRole('button', { name: '复查合格' });
    await act(async () => fireEvent.click(rectified));
    await waitFor(() => expect(trailReads()).toBeGreaterThan(before));
    unmount();
    const township = stubGateway({ InspectionDetail: () => ({ data: { inspection: INSPECTION } }) });
    open('/inspections/INS-9', townshipToken);
    expect(await screen.findByText('监督检查:万家超市')).toBeTruthy();
    expect(screen.queryByRole('table', { name: '操作记录' })).toBeNull();
    expect(township.map((c) => c.operationName)).not.toContain('CaseAuditTrail');
  });

  it('says so where the inspection is not there or not the caller’s to see', async () => {
    stubGateway({
      InspectionDetail: () => ({
        data: { inspection: null },
        errors: [{ message: '不在您的辖区内', path: ['inspection'], extensions: { code: 'FORBIDDEN' } }],
      }),
    });
    open('/inspections/INS-9', townshipToken);
    expect(await screen.findByText('不在您的辖区内')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '复查合格' })).toBeNull();
  });

  it('is no page of a partner department’s: its address leads to the workbench and asks for no inspection', async () => {
    const calls = stubGateway({});
    open('/inspections/INS-9', policeToken);
    await waitFor(() => expect(calls.length).toBeGreaterThan(0));
    expect(asked(calls, 'InspectionDetail')).toHaveLength(0);
  });
});
