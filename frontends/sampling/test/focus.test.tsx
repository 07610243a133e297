// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import {
  entityOptions,
  fillDate,
  lastVariables,
  pick,
  refusal,
  sentVariables,
  stubGateway,
  TOWNSHIPS,
} from '@shian/remote-testing';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catchExports, exportedCells, saved } from '@shian/remote-testing/excel';
import { filterFromParams, SampleTable } from '../src/components/SampleTable';
import { PlanFormPage } from '../src/pages/PlanFormPage';
import { PlansPage, planFilterFromParams } from '../src/pages/PlansPage';
import { RegisterSamplePage } from '../src/pages/RegisterSamplePage';
import { renderInModule, samplePage } from './fixtures';

catchExports();

const figure = (key: string, value: string, batches: number, unqualified: number) => ({
  [key]: value,
  batches,
  unqualified,
});

const PLANS = (filter: Record<string, unknown>) => ({
  data: {
    samplingPlans: {
      __typename: 'SamplingPlanConnection',
      totalCount: filter.focusArea ? 1 : 2,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      nodes: [
        {
          __typename: 'SamplingPlan',
          id: 'P1',
          name: '2024年巴州区食品安全监督抽检',
          level: 'DISTRICT',
          purpose: 'SUPERVISION',
          issuer: '巴州区市场监督管理局',
          quota: 400,
          categories: ['VEGETABLES'],
          startsOn: '2024-01-01',
          endsOn: '2024-12-31',
          focusVarieties: [],
          focusPeriods: ['SPRING_FESTIVAL', 'SCHOOL_OPENING'],
          focusAreas: ['CAMPUS', 'RURAL_BANQUET'],
          progress: { __typename: 'PlanProgress', sampled: 380, reported: 370, unqualified: 9, share: 0.95 },
        },
        ...(filter.focusArea
          ? []
          : [
              {
                __typename: 'SamplingPlan',
                id: 'P2',
                name: '2024年四川省食品安全监督抽检',
                level: 'PROVINCIAL',
                purpose: 'SUPERVISION',
                issuer: '四川省市场监督管理局',
                quota: 100,
                categories: ['DAIRY'],
                startsOn: '2024-02-01',
                endsOn: '2024-11-30',
                focusVarieties: [],
                focusPeriods: [],
                focusAreas: [],
                progress: { __typename: 'PlanProgress', sampled: 100, reported: 100, unqualified: 1, share: 1 },
              },
            ]),
      ],
    },
    samplingFigures: {
      __typename: 'SamplingFigures',
      batches: 1160,
      unqualified: 23,
      unqualifiedRate: 0.0198,
      infantFormulaBatches: 40,
      infantFormulaCoverage: 1,
      byLevel: [],
      focusBatches: 517,
      byFocusVariety: [
        { __typename: 'FocusVarietyFigure', ...figure('variety', 'FESTIVE_FOOD', 31, 2) },
        { __typename: 'FocusVarietyFigure', ...figure('variety', 'OIL', 0, 0) },
      ],
      byFocusPeriod: [{ __typename: 'FocusPeriodFigure', ...figure('period', 'MID_AUTUMN', 77, 3) }],
      byFocusArea: [{ __typename: 'FocusAreaFigure', ...figure('area', 'RURAL_BANQUET', 58, 4) }],
    },
  },
});

describe('focus in the samples table', () => {
  it('reads the three focus filters from the URL', () => {
    expect(filterFromParams(new URLSearchParams('focusVariety=PRODUCE&focusPeriod=&focusArea=CAMPUS'))).toEqual({
      focusVariety: 'PRODUCE',
      focusArea: 'CAMPUS',
    });
  });

  it('shows a sample’s focus in Chinese and sends the chosen focus to the server', async () => {
    const calls = stubGateway({
      TownshipOptions: () => TOWNSHIPS,
      SampleTable: (v) => (v.filter?.focusPeriod ? samplePage(['1'], false, 1) : samplePage(['1', '2'], false, 2)),
    });
    render(renderInModule(<SampleTable />));
    const row = (await screen.findByText('豇豆1')).closest('tr')!;
    expect(within(row).getByText('蔬菜水果鲜蛋(食用农产品)')).toBeTruthy();
    expect(within(row).getByText('夏季高温')).toBeTruthy();
    expect(within(row).getByText('校园及周边')).toBeTruthy();
    expect(within(screen.getByText('豇豆2').closest('tr')!).queryByText('校园及周边')).toBeNull();

    await pick('重点时段', '夏季高温');
    await waitFor(() =>
      expect(lastVariables(calls, 'SampleTable')).toMatchObject({
        filter: { focusPeriod: 'SUMMER_HEAT' },
        after: null,
      }),
    );
    await waitFor(() => expect(screen.queryByText('豇豆2')).toBeNull());
  });
});

