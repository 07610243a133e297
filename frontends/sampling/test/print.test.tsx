// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { expectNotPrinted, expectPrinted, printedCell, printViews, stubGateway } from '@shian/remote-testing';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ModulePageRoutes } from '@shian/remote-kit';
import { PAGES } from '../src/routes';
import { renderInModule, sampleDetail } from './fixtures';

const { open, print } = printViews(renderInModule, <ModulePageRoutes table={PAGES} />, '/sampling');

const item = (position: number, name: string, measured: string, verdict: string) => ({
  __typename: 'TestItem',
  id: `T${position}`,
  name,
  measured,
  limit: '≤0.5',
  unit: 'mg/kg',
  standard: 'GB 2763-2021',
  verdict,
});

// The fixtures' sample detail (the page's query answered), with this report's values.
const SAMPLE = sampleDetail('S1', {
  number: 'BZ2024-0031',
  foodName: '韭菜',
  category: 'VEGETABLES',
  batchNumber: '20240611',
  sampledOn: '2024-06-11',
  samplers: ['李执法', '王明'],
  verdict: 'UNQUALIFIED',
  failureKind: 'PESTICIDE_VET_RESIDUE',
  entity: { __typename: 'Entity', id: 'E0050', name: '万家超市', township: null },
  testItems: [item(1, '腐霉利', '1.2', 'UNQUALIFIED'), item(2, '毒死蜱', '未检出', 'QUALIFIED')],
}).data.sample;

describe('检验报告 print view', () => {
  it('fills the report from the sample and its test items, and prints once it has loaded', async () => {
    const calls = stubGateway({ SampleDetail: () => ({ data: { sample: SAMPLE } }) });
    open('/S1/print');
    await expectPrinted(print, '检验报告', {
      样品名称: '韭菜',
      样品编号: 'BZ2024-0031',
      被抽样单位: '万家超市',
      抽样日期: '2024-06-11',
      检验机构: '巴中市食品药品检验检测中心',
      检验结论: '不合格(农兽药残留超标)',
      标称商标: '',
    });
    const rows = within(screen.getByRole('table', { name: '检验项目与结果' })).getAllByRole('row');
    expect(rows.slice(1).map((row) => [...row.children].map((c) => c.textContent))).toEqual([
      ['1', '腐霉利', '≤0.5', '1.2', 'mg/kg', '不合格', 'GB 2763-2021'],
      ['2', '毒死蜱', '≤0.5', '未检出', 'mg/kg', '合格', 'GB 2763-2021'],
    ]);
    // The sample page's own query: from the page, the report comes out of the cache.
    expect(calls.map((c) => [c.operationName, c.variables])).toEqual([['SampleDetail', { id: 'S1' }]]);
  });

  it('leaves the conclusion blank and lines for the items while the sample is still at the lab', async () => {
    stubGateway({
      SampleDetail: () => ({ data: { sample: { ...SAMPLE, verdict: null, failureKind: null, testItems: [] } } }),
    });
    open('/S1/print');
    expect(await printedCell('检验结论')).toBe('');
    const rows = within(screen.getByRole('table', { name: '检验项目与结果' })).getAllByRole('row');
    expect(rows.slice(1).every((row) => row.textContent === '')).toBe(true);
    expect(rows).toHaveLength(4);
  });

  it('shows the server’s refusal of a sample outside the caller’s township', async () => {
    stubGateway({
      SampleDetail: () => ({
        data: { sample: null },
        errors: [{ message: '无权查看其他乡镇(街道)的记录', path: ['sample'], extensions: { code: 'FORBIDDEN' } }],
      }),
    });
    open('/S1/print');
    await expectNotPrinted(print, '无权查看其他乡镇(街道)的记录');
  });

  it('returns to the sample’s page', async () => {
    stubGateway({ SampleDetail: () => ({ data: { sample: SAMPLE } }) });
    open('/S1/print');
    await printedCell('样品名称');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '返回' })));
    expect(await screen.findByTestId('sample-status')).toBeTruthy();
    expect(screen.queryByRole('article')).toBeNull();
  });
});
