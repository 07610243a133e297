import type { TypedDocumentNode } from '@shian/graphql-client';
import { remoteRenderer, stubGateway } from '@shian/remote-testing';
import { catchExports, saved } from '@shian/remote-testing/excel';
import { useLocation } from '@shian/router';
import { DataTable, ExportButton } from '@shian/ui-kit';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { defineRemote, filterParams, ListTable, SearchFilter, SelectFilter, useListPage } from '../src';

catchExports();

interface Thing {
  id: string;
  name: string;
}
interface ThingsData {
  things: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Thing[] };
}
interface ThingsVariables {
  filter?: { search?: string; kind?: string } | null;
  first?: number | null;
  after?: string | null;
  [key: string]: unknown;
}
const ThingsDocument = parse(`
  query Things($filter: ThingFilter, $first: Int, $after: String) {
    things(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id name }
    }
  }
`) as unknown as TypedDocumentNode<ThingsData, ThingsVariables>;

/** 45 things; the stub pages them by the cursor (the index after which to start) and filters by `kind`. */
function things({ filter, first, after }: Record<string, any>) {
  const all = Array.from({ length: 45 }, (_, i) => ({
    __typename: 'Thing',
    id: `T${i + 1}`,
    name: `物品${i + 1}`,
  })).filter((_, i) => !filter?.kind || (filter.kind === 'ODD') === (i % 2 === 0));
  const start = after ? Number(after) : 0;
  const nodes = all.slice(start, start + first);
  const end = start + nodes.length;
  return {
    data: {
      things: {
        __typename: 'ThingConnection',
        totalCount: all.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: end < all.length, endCursor: String(end) },
        nodes,
      },
    },
  };
}

function Where() {
  const location = useLocation();
  return <output aria-label="地址">{location.search}</output>;
}

function ThingsPage({ limit }: { limit?: number }) {
  const list = useListPage({
    query: ThingsDocument,
    filter: (params) => ({
      ...(params.get('search') ? { search: params.get('search')! } : {}),
      ...(params.get('kind') ? { kind: params.get('kind')! } : {}),
    }),
    pick: (data) => data.things,
  });
  return (
    <>
      <Where />
      <DataTable<Thing>
        {...list.table}
        columns={[{ title: '名称', dataIndex: 'name' }]}
        toolbar={
          <>
            <SearchFilter list={list} placeholder="搜索名称" />
            <SelectFilter
              list={list}
              name="kind"
              label="类别"
              labels={{ ODD: { label: '单号' }, EVEN: { label: '双号' } }}
            />
            <ExportButton {...list.exportOf([{ title: '名称', value: 'name' }], '物品清单')} limit={limit} />
          </>
        }
      />
    </>
  );
}

const renderInModule = remoteRenderer(defineRemote({ module: 'things', label: '测试', pages: [] }), '/things');

