// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import {
  type Call,
  connection,
  pick,
  policeToken,
  refusal,
  sentVariables,
  stubGateway,
  townshipToken,
  waitForSent,
} from '@shian/remote-testing';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { todayInChina } from '@shian/remote-kit';
import { EXPORT_COLUMNS as CAMPAIGN_COLUMNS, CampaignsPage } from '../src/pages/CampaignsPage';
import { ITEM_COLUMNS, DrawPage } from '../src/pages/DrawPage';
import { CasesPage } from '../src/pages/CasesPage';
import { DrawsPage } from '../src/pages/DrawsPage';
import { InspectionsPage } from '../src/pages/InspectionsPage';
import { EXPORT_COLUMNS as OPERATION_COLUMNS, OperationsPage } from '../src/pages/OperationsPage';
import { SeizedItemsPage } from '../src/pages/SeizedItemsPage';
import { EXPORT_COLUMNS as TRANSFER_COLUMNS, TransfersPage } from '../src/pages/TransfersPage';
import { casePage, caseRow, renderInModule, transferPage } from './fixtures';

const asked = (calls: Call[], name: string) => calls.filter((c) => c.operationName === name);
const lastFilter = (calls: Call[], name: string) => asked(calls, name).at(-1)!.variables.filter;
/** What a column puts in the sheet for this row. */
const cells = <T,>(columns: readonly { value: keyof T | ((row: T) => unknown) }[], row: T) =>
  columns.map((c) => (typeof c.value === 'function' ? c.value(row) : row[c.value]));

/** Clicks 导出Excel and waits for the file; answers the list's query calls made for it. */
async function exportList(calls: Call[], name: string) {
  const saved = vi.fn(() => 'blob:export');
  vi.spyOn(URL, 'createObjectURL').mockImplementation(saved);
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  const before = asked(calls, name).length;
  await act(async () => fireEvent.click(screen.getByRole('button', { name: /导出Excel/ })));
  await waitFor(() => expect(saved).toHaveBeenCalled());
  return asked(calls, name).slice(before);
}

const campaign = {
  __typename: 'Campaign',
  id: 'K1',
  name: '2024年农村集体聚餐专项治理',
  kind: 'RECTIFICATION' as const,
  year: 2024,
  startsOn: '2024-03-01',
  endsOn: '2024-06-30',
  lead: '食品经营科',
  focus: '农村集体聚餐',
};

describe('案件 list', () => {
  // 登记线索 is a NewRecordDialog, which decides itself that only the bureau's writers see it.
  it('offers 登记线索 to an officer, not to a partner department reading the cases transferred to it', async () => {
    stubGateway({ CaseList: () => casePage([caseRow('7')]) });
    const { unmount } = render(renderInModule(<CasesPage />));
    expect(await screen.findByRole('button', { name: /登记线索/ })).toBeTruthy();
    unmount();
    render(renderInModule(<CasesPage />, { token: policeToken }));
    expect(await screen.findByText('移送本单位的案件')).toBeTruthy();
    expect(await screen.findByText('某超市涉嫌经营超过保质期的食品案7')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /登记线索/ })).toBeNull();
  });

  it('reads its filters from the address; a partner department is offered no source or violation filter', async () => {
    const calls = stubGateway({ CaseList: () => casePage([caseRow('7')]) });
    const path = '/enforcement/cases?search=超市&year=2024&status=FILED&source=SAMPLING&overdue=1';
    const { unmount } = render(renderInModule(<CasesPage />, { path }));
    expect((await waitForSent(calls, 'CaseList')).filter).toEqual({
      search: '超市',
      year: 2024,
      status: 'FILED',
      source: 'SAMPLING',
      overdue: true,
    });
    for (const label of ['状态', '来源', '违法行为']) expect(await screen.findByLabelText(label)).toBeTruthy();
    expect(screen.getByRole('switch', { name: '只看超期' })).toBeTruthy();
    unmount();
    render(renderInModule(<CasesPage />, { path: '/enforcement/cases?status=FILED', token: policeToken }));
    expect(await screen.findByText('移送本单位的案件')).toBeTruthy();
    expect(await screen.findByLabelText('状态')).toBeTruthy();
    expect(screen.queryByLabelText('来源')).toBeNull();
    expect(screen.queryByLabelText('违法行为')).toBeNull();
    expect(lastFilter(calls, 'CaseList')).toEqual({ status: 'FILED' });
  });
});