describe('focus on the plans page', () => {
  it('reads the plans’ focus filters from the URL beside the year', () => {
    expect(planFilterFromParams(new URLSearchParams('focusArea=CAMPUS&focusVariety=&year=2024'))).toEqual({
      year: 2024,
      focusArea: 'CAMPUS',
    });
    // No year in the address: this year, or the year before in its first two months.
    const today = new Date(Date.now() + 8 * 3_600_000);
    expect(planFilterFromParams(new URLSearchParams('')).year).toBe(
      today.getUTCFullYear() - (today.getUTCMonth() < 2 ? 1 : 0),
    );
  });

  it('shows each plan’s focus and the year’s figures by focus, and filters on the server', async () => {
    const calls = stubGateway({ Plans: (v) => PLANS(v.filter) });
    render(renderInModule(<PlansPage />, { path: '/sampling/plans' }));
    const row = (await screen.findByText('2024年巴州区食品安全监督抽检')).closest('tr')!;
    for (const label of ['元旦春节', '开学季', '校园及周边', '农村集体聚餐'])
      expect(within(row).getByText(label)).toBeTruthy();

    const figures = screen.getByTestId('focus-figures');
    expect(figures.textContent).toContain('带重点标注 517 批次');
    const festive = within(figures).getByText('节令食品(月饼、粽子、汤圆)').closest('tr')!;
    expect(festive.textContent).toContain('31');
    expect(within(within(figures).getByText('中秋国庆').closest('tr')!).getByText('77')).toBeTruthy();
    expect(within(figures).getByText('农村集体聚餐').closest('tr')!.textContent).toContain('58');

    await pick('重点区域', '校园及周边');
    await waitFor(() =>
      expect(calls.at(-1)!.variables).toMatchObject({ filter: { year: expect.any(Number), focusArea: 'CAMPUS' } }),
    );
    await waitFor(() => expect(screen.queryByText('2024年四川省食品安全监督抽检')).toBeNull());
    expect(screen.getByRole('button', { name: /新建抽检计划/ })).toBeTruthy();
  });
});

describe('the plans list', () => {
  it('keeps the year in the address and exports the year’s plans with Chinese labels', async () => {
    const calls = stubGateway({ Plans: (v) => PLANS(v.filter) });
    render(renderInModule(<PlansPage />, { path: '/sampling/plans?year=2024&focusPeriod=SPRING_FESTIVAL' }));
    await screen.findByText('2024年巴州区食品安全监督抽检');
    expect(calls[0]!.variables).toEqual({
      filter: { year: 2024, focusPeriod: 'SPRING_FESTIVAL' },
      year: 2024,
      first: 20,
      after: null,
    });
    expect((screen.getByLabelText('年度') as HTMLInputElement).value).toBe('2024');
    fireEvent.change(screen.getByLabelText('年度'), { target: { value: '2023' } });
    await waitFor(() =>
      expect(calls.at(-1)!.variables).toMatchObject({
        filter: { year: 2023, focusPeriod: 'SPRING_FESTIVAL' },
        year: 2023,
      }),
    );
    await screen.findByText('2024年巴州区食品安全监督抽检');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /导出Excel/ })));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(calls.at(-1)!.variables).toMatchObject({ filter: { year: 2023 }, first: 100 });
    expect(saved[0]!.filename).toMatch(/^2023年抽检计划-\d{4}-\d{2}-\d{2}$/);
    expect(exportedCells()[0]).toMatchObject({
      计划名称: '2024年巴州区食品安全监督抽检',
      层级: '区抽',
      目的: '监督抽检',
      完成率: '95%',
      食品类别: '蔬菜',
      重点时段: '元旦春节、开学季',
      重点区域: '校园及周边、农村集体聚餐',
    });
  });
});