describe('useListPage', () => {
  it('reads its filter from the URL, writes filters back to it, and returns to page 1 when the filter changes', async () => {
    const calls = stubGateway({ Things: things });
    render(renderInModule(<ThingsPage />, { path: '/things?kind=ODD' }));
    expect(await screen.findByText('物品1')).toBeTruthy();
    expect(calls[0]?.variables).toEqual({ filter: { kind: 'ODD' }, first: 20, after: null });
    expect(screen.getByText(/共 23 条/)).toBeTruthy();

    await act(async () => fireEvent.click(screen.getByText('下一页')));
    await waitFor(() => expect(calls.at(-1)?.variables.after).toBe('20'));

    const search = screen.getByRole('searchbox', { name: '搜索名称' });
    await act(async () => fireEvent.change(search, { target: { value: ' 物品 ' } }));
    await act(async () => fireEvent.keyDown(search, { key: 'Enter', code: 'Enter', keyCode: 13 }));
    await waitFor(() =>
      expect(calls.at(-1)?.variables).toEqual({ filter: { kind: 'ODD', search: '物品' }, first: 20, after: null }),
    );
    expect(screen.getByLabelText('地址').textContent).toBe('?kind=ODD&search=%E7%89%A9%E5%93%81');
  });

  it('exports every row of the filter, not the page on screen, named with the date in Beijing', async () => {
    saved.length = 0;
    const calls = stubGateway({ Things: things });
    render(renderInModule(<ThingsPage />, { path: '/things?kind=EVEN' }));
    await screen.findByText('物品2');
    await act(async () => fireEvent.click(screen.getByText('导出Excel')));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.rows).toHaveLength(22);
    expect(saved[0]?.filename).toMatch(/^物品清单-\d{4}-\d{2}-\d{2}$/);
    const exportCalls = calls.filter((c) => c.variables.first === 100);
    expect(exportCalls.map((c) => c.variables.filter)).toEqual([{ kind: 'EVEN' }]);
    expect(await screen.findByText('已导出 22 条')).toBeTruthy();
  });

  it('past the cap, exports the first rows and says how many of how many, and what to do', async () => {
    saved.length = 0;
    stubGateway({ Things: things });
    render(renderInModule(<ThingsPage limit={30} />));
    await screen.findByText('物品1');
    await act(async () => fireEvent.click(screen.getByText('导出Excel')));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.rows).toHaveLength(30);
    expect(
      await screen.findByText(/共 45 条,单次最多导出 30 条:已导出前 30 条。请缩小筛选范围后分批导出。/),
    ).toBeTruthy();
  });
});

function ThingsTable({ exported = true }: { exported?: boolean }) {
  const list = useListPage({ query: ThingsDocument, filter: () => ({}), pick: (data) => data.things });
  return (
    <ListTable
      aria-label="物品列表"
      list={list}
      columns={[{ title: '名称', dataIndex: 'name' }]}
      filters={<SearchFilter list={list} placeholder="搜索名称" />}
      exportAs={exported ? { columns: [{ title: '名称', value: 'name' }] } : undefined}
      actions={<button type="button">新增物品</button>}
      extra={<p>说明</p>}
    />
  );
}

describe('ListTable', () => {
  it('shows the filters, 导出Excel of every row (named by the label unless said) and the actions over the rows', async () => {
    saved.length = 0;
    stubGateway({ Things: things });
    render(renderInModule(<ThingsTable />));
    expect(await screen.findByText('物品1')).toBeTruthy();
    expect(screen.getByRole('table', { name: '物品列表' })).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: '搜索名称' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '新增物品' })).toBeTruthy();
    expect(screen.getByText('说明')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByText('导出Excel')));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.rows).toHaveLength(45);
    expect(saved[0]?.filename).toMatch(/^物品列表-\d{4}-\d{2}-\d{2}$/);
  });

  it('offers no export without its columns', async () => {
    stubGateway({ Things: things });
    render(renderInModule(<ThingsTable exported={false} />));
    await screen.findByText('物品1');
    expect(screen.queryByText('导出Excel')).toBeNull();
  });
});

describe('filterParams', () => {
  it('reads the non-empty keys asked for, the year as a number and a flag as true', () => {
    const params = new URLSearchParams('status=FILED&year=2024&overdue=1&search=%20%20&other=x');
    type Filter = { status?: string; year?: number; overdue?: boolean; search?: string; score?: number };
    expect(filterParams<Filter>(params, ['status', 'year', 'overdue', 'search'])).toEqual({
      status: 'FILED',
      year: 2024,
      overdue: true,
    });
    expect(filterParams<Filter>(new URLSearchParams('year=abc&overdue=0'), ['year', 'overdue'])).toEqual({});
    for (const year of ['0', '-2024', '2024.5'])
      expect(filterParams<Filter>(new URLSearchParams({ year }), ['year'])).toEqual({});
    expect(filterParams<Filter>(new URLSearchParams('score=80'), ['score'], { numbers: ['score'] })).toEqual({
      score: 80,
    });
  });
});
