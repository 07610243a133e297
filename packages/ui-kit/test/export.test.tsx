import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { ExportRowsButton, ShianUiProvider, setExcelSaver, useExcelExport } from '../src';

const saved: { rows: readonly unknown[]; filename: string }[] = [];

// The exports land in `saved` (no file is written); the browser download is put back after each test.
beforeEach(() =>
  setExcelSaver(async (rows, _columns, filename) => {
    saved.push({ rows, filename });
  }),
);
afterEach(() => {
  cleanup();
  setExcelSaver();
  saved.length = 0;
});

let run: ReturnType<typeof useExcelExport>['exportRows'] = async () => {};
function Probe() {
  const { exporting, exportRows } = useExcelExport();
  run = exportRows;
  return <p>{exporting ? '导出中' : '空闲'}</p>;
}

describe('useExcelExport', () => {
  it('saves what it gathered and says how many; a failure says why and saves nothing', async () => {
    render(
      <ShianUiProvider>
        <Probe />
      </ShianUiProvider>,
    );
    const columns = [{ title: '名称', value: 'name' as const }];
    await act(() => run(async () => [{ name: '甲' }, { name: '乙' }], columns, '名录-2024-06-01'));
    expect(saved).toEqual([{ rows: [{ name: '甲' }, { name: '乙' }], filename: '名录-2024-06-01' }]);
    expect(await screen.findByText('已导出 2 条')).toBeTruthy();
    await act(() =>
      run(
        async () => {
          throw new Error('网络中断');
        },
        columns,
        '名录',
      ),
    );
    expect(await screen.findByText('导出失败:网络中断')).toBeTruthy();
    expect(saved).toHaveLength(1);
    expect(screen.getByText('空闲')).toBeTruthy();
  });

  it('says 约 of a total the server estimated, while it gathers and when the cap cuts the list', async () => {
    render(
      <ShianUiProvider>
        <Probe />
      </ShianUiProvider>,
    );
    const columns = [{ title: '名称', value: 'name' as const }];
    let finish = () => {};
    const gathered = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const done = run(
      async (onProgress) => {
        onProgress({ loaded: 200, total: 25_000, estimated: true });
        await gathered;
        return { rows: [{ name: '甲' }, { name: '乙' }], total: 25_000, capped: true, estimated: true };
      },
      columns,
      '名录',
    );
    expect(await screen.findByText('正在导出 200 / 约 25,000 条…')).toBeTruthy();
    await act(async () => {
      finish();
      await done;
    });
    expect(await screen.findByText(/^约 25,000 条,单次最多导出 2 条/)).toBeTruthy();
  });
});

describe('ExportRowsButton', () => {
  it('saves the rows the page holds, named with the Beijing date, and is disabled with none', async () => {
    saved.length = 0;
    const columns = [{ title: '名称', value: 'name' as const }];
    const { rerender } = render(
      <ShianUiProvider>
        <ExportRowsButton rows={[]} columns={columns} filename="乡镇名录" />
      </ShianUiProvider>,
    );
    expect(screen.getByRole('button', { name: /导出Excel/ }).hasAttribute('disabled')).toBe(true);
    rerender(
      <ShianUiProvider>
        <ExportRowsButton rows={[{ name: '东城街道' }]} columns={columns} filename="乡镇名录" />
      </ShianUiProvider>,
    );
    await act(async () => screen.getByRole('button', { name: /导出Excel/ }).click());
    expect(saved).toHaveLength(1);
    expect(saved[0]?.rows).toEqual([{ name: '东城街道' }]);
    expect(saved[0]?.filename).toMatch(/^乡镇名录-\d{4}-\d{2}-\d{2}$/);
  });
});
