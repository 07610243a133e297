// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { connection, policeToken, refusal, sentVariables, stubGateway, townshipToken } from '@shian/remote-testing';
import { ModulePageRoutes, todayInChina } from '@shian/remote-kit';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
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
  draw: { __typename: 'RandomDraw', id: 'D1', title: '2026年第四季度双随机抽查' },
  publicationClock: { __typename: 'EnforcementClock', status: 'OVERDUE', remaining: -3, period: '20个工作日' },
};

const listRow = {
  ...INSPECTION,
  draw: undefined,
  campaign: null,
};

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
    expect(screen.getByRole('button', { name: '打印' })).toBeTruthy();
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
