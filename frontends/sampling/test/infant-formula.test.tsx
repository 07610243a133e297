// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { todayInChina } from '@shian/remote-kit';
import {
  type Call,
  connection,
  entityOptions,
  pick,
  pressInDialog,
  refusal,
  stubGateway,
  testToken,
} from '@shian/remote-testing';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catchExports, exportList } from '@shian/remote-testing/excel';
import { InfantFormulaPage } from '../src/pages/InfantFormulaPage';
import { renderInModule } from './fixtures';

catchExports();

const entity = {
  __typename: 'Entity',
  id: 'E0100',
  name: '东城母婴用品店',
  township: { __typename: 'Township', id: '511902001', name: '东城街道' },
};

const batch = (id: string, tested: boolean) => ({
  __typename: 'InfantFormulaBatch',
  id,
  year: 2024,
  brand: '飞鹤',
  product: `飞鹤星飞帆${id}`,
  stage: 2,
  batchNumber: `FH2024060${id}`,
  foundOn: '2024-06-01',
  entity,
  sample: tested
    ? {
        __typename: 'Sample',
        id: `S${id}`,
        number: `GC2451190200${id}`,
        foodName: '较大婴儿配方奶粉',
        verdict: 'QUALIFIED',
      }
    : null,
});

const answers = {
  InfantFormulaBatches: () => ({
    data: { infantFormulaBatches: connection('InfantFormulaBatchConnection', [batch('1', true), batch('2', false)]) },
  }),
  InfantFormulaCoverage: (v: Record<string, any>) => ({
    data: {
      infantFormulaCoverage: {
        __typename: 'InfantFormulaCoverage',
        year: v.year,
        batchesOnSale: 90,
        batchesTested: 88,
        coverage: 88 / 90,
      },
    },
  }),
  EntityOptions: entityOptions(entity),
  InfantFormulaSampleOptions: (v: Record<string, any>) => ({
    data: {
      samples: {
        __typename: 'SampleConnection',
        nodes: [
          {
            __typename: 'Sample',
            id: 'S9',
            number: 'GC245119020009',
            foodName: '较大婴儿配方奶粉',
            batchNumber: v.search ?? 'FH20240609',
            sampledOn: '2024-06-05',
          },
        ],
      },
    },
  }),
};

const named = (calls: Call[], name: string) => calls.filter((c) => c.operationName === name);
const dialog = () => screen.getByRole('dialog');