describe('the plan form', () => {
  it('refuses in Chinese before anything is sent, then sends the plan with its focus', async () => {
    const calls = stubGateway({
      CreateSamplingPlan: (v) =>
        v.input.focusVarieties.includes('MILK')
          ? refusal('重点品种「乳制品」不属于计划覆盖的食品类别', { code: 'BAD_USER_INPUT', field: 'focusVarieties' })
          : { data: { createSamplingPlan: { __typename: 'SamplingPlan', id: 'P9' } } },
    });
    render(renderInModule(<PlanFormPage />, { path: '/sampling/plans/new' }));
    const save = screen.getByRole('button', { name: '保存' });
    await act(async () => fireEvent.click(save));
    expect(await screen.findByText('请填写计划名称')).toBeTruthy();
    expect(screen.getByText('请填写下达单位')).toBeTruthy();
    expect(screen.getByText('至少选择一个食品类别')).toBeTruthy();
    expect(screen.getByText('请填写任务量')).toBeTruthy();
    expect(screen.getByText('请选择执行开始日期')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('计划名称'), { target: { value: '2025年中秋国庆节令食品专项抽检' } });
    fireEvent.change(screen.getByLabelText('下达单位'), { target: { value: '巴州区市场监督管理局' } });
    fireEvent.change(screen.getByLabelText('年度'), { target: { value: '2025' } });
    fireEvent.change(screen.getByLabelText('任务量(批次)'), { target: { value: '60' } });
    await pick('食品类别', '糕点');
    await fillDate('执行开始日期', '2024-12-20');
    await act(async () => fireEvent.click(save));
    expect(await screen.findByText('执行开始日期应在 2025 年内')).toBeTruthy();
    await fillDate('执行开始日期', '2025-08-01');
    await fillDate('执行截止日期', '2025-07-01');
    await act(async () => fireEvent.click(save));
    expect(await screen.findByText('执行截止日期不能早于开始日期')).toBeTruthy();
    expect(calls).toHaveLength(0);

    await fillDate('执行截止日期', '2025-10-08');
    await pick('重点品种', '乳制品');
    await pick('重点时段', '中秋国庆');
    await pick('重点区域', '旅游景区');
    await act(async () => fireEvent.click(save));
    // The subgraph's rule (a variety must belong to a covered category) lands next to its field.
    expect(await screen.findByText('重点品种「乳制品」不属于计划覆盖的食品类别')).toBeTruthy();
    expect(calls[0]!.variables.input).toEqual({
      year: 2025,
      level: 'DISTRICT',
      purpose: 'SUPERVISION',
      name: '2025年中秋国庆节令食品专项抽检',
      issuer: '巴州区市场监督管理局',
      categories: ['PASTRY'],
      quota: 60,
      startsOn: '2025-08-01',
      endsOn: '2025-10-08',
      focusVarieties: ['MILK'],
      focusPeriods: ['MID_AUTUMN'],
      focusAreas: ['SCENIC_SPOT'],
    });
  }, 90_000);
});

describe('the register-sample form', () => {
  it('offers only the focus the plan declares and sends it with the sample', async () => {
    const calls = stubGateway({
      RegisterOptions: () => ({
        data: {
          samplingPlans: {
            __typename: 'SamplingPlanConnection',
            nodes: [
              {
                __typename: 'SamplingPlan',
                id: 'P1',
                name: '中秋国庆专项抽检',
                level: 'DISTRICT',
                categories: ['PASTRY'],
                startsOn: '2025-08-01',
                endsOn: '2025-10-08',
                focusVarieties: ['FESTIVE_FOOD'],
                focusPeriods: ['MID_AUTUMN'],
                focusAreas: [],
              },
            ],
          },
        },
      }),
      EntityOptions: entityOptions({ id: 'E1', name: '东城糕点坊', township: { id: '511902001', name: '东城街道' } }),
      RegisterSample: () => ({ data: { registerSample: { __typename: 'Sample', id: 'S9' } } }),
    });
    render(renderInModule(<RegisterSamplePage />, { path: '/sampling/new' }));
    await pick('抽检计划', '【区抽】中秋国庆专项抽检');
    await act(async () => fireEvent.mouseDown(screen.getByLabelText('重点时段')));
    expect(await screen.findByTitle('中秋国庆')).toBeTruthy();
    // The plan declares no area: every area is offered; it declares one period: only that one.
    expect(screen.queryByTitle('开学季')).toBeNull();
    await act(async () => fireEvent.click(screen.getByTitle('中秋国庆')));
    await pick('重点区域', '旅游景区');

    await pick('被抽样单位', '东城糕点坊(东城街道)');
    fireEvent.change(screen.getByLabelText('样品名称'), { target: { value: '广式月饼' } });
    await pick('食品类别', '糕点');
    fireEvent.change(screen.getByLabelText('生产批号(或购进日期)'), { target: { value: '20250901' } });
    await fillDate('抽样日期', '2025-09-20');
    const samplers = screen.getByLabelText('抽样人员(不少于2人)');
    fireEvent.change(samplers, { target: { value: '王抽样' } });
    await act(async () => fireEvent.keyDown(samplers, { key: 'Enter', code: 'Enter', keyCode: 13 }));
    fireEvent.change(screen.getByLabelText('承检机构'), { target: { value: '巴中市食品药品检验检测中心' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '登记' })));
    await waitFor(() => expect(calls.some((c) => c.operationName === 'RegisterSample')).toBe(true));
    expect(sentVariables(calls, 'RegisterSample').input).toMatchObject({
      planId: 'P1',
      entityId: 'E1',
      townshipId: '511902001',
      foodName: '广式月饼',
      category: 'PASTRY',
      sampledOn: '2025-09-20',
      samplers: ['李执法', '王抽样'],
      focusVariety: null,
      focusPeriod: 'MID_AUTUMN',
      focusArea: 'SCENIC_SPOT',
    });
  }, 90_000);
});