describe('专项行动 list', () => {
  it('opens filtered by the address, keeps a new choice there, and exports every row of that filter', async () => {
    const calls = stubGateway({
      CampaignList: () => ({ data: { campaigns: connection('CampaignConnection', [campaign]) } }),
    });
    render(renderInModule(<CampaignsPage />, { path: '/enforcement/campaigns?year=2024&kind=RECTIFICATION' }));
    expect(await screen.findByText('2024年农村集体聚餐专项治理')).toBeTruthy();
    expect(lastFilter(calls, 'CampaignList')).toEqual({ year: 2024, kind: 'RECTIFICATION' });
    await pick('专项类型', '专项执法行动');
    await waitFor(() => expect(lastFilter(calls, 'CampaignList')).toEqual({ year: 2024, kind: 'ENFORCEMENT' }));

    const exported = await exportList(calls, 'CampaignList');
    expect(exported[0]!.variables).toMatchObject({ filter: { year: 2024, kind: 'ENFORCEMENT' }, first: 100 });
    expect(cells(CAMPAIGN_COLUMNS, campaign)).toEqual([
      '2024年农村集体聚餐专项治理',
      '专项治理',
      2024,
      '2024-03-01',
      '2024-06-30',
      '食品经营科',
      '农村集体聚餐',
    ]);
  }, 60_000);
});

describe('监督检查 list', () => {
  it('reads 公开与整改 and the kind from the address, and offers a township officer no township filter', async () => {
    const calls = stubGateway({
      InspectionList: () => ({ data: { inspections: connection('InspectionConnection', []) } }),
    });
    render(
      renderInModule(<InspectionsPage />, {
        path: '/enforcement/inspections?pending=overdue&kind=RANDOM&year=2025',
        token: townshipToken,
      }),
    );
    expect((await waitForSent(calls, 'InspectionList')).filter).toEqual({
      year: 2025,
      kind: 'RANDOM',
      rectificationOverdue: true,
    });
    expect(await screen.findByLabelText('检查类型')).toBeTruthy();
    expect(screen.queryByLabelText('乡镇(街道)')).toBeNull();
    expect(asked(calls, 'TownshipOptions')).toHaveLength(0);
    await pick('公开与整改', '未公开');
    await waitFor(() =>
      expect(lastFilter(calls, 'InspectionList')).toEqual({ year: 2025, kind: 'RANDOM', unpublished: true }),
    );
  }, 60_000);
});

describe('监督检查 list, its one-click steps', () => {
  const row = {
    __typename: 'Inspection',
    id: 'INS-9',
    inspectedOn: '2026-11-20',
    kind: 'ROUTINE',
    township: { __typename: 'Township', id: '511902002', name: '西城街道' },
    verdict: 'BASICALLY_COMPLIANT',
    findings: '冷藏柜温度记录缺两日',
    rectificationDeadline: '2026-12-04',
    rectifiedOn: null,
    rectificationOverdue: false,
    publishedOn: null,
    entity: { __typename: 'Entity', id: 'E0050', name: '万家超市' },
    inspectors: [{ __typename: 'Inspector', id: 'I1', name: '李执法' }],
    campaign: null,
    publicationClock: { __typename: 'EnforcementClock', status: 'RUNNING', remaining: 5, period: '20个工作日' },
  };

  it('records the rectification and the publication as of today, says so and reads the list again', async () => {
    const calls = stubGateway({
      InspectionList: () => ({ data: { inspections: connection('InspectionConnection', [row]) } }),
      RecordRectification: () => ({
        data: { recordRectification: { __typename: 'Inspection', id: 'INS-9', rectifiedOn: todayInChina() } },
      }),
      PublishInspection: () => refusal('检查结果已公开', { code: 'BAD_USER_INPUT' }),
    });
    render(renderInModule(<InspectionsPage />, { path: '/enforcement/inspections' }));
    expect(await screen.findByText('万家超市')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '复查合格' })));
    expect(await screen.findByText('已登记整改')).toBeTruthy();
    expect(sentVariables(calls, 'RecordRectification')).toEqual({ id: 'INS-9', on: todayInChina() });
    await waitFor(() => expect(asked(calls, 'InspectionList').length).toBeGreaterThan(1));
    // A refusal is said, and the list is not read again.
    const read = asked(calls, 'InspectionList').length;
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /公\s*开/ })));
    expect(await screen.findByText('检查结果已公开')).toBeTruthy();
    expect(asked(calls, 'InspectionList')).toHaveLength(read);
  }, 60_000);
});