describe('婴配乳粉批批检', () => {
  it('reads its filter from the address, shows the year’s coverage, and writes a changed filter back', async () => {
    const calls = stubGateway(answers);
    render(renderInModule(<InfantFormulaPage />, { path: '/sampling/infant-formula?year=2024&tested=false' }));
    expect(await screen.findByText('飞鹤星飞帆1')).toBeTruthy();
    expect(named(calls, 'InfantFormulaBatches')[0]!.variables).toEqual({
      filter: { year: 2024, tested: false },
      first: 20,
      after: null,
    });
    expect(await screen.findByText('2024年:在售批次 90,已检验 88,覆盖率 98%,尚有 2 批未检验')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'GC24511902001' }).getAttribute('href')).toBe('/sampling/S1');
    expect(screen.getByText('飞鹤星飞帆2').closest('tr')!.textContent).toContain('未检验');

    await act(async () => fireEvent.mouseDown(screen.getByLabelText('检验情况')));
    await act(async () => fireEvent.click((await screen.findAllByTitle('已检验')).at(-1)!));
    await waitFor(() =>
      expect(named(calls, 'InfantFormulaBatches').at(-1)!.variables.filter).toEqual({ year: 2024, tested: true }),
    );
  });

  it('exports every batch of the filter with Chinese headings', async () => {
    const calls = stubGateway(answers);
    render(renderInModule(<InfantFormulaPage />, { path: '/sampling/infant-formula?year=2024' }));
    await screen.findByText('飞鹤星飞帆1');
    const cells = await exportList(calls, 'InfantFormulaBatches', { filter: { year: 2024 } }, '婴配乳粉在售批次');
    expect(cells).toEqual([
      expect.objectContaining({
        段别: '2段',
        销售单位: '东城母婴用品店',
        检验样品编号: 'GC24511902001',
        检验结论: '合格',
      }),
      expect.objectContaining({ 生产批号: 'FH20240602', 检验样品编号: '未检验', 检验结论: '' }),
    ]);
  });

  it('registers a batch found on sale once its form is complete, and reads the list and coverage again', async () => {
    const calls = stubGateway({
      ...answers,
      RegisterInfantFormulaBatch: () => ({
        data: { registerInfantFormulaBatch: { __typename: 'InfantFormulaBatch', id: 'IF9' } },
      }),
    });
    render(renderInModule(<InfantFormulaPage />, { path: '/sampling/infant-formula?year=2024' }));
    await screen.findByText('飞鹤星飞帆1');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /登记在售批次/ })));
    await pressInDialog(dialog());
    expect(await within(dialog()).findByText('请填写品牌')).toBeTruthy();
    expect(within(dialog()).getByText('请选择段别')).toBeTruthy();
    expect(within(dialog()).getByText('请选择销售单位')).toBeTruthy();
    expect(named(calls, 'RegisterInfantFormulaBatch')).toHaveLength(0);

    fireEvent.change(within(dialog()).getByLabelText('品牌'), { target: { value: '飞鹤' } });
    fireEvent.change(within(dialog()).getByLabelText('产品名称'), { target: { value: '飞鹤星飞帆较大婴儿配方奶粉' } });
    fireEvent.change(within(dialog()).getByLabelText('生产批号'), { target: { value: 'FH20241101' } });
    await act(async () => fireEvent.click(within(dialog()).getByLabelText('3段')));
    await pick('销售单位', '东城母婴用品店(东城街道)', dialog());
    const before = calls.length;
    await pressInDialog(dialog());
    await waitFor(() => expect(named(calls, 'RegisterInfantFormulaBatch')).toHaveLength(1));
    expect(named(calls, 'RegisterInfantFormulaBatch')[0]!.variables).toEqual({
      input: {
        brand: '飞鹤',
        product: '飞鹤星飞帆较大婴儿配方奶粉',
        stage: 3,
        batchNumber: 'FH20241101',
        entityId: 'E0100',
        foundOn: todayInChina(),
      },
    });
    await waitFor(() => {
      const after = calls.slice(before).map((c) => c.operationName);
      expect(after).toContain('InfantFormulaBatches');
      expect(after).toContain('InfantFormulaCoverage');
    });
  });

  it('keeps a refusal of the server in the dialog', async () => {
    stubGateway({
      ...answers,
      RegisterInfantFormulaBatch: () => refusal('该主体不在您的辖区内', { code: 'FORBIDDEN' }),
    });
    render(renderInModule(<InfantFormulaPage />));
    await screen.findByText('飞鹤星飞帆1');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /登记在售批次/ })));
    fireEvent.change(within(dialog()).getByLabelText('品牌'), { target: { value: '飞鹤' } });
    fireEvent.change(within(dialog()).getByLabelText('产品名称'), { target: { value: '星飞帆' } });
    fireEvent.change(within(dialog()).getByLabelText('生产批号'), { target: { value: 'FH1' } });
    await act(async () => fireEvent.click(within(dialog()).getByLabelText('1段')));
    await pick('销售单位', '东城母婴用品店(东城街道)', dialog());
    await pressInDialog(dialog());
    expect((await within(dialog()).findByRole('alert')).textContent).toContain('该主体不在您的辖区内');
  });

  it('links an untested batch to a sample found by its 批号, and shows a refusal under the field', async () => {
    const calls = stubGateway({
      ...answers,
      LinkInfantFormulaSample: (v) =>
        v.sampleId === 'S9'
          ? refusal('该样品不是婴幼儿配方食品', { code: 'BAD_USER_INPUT', field: 'sampleId' })
          : { data: {} },
    });
    render(renderInModule(<InfantFormulaPage />));
    await screen.findByText('飞鹤星飞帆2');
    const row = screen.getByText('飞鹤星飞帆2').closest('tr')!;
    await act(async () => fireEvent.click(within(row).getByRole('button', { name: /关联样品/ })));
    await waitFor(() =>
      expect(named(calls, 'InfantFormulaSampleOptions').at(-1)!.variables).toEqual({ search: 'FH20240602' }),
    );
    await pressInDialog(dialog(), '确定');
    expect(await within(dialog()).findByText('请选择检验样品')).toBeTruthy();
    await pick('检验样品', /GC245119020009 较大婴儿配方奶粉/, dialog());
    await pressInDialog(dialog(), '确定');
    await waitFor(() => expect(named(calls, 'LinkInfantFormulaSample')).toHaveLength(1));
    expect(named(calls, 'LinkInfantFormulaSample')[0]!.variables).toEqual({ batchId: '2', sampleId: 'S9' });
    expect(await within(dialog()).findByText('该样品不是婴幼儿配方食品')).toBeTruthy();
    // The tested batch offers a change of sample instead.
    expect(screen.getAllByRole('button', { name: /更换样品/ })).toHaveLength(1);
  });

  it('offers neither registering nor linking to a village 协管员', async () => {
    stubGateway(answers);
    const village = testToken({ sub: 'village', name: '赵信息员', role: 'village' });
    render(renderInModule(<InfantFormulaPage />, { token: village }));
    await screen.findByText('飞鹤星飞帆1');
    expect(screen.queryByRole('button', { name: /登记在售批次|关联样品|更换样品/ })).toBeNull();
    expect(screen.getByText('选择年度,查看该年批批检覆盖率')).toBeTruthy();
  });
});
