import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { type ConnectionPage, type CursorPagination, DataTable, ShianUiProvider, useCursorPagination } from '../src';

interface Row {
  id: string;
  name: string;
}

const page = (ids: string[], hasNextPage: boolean): ConnectionPage<Row> => ({
  totalCount: 45,
  nodes: ids.map((id) => ({ id, name: `主体${id}` })),
  pageInfo: { hasNextPage, endCursor: ids.at(-1) },
});

let seen: CursorPagination['variables'][] = [];

function Harness({ filter }: { filter: string }) {
  const pagination = useCursorPagination(filter);
  seen.push(pagination.variables);
  const data = pagination.page === 1 ? page(['1', '2'], true) : page(['3'], false);
  return (
    <ShianUiProvider locale="zh-CN">
      <DataTable<Row>
        aria-label="主体列表"
        columns={[{ title: '名称', dataIndex: 'name' }]}
        data={data}
        pagination={pagination}
      />
    </ShianUiProvider>
  );
}

function Estimated({ locale }: { locale: 'zh-CN' | 'en' }) {
  const pagination = useCursorPagination('');
  const data = { ...page(['1', '2'], true), totalCount: 1_248_913, totalCountIsEstimate: true };
  return (
    <ShianUiProvider locale={locale}>
      <DataTable<Row> columns={[{ title: '名称', dataIndex: 'name' }]} data={data} pagination={pagination} />
    </ShianUiProvider>
  );
}

describe('DataTable with cursor pagination', () => {
  afterEach(() => {
    cleanup();
    seen = [];
  });

  it('pages forward with the end cursor, back, and resets when the filter changes', async () => {
    const { rerender } = render(<Harness filter="" />);
    expect(screen.getByText('主体1')).toBeTruthy();
    expect(screen.getByText(/共 45 条 · 第 1 \/ 3 页/)).toBeTruthy();

    await act(async () => fireEvent.click(screen.getByRole('button', { name: '下一页' })));
    expect(seen.at(-1)).toEqual({ first: 20, after: '2' });
    expect(screen.getByText('主体3')).toBeTruthy();
    expect((screen.getByRole('button', { name: '下一页' }) as HTMLButtonElement).disabled).toBe(true);

    await act(async () => fireEvent.click(screen.getByRole('button', { name: '上一页' })));
    expect(seen.at(-1)).toEqual({ first: 20, after: null });

    await act(async () => fireEvent.click(screen.getByRole('button', { name: '下一页' })));
    rerender(<Harness filter="search=面" />);
    expect(seen.at(-1)).toEqual({ first: 20, after: null });
  });

  it('says 约 (About) when the server estimated the total, to three figures', () => {
    render(<Estimated locale="zh-CN" />);
    expect(screen.getByText('约 1,250,000 条 · 第 1 / 62446 页')).toBeTruthy();
    cleanup();
    render(<Estimated locale="en" />);
    expect(screen.getByText('About 1,250,000 in all · page 1 of 62446')).toBeTruthy();
  });
});