describe('涉案财物 list', () => {
  it('shows what is held unless the address says otherwise', async () => {
    const calls = stubGateway({
      SeizedItemList: () => ({ data: { seizedItems: connection('SeizedItemConnection', []) } }),
    });
    render(renderInModule(<SeizedItemsPage />, { path: '/enforcement/seized-items' }));
    expect((await waitForSent(calls, 'SeizedItemList')).filter).toEqual({ held: true });
    const chosen = () => document.querySelector('[data-filter="status"] .ant-select-content')?.textContent;
    expect(chosen()).toBe('查封扣押中');
    await pick('范围', '没收');
    await waitFor(() => expect(lastFilter(calls, 'SeizedItemList')).toEqual({ status: 'CONFISCATED' }));
    await pick('范围', '全部');
    await waitFor(() => expect(lastFilter(calls, 'SeizedItemList')).toEqual({}));
    // Back to the first view (what is held, answered from the first request's cache): the control shows it again.
    await pick('范围', '查封扣押中');
    await waitFor(() => expect(chosen()).toBe('查封扣押中'));
    expect(asked(calls, 'SeizedItemList').map((c) => c.variables.filter)).not.toContainEqual({
      status: 'held',
    });
  }, 60_000);
});

describe('案件移送 list', () => {
  it('opens filtered by the address (the dashboard’s 移送起诉 link) and exports the rows in words', async () => {
    const calls = stubGateway({ TransferList: () => transferPage('POLICE') });
    render(renderInModule(<TransfersPage />, { path: '/enforcement/transfers?year=2024&kind=CRIMINAL' }));
    expect(await screen.findByText('某酒坊涉嫌销售假冒白酒案')).toBeTruthy();
    expect(lastFilter(calls, 'TransferList')).toEqual({ year: 2024, kind: 'CRIMINAL' });
    const exported = await exportList(calls, 'TransferList');
    expect(exported[0]!.variables.filter).toEqual({ year: 2024, kind: 'CRIMINAL' });
    const row = transferPage('POLICE').data.transfers.nodes[0]!;
    expect(cells(TRANSFER_COLUMNS, row as never).slice(0, 8)).toEqual([
      '',
      '某酒坊涉嫌销售假冒白酒案',
      '恒丰酿酒坊',
      '区公安分局',
      '涉嫌犯罪移送',
      '2026-11-27',
      '涉嫌假冒注册商标罪',
      '待接收',
    ]);
  }, 60_000);
});

describe('联合执法 list', () => {
  it('keeps status in the address; a partner gets no department filter', async () => {
    const calls = stubGateway({
      JointOperationList: () => ({ data: { jointOperations: connection('JointOperationConnection', []) } }),
    });
    render(renderInModule(<OperationsPage />, { path: '/enforcement/operations?status=ONGOING', token: policeToken }));
    expect((await waitForSent(calls, 'JointOperationList')).filter).toEqual({ status: 'ONGOING' });
    expect(await screen.findByLabelText('状态')).toBeTruthy();
    expect(screen.queryByLabelText('参加部门')).toBeNull();
    const row = {
      title: '校园周边联合检查',
      startsOn: '2026-09-01',
      endsOn: '2026-09-15',
      departments: ['POLICE', 'EDUCATION'],
      scope: '中小学校周边',
      status: 'COMPLETED',
      entitiesInspected: 35,
      problemsFound: 3,
      participants: [{ department: 'POLICE', confirmedOn: '2026-09-02', personnel: 6 }],
      summary: '共检查35户',
    };
    expect(cells(OPERATION_COLUMNS, row as never)).toEqual([
      '校园周边联合检查',
      '2026-09-01',
      '2026-09-15',
      '区公安分局、区教育科技局',
      '中小学校周边',
      '已完成',
      35,
      3,
      '区公安分局:已确认(6人次)',
      '共检查35户',
    ]);
  }, 60_000);
});

