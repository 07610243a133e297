import { MemoryRouter, Route, Routes, useLocation } from '@shian/router';
import { ShianUiProvider } from '@shian/ui-kit';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { CombinedError } from '@urql/core';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ModuleScope, PrintButton, PrintSheet, PrintTable, PrintView } from '../src';

let print: ReturnType<typeof vi.fn>;
beforeEach(() => {
  print = vi.fn();
  vi.stubGlobal('print', print);
});
afterEach(() => {
  vi.useRealTimers();
});

function Where() {
  return <p data-testid="where">{useLocation().pathname}</p>;
}

// The element answers its route only: any other address the test reaches shows where it went.
const inModule = (element: ReactNode, route = '/enforcement/cases/:id/print', path = '/enforcement/cases/C1/print') => (
  <ShianUiProvider locale="zh-CN">
    <ModuleScope basePath="/enforcement">
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path={route} element={element} />
          <Route path="*" element={<Where />} />
        </Routes>
      </MemoryRouter>
    </ModuleScope>
  </ShianUiProvider>
);

/** The cell the grid holds beside a label (labels are row headers). */
const cellOf = (label: string) => screen.getByRole('rowheader', { name: label }).nextElementSibling as HTMLElement;

describe('PrintSheet', () => {
  it('lays the record out as the paper form: bureau, title, number, label/value cells, blanks left blank', () => {
    // 17:30 UTC is already the next day in Beijing: the printed date is the bureau's.
    vi.useFakeTimers({ now: new Date('2026-12-05T17:30:00Z'), toFake: ['Date'] });
    render(
      <PrintSheet
        title="现场检查笔录"
        number="JC-1"
        cells={[
          { label: '检查对象', value: '万家超市' },
          { label: '地址', value: null },
          { label: '检查人员', value: [] },
          { label: '检查内容与结果', value: '冷柜温度超标', wide: true, tall: true },
        ]}
        signatures={['检查人员', '被检查单位负责人']}
        seal
      >
        <PrintTable
          caption="检验项目与结果"
          columns={[{ title: '项目', value: (row: { name: string }) => row.name }]}
          rows={[]}
          rowKey={(row) => row.name}
        />
      </PrintSheet>,
    );
    const sheet = screen.getByRole('article', { name: '现场检查笔录' });
    expect(within(sheet).getByRole('heading', { name: '现场检查笔录' })).toBeTruthy();
    expect(sheet.textContent).toContain('巴中市巴州区市场监督管理局');
    expect(sheet.textContent).toContain('编号:JC-1');
    expect(cellOf('检查对象').textContent).toBe('万家超市');
    expect(cellOf('地址').textContent).toBe('');
    expect(cellOf('检查人员').textContent).toBe('');
    // Two pairs to a row; the wide cell takes the whole of its own.
    expect(cellOf('检查对象').parentElement).toBe(cellOf('地址').parentElement);
    expect(cellOf('检查内容与结果').getAttribute('colspan')).toBe('3');
    // Column widths fixed by the sheet, not by whichever row comes first (a full-width one would skew the rest).
    expect(sheet.querySelectorAll('.shian-print-grid col')).toHaveLength(4);
    expect(sheet.querySelectorAll('.shian-print-signature')).toHaveLength(2);
    expect(sheet.textContent).toContain('巴中市巴州区市场监督管理局(盖章)');
    // No items: empty lines to fill in by hand.
    expect(within(screen.getByRole('table', { name: '检验项目与结果' })).getAllByRole('row')).toHaveLength(4);
    expect(sheet.textContent).toContain('打印时间:2026-12-06 01:30(北京时间)');
  });
});

describe('PrintView', () => {
  const sheet = (record: { name: string }) => (
    <PrintSheet title="案件" cells={[{ label: '当事人', value: record.name }]} />
  );

  it('prints once the record has loaded, and only once', () => {
    const view = (fetching: boolean, record: { name: string } | null) =>
      inModule(
        <PrintView fetching={fetching} record={record} missing="未找到" back="/cases/C1">
          {sheet}
        </PrintView>,
      );
    const { rerender } = render(view(true, null));
    expect(screen.queryByRole('article')).toBeNull();
    expect(print).not.toHaveBeenCalled();
    rerender(view(false, { name: '万家超市' }));
    expect(cellOf('当事人').textContent).toBe('万家超市');
    expect(print).toHaveBeenCalledTimes(1);
    rerender(view(false, { name: '万家超市(更名)' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('shows the server’s refusal instead of a blank form, and prints nothing', () => {
    const error = new CombinedError({
      graphQLErrors: [{ message: '无权查看该案件', extensions: { code: 'FORBIDDEN' } }],
    });
    render(
      inModule(
        <PrintView fetching={false} error={error} record={null} missing="未找到" back="/cases/C1">
          {sheet}
        </PrintView>,
      ),
    );
    expect(screen.getByRole('alert').textContent).toContain('无权查看该案件');
    expect(screen.queryByRole('article')).toBeNull();
    expect(print).not.toHaveBeenCalled();
  });

  it('shows a record missing another domain’s part with a notice, and leaves printing to the officer', async () => {
    const error = new CombinedError({
      graphQLErrors: [
        { message: '主体与属地暂不可用', path: ['case', 'entity'], extensions: { code: 'SUBGRAPH_UNAVAILABLE' } },
      ],
    });
    render(
      inModule(
        <PrintView fetching={false} error={error} record={{ name: '' }} missing="未找到" back="/cases/C1">
          {sheet}
        </PrintView>,
      ),
    );
    expect(screen.getByRole('article', { name: '案件' })).toBeTruthy();
    expect(print).not.toHaveBeenCalled();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '打印' })));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('says why when the server has no such record, and 返回 leads to the record’s page', async () => {
    render(
      inModule(
        <PrintView fetching={false} record={null} missing="未找到该案件,可能无权查看" back="/cases/C1">
          {sheet}
        </PrintView>,
      ),
    );
    expect(screen.getByRole('alert').textContent).toContain('未找到该案件,可能无权查看');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '返回' })));
    expect(screen.getByTestId('where').textContent).toBe('/enforcement/cases/C1');
  });
});

describe('PrintButton', () => {
  it('opens the print route under the module’s base path', async () => {
    render(inModule(<PrintButton to="/cases/C1/print" />, '/enforcement/cases/:id', '/enforcement/cases/C1'));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '打印' })));
    expect(screen.getByTestId('where').textContent).toBe('/enforcement/cases/C1/print');
    expect(print).not.toHaveBeenCalled();
  });
});
