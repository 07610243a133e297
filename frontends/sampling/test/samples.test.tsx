// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { expectNextPage, expectSearch, sentVariables, stubGateway, TOWNSHIPS, twoPages } from '@shian/remote-testing';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catchExports, exportedCells, saved } from '@shian/remote-testing/excel';
import { filterFromParams, SampleTable } from '../src/components/SampleTable';
import { renderInModule, samplePage } from './fixtures';

catchExports();

describe('filterFromParams', () => {
  it('reads the filter from the URL, overdue as a flag', () => {
    expect(
      filterFromParams(new URLSearchParams('level=CITY&verdict=UNQUALIFIED&status=&overdue=1&sampledFrom=2024-03-01')),
    ).toEqual({
      level: 'CITY',
      verdict: 'UNQUALIFIED',
      sampledFrom: '2024-03-01',
      overdue: true,
    });
  });
});

describe('the samples table', () => {
  it('shows labels in Chinese, flags overdue samples and pages on the server', async () => {
    const calls = stubGateway({
      TownshipOptions: () => TOWNSHIPS,
      SampleTable: twoPages(samplePage),
    });
    render(renderInModule(<SampleTable />));
    expect(await screen.findByText('豇豆1')).toBeTruthy();
    expect(screen.getAllByText('蔬菜').length).toBe(2);
    expect(screen.getAllByText('区抽').length).toBe(2);
    expect(screen.getAllByText('不合格').length).toBeGreaterThan(0);
    expect(screen.getByText('农兽药残留超标')).toBeTruthy();
    expect(screen.getAllByText('超期')).toHaveLength(1);
    expect(screen.getByText(/共 3 条/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /豇豆2/ }).getAttribute('href')).toBe('/sampling/2');
    await expectNextPage(calls, 'SampleTable', '豇豆3');
  });

  it('searches on Enter, back to the first page', async () => {
    const calls = stubGateway({ TownshipOptions: () => TOWNSHIPS, SampleTable: () => samplePage(['1'], false, 1) });
    render(renderInModule(<SampleTable />));
    await screen.findByText('豇豆1');
    await expectSearch(calls, 'SampleTable', '搜索样品名称、抽样单编号、批号或承检机构', '豇豆');
  });
});

describe('the samples table’s address and export', () => {
  it('exports every sample of the filter in the address, with labels and one column per focus axis', async () => {
    const calls = stubGateway({
      TownshipOptions: () => TOWNSHIPS,
      SampleTable: twoPages(samplePage),
    });
    render(renderInModule(<SampleTable />, { path: '/sampling?verdict=UNQUALIFIED&overdue=1' }));
    await screen.findByText('豇豆1');
    expect(sentVariables(calls, 'SampleTable').filter).toEqual({
      verdict: 'UNQUALIFIED',
      overdue: true,
    });
    expect(screen.getByRole('switch', { name: '只看超期' }).getAttribute('aria-checked')).toBe('true');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /导出Excel/ })));
    await waitFor(() => expect(saved).toHaveLength(1));
    const walked = calls.filter((c) => c.operationName === 'SampleTable' && c.variables.first === 100);
    expect(walked.map((c) => [c.variables.filter, c.variables.after])).toEqual([
      [{ verdict: 'UNQUALIFIED', overdue: true }, null],
      [{ verdict: 'UNQUALIFIED', overdue: true }, '2'],
    ]);
    expect(saved[0]!.filename).toMatch(/^抽检样品-\d{4}-\d{2}-\d{2}$/);
    const cells = exportedCells();
    expect(cells).toHaveLength(3);
    expect(cells[0]).toMatchObject({
      食品类别: '蔬菜',
      计划层级: '区抽',
      检验结论: '不合格',
      不合格类型: '农兽药残留超标',
      重点品种: '蔬菜水果鲜蛋(食用农产品)',
      重点时段: '夏季高温',
      重点区域: '校园及周边',
      超期: '是',
    });
  });

  it('takes 抽样日期 from the address and clears both ends in one change', async () => {
    const calls = stubGateway({ TownshipOptions: () => TOWNSHIPS, SampleTable: () => samplePage(['1'], false, 1) });
    const table = () => calls.filter((c) => c.operationName === 'SampleTable');
    render(
      renderInModule(<SampleTable />, { path: '/sampling?sampledFrom=2024-03-01&sampledTo=2024-03-31&level=CITY' }),
    );
    await screen.findByText('豇豆1');
    expect(table().at(-1)!.variables.filter).toEqual({
      level: 'CITY',
      sampledFrom: '2024-03-01',
      sampledTo: '2024-03-31',
    });
    const clear = document.querySelector('[data-filter="sampledOn"] .ant-picker-clear')!;
    await act(async () => {
      fireEvent.mouseDown(clear);
      fireEvent.mouseUp(clear);
      fireEvent.click(clear);
    });
    await waitFor(() => expect(table().at(-1)!.variables.filter).toEqual({ level: 'CITY' }));
  });
});

describe('the samples table with another domain down', () => {
  it('shows its own columns, "—" for the business, and a notice naming 主体与属地', async () => {
    const page = samplePage(['1', '2'], false, 2);
    const calls = stubGateway({
      TownshipOptions: () => ({
        data: { townships: null },
        errors: [{ message: '子图 entities 不可用', path: ['townships'], extensions: { serviceName: 'entities' } }],
      }),
      SampleTable: () => ({
        data: {
          samples: { ...page.data.samples, nodes: page.data.samples.nodes.map((n) => ({ ...n, entity: null })) },
        },
        errors: [0, 1].map((i) => ({
          message: '子图 entities 不可用',
          path: ['samples', 'nodes', i, 'entity'],
          extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'entities' },
        })),
      }),
    });
    render(renderInModule(<SampleTable />));
    expect(await screen.findByText('豇豆1')).toBeTruthy();
    expect(screen.getByText('豇豆2')).toBeTruthy();
    expect(screen.getByText(/共 2 条/)).toBeTruthy();
    expect(screen.queryByText('东城生鲜超市')).toBeNull();
    // The business and its township: "—" in both rows.
    expect(screen.getAllByText('—').length).toBeGreaterThanOrEqual(4);
    const notice = screen.getByTestId('partial-notice');
    expect(notice.textContent).toContain('「主体与属地」数据暂不可用');
    await act(async () => fireEvent.click(within(notice).getByRole('button', { name: /重\s*试/ })));
    await waitFor(() => expect(calls.filter((c) => c.operationName === 'SampleTable')).toHaveLength(2));
  });

  it('shows its own subgraph down in its panel, naming 抽检监测, with 重试', async () => {
    const calls = stubGateway({
      TownshipOptions: () => TOWNSHIPS,
      SampleTable: () => ({
        data: { samples: null },
        errors: [
          {
            message: '子图 sampling 不可用',
            path: ['samples'],
            extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'sampling' },
          },
        ],
      }),
    });
    render(renderInModule(<SampleTable />));
    expect(await screen.findByText('「抽检监测」暂不可用')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('抽检监测暂不可用');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /重\s*试/ })));
    await waitFor(() => expect(calls.filter((c) => c.operationName === 'SampleTable')).toHaveLength(2));
  });
});