describe('双随机抽查', () => {
  it('keeps the list’s status in the address and exports it', async () => {
    const calls = stubGateway({
      RandomDrawList: () => ({
        data: {
          randomDraws: connection('RandomDrawConnection', [
            {
              __typename: 'RandomDraw',
              id: 'D1',
              title: '2026年第四季度食品销售者双随机抽查',
              drawnOn: '2026-10-08',
              status: 'PUBLISHED',
              publishedOn: '2026-10-09',
              populationCriteria: '在营的食品销售者(全区)',
              populationSize: 120,
              entityCount: 10,
              inspectedCount: 4,
            },
          ]),
        },
      }),
    });
    render(renderInModule(<DrawsPage />, { path: '/enforcement/draws?status=PUBLISHED' }));
    expect(await screen.findByText('2026年第四季度食品销售者双随机抽查')).toBeTruthy();
    expect(lastFilter(calls, 'RandomDrawList')).toEqual({ status: 'PUBLISHED' });
    // 新建抽取 sits with 导出Excel in the list's toolbar, as every list's 新增 does.
    const draw = screen.getByRole('button', { name: /新建抽取/ });
    const toolbar = screen.getByRole('button', { name: /导出Excel/ }).closest('.ant-flex');
    expect(toolbar?.contains(draw)).toBe(true);
    const exported = await exportList(calls, 'RandomDrawList');
    expect(exported[0]!.variables.filter).toEqual({ status: 'PUBLISHED' });
  }, 60_000);

  it('shows a draw’s rows as the address filters them, and exports those', async () => {
    const item = (position: number, inspection: object | null) => ({
      __typename: 'DrawItem',
      id: `I${position}`,
      position,
      entity: { __typename: 'Entity', id: `E${position}`, name: `第${position}户超市` },
      inspectors: [{ __typename: 'Inspector', id: 'P1', name: '李执法', unit: '执法稽查科' }],
      inspection,
    });
    stubGateway({
      RandomDrawDetail: () => ({
        data: {
          randomDraw: {
            __typename: 'RandomDraw',
            id: 'D1',
            title: '第四季度双随机抽查',
            drawnOn: '2026-10-08',
            drawnBy: '李执法',
            seed: 'abc',
            status: 'DRAWN',
            publishedOn: null,
            populationCriteria: '在营的食品销售者(全区)',
            populationSize: 120,
            poolCriteria: '全部在岗人员',
            poolSize: 12,
            entityCount: 2,
            inspectorsPerEntity: 2,
            inspectedCount: 1,
            reproducible: true,
            items: [
              item(1, { __typename: 'Inspection', id: 'N1', inspectedOn: '2026-10-20', verdict: 'NON_COMPLIANT' }),
              item(2, null),
            ],
          },
        },
      }),
    });
    render(
      renderInModule(<DrawPage />, {
        path: '/enforcement/draws/D1?inspected=0',
        route: '/enforcement/draws/:id',
      }),
    );
    expect(await screen.findByText('第2户超市')).toBeTruthy();
    const table = screen.getByRole('table', { name: '抽取结果' });
    expect(within(table).queryByText('第1户超市')).toBeNull();
    await exportList([], 'none');
    expect(cells(ITEM_COLUMNS, item(1, { inspectedOn: '2026-10-20', verdict: 'NON_COMPLIANT' }) as never)).toEqual([
      1,
      '第1户超市',
      '李执法(执法稽查科)',
      '2026-10-20',
      '不符合',
    ]);
    await pick('检查情况', '已检查');
    expect(await within(table).findByText('第1户超市')).toBeTruthy();
    expect(within(table).queryByText('第2户超市')).toBeNull();
    expect(within(table).getByRole('link', { name: '2026-10-20' }).getAttribute('href')).toBe(
      '/enforcement/inspections/N1',
    );
  }, 60_000);
});
