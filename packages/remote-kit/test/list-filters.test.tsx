import type { TypedDocumentNode } from '@shian/graphql-client';
import { lastVariables, pick, remoteRenderer, stubGateway, TOWNSHIPS } from '@shian/remote-testing';
import { useLocation } from '@shian/router';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { defineRemote, filterParams, ListTable, useListPage } from '../src';

interface Thing {
  id: string;
  name: string;
}
interface ThingsData {
  things: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Thing[] };
}
interface ThingsVariables {
  filter?: {
    search?: string;
    year?: number;
    kind?: string;
    overdue?: boolean;
    done?: boolean;
    townshipId?: string;
    township?: string;
  } | null;
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

const things = () => ({
  data: {
    things: {
      __typename: 'ThingConnection',
      totalCount: 1,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: '1' },
      nodes: [{ __typename: 'Thing', id: 'T1', name: '物品1' }],
    },
  },
});

function Where() {
  return <output aria-label="地址">{useLocation().search}</output>;
}

function ThingsPage() {
  const list = useListPage({
    query: ThingsDocument,
    filters: [
      { search: '搜索名称' },
      { year: true },
      { name: 'kind', label: '类别', labels: { ODD: { label: '单号' }, EVEN: { label: '双号' } } },
      { flag: 'overdue', label: '只看超期' },
      {
        name: 'done',
        label: '是否完成',
        labels: { true: { label: '已完成' }, false: { label: '未完成' } },
        boolean: true,
      },
    ],
    pick: (data) => data.things,
  });
  // Declared filters are typed as the query's filter.
  const year: number | undefined = list.filter.year;
  return (
    <>
      <Where />
      <ListTable aria-label="物品列表" list={list} columns={[{ title: '名称', dataIndex: 'name' }]} />
      <output aria-label="所读年度">{year}</output>
    </>
  );
}

const renderInModule = remoteRenderer(defineRemote({ module: 'things', label: '测试', pages: [] }), '/things');

describe('declared list filters', () => {
  it('read the address by their keys and show their controls, which write it back', async () => {
    const calls = stubGateway({ Things: things });
    render(
      renderInModule(<ThingsPage />, { path: '/things?search=物品&year=2024&kind=ODD&overdue=1&done=false&other=x' }),
    );
    expect(await screen.findByText('物品1')).toBeTruthy();
    expect(lastVariables(calls, 'Things').filter).toEqual({
      search: '物品',
      year: 2024,
      kind: 'ODD',
      overdue: true,
      done: false,
    });
    expect(screen.getByRole('combobox', { name: '是否完成' })).toBeTruthy();
    expect(screen.getByLabelText('所读年度').textContent).toBe('2024');
    expect(screen.getByRole('searchbox', { name: '搜索名称' })).toBeTruthy();
    expect(document.querySelector('[data-filter="year"]')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: '类别' })).toBeTruthy();
    const overdue = screen.getByRole('switch', { name: '只看超期' });
    expect(overdue.getAttribute('aria-checked')).toBe('true');
    await act(async () => fireEvent.click(overdue));
    await waitFor(() => expect(screen.getByLabelText('地址').textContent).not.toContain('overdue'));
    await waitFor(() =>
      expect(lastVariables(calls, 'Things').filter).toEqual({ search: '物品', year: 2024, kind: 'ODD', done: false }),
    );
  });
});

/** The list's answer and the townships its filter offers. */
const withTownships = { Things: things, TownshipOptions: () => TOWNSHIPS };

function TownshipThingsPage({
  name,
  formerKeys,
  clears,
}: {
  name?: string;
  formerKeys?: Record<string, string>;
  clears?: string[];
}) {
  const list = useListPage({
    query: ThingsDocument,
    filters: [{ township: true, name, width: 160, clears }, { year: true }],
    pick: (data) => data.things,
    formerKeys,
  });
  return (
    <>
      <Where />
      <ListTable aria-label="物品列表" list={list} columns={[{ title: '名称', dataIndex: 'name' }]} />
    </>
  );
}

describe('a declared township filter', () => {
  it('reads townshipId from the address and writes the township chosen back', async () => {
    const calls = stubGateway(withTownships);
    render(renderInModule(<TownshipThingsPage />, { path: '/things?townshipId=511902001&year=2024' }));
    expect(await screen.findByText('物品1')).toBeTruthy();
    expect(lastVariables(calls, 'Things').filter).toEqual({ townshipId: '511902001', year: 2024 });
    expect(document.querySelector('[data-filter="townshipId"]')).toBeTruthy();
    await waitFor(() => expect(screen.getByTitle('东城街道')).toBeTruthy());
    await pick('乡镇(街道)', '西城街道');
    await waitFor(() => expect(screen.getByLabelText('地址').textContent).toBe('?townshipId=511902002&year=2024'));
    await waitFor(() => expect(lastVariables(calls, 'Things').filter).toEqual({ townshipId: '511902002', year: 2024 }));
  });

  it('clears what belonged to the township before (its village) in the same address change', async () => {
    stubGateway(withTownships);
    render(
      renderInModule(<TownshipThingsPage clears={['villageId']} />, {
        path: '/things?townshipId=511902001&villageId=511902001001&year=2024',
      }),
    );
    expect(await screen.findByText('物品1')).toBeTruthy();
    await waitFor(() => expect(screen.getByTitle('东城街道')).toBeTruthy());
    await pick('乡镇(街道)', '西城街道');
    await waitFor(() => expect(screen.getByLabelText('地址').textContent).toBe('?townshipId=511902002&year=2024'));
  });

  it('reads the key a list names instead (risk’s township)', async () => {
    const calls = stubGateway(withTownships);
    render(renderInModule(<TownshipThingsPage name="township" />, { path: '/things?township=511902002' }));
    expect(await screen.findByText('物品1')).toBeTruthy();
    expect(lastVariables(calls, 'Things').filter).toEqual({ township: '511902002' });
    expect(document.querySelector('[data-filter="township"]')).toBeTruthy();
  });
});

describe('a list’s former address keys', () => {
  it('read an old link’s key as the current one, and the next write drops the old key', async () => {
    const calls = stubGateway(withTownships);
    render(
      renderInModule(<TownshipThingsPage formerKeys={{ township: 'townshipId' }} />, {
        path: '/things?township=511902001&year=2024',
      }),
    );
    expect(await screen.findByText('物品1')).toBeTruthy();
    expect(lastVariables(calls, 'Things').filter).toEqual({ townshipId: '511902001', year: 2024 });
    await waitFor(() => expect(screen.getByTitle('东城街道')).toBeTruthy());
    await pick('乡镇(街道)', '西城街道');
    await waitFor(() => expect(screen.getByLabelText('地址').textContent).toBe('?year=2024&townshipId=511902002'));
  });

  it('leave the current key’s value where the address has both', async () => {
    const calls = stubGateway(withTownships);
    render(
      renderInModule(<TownshipThingsPage formerKeys={{ township: 'townshipId' }} />, {
        path: '/things?township=511902001&townshipId=511902002',
      }),
    );
    expect(await screen.findByText('物品1')).toBeTruthy();
    expect(lastVariables(calls, 'Things').filter).toEqual({ townshipId: '511902002' });
  });
});

describe('filterParams’ booleans', () => {
  it('reads a yes/no as true or false, and leaves out anything else', () => {
    type Filter = { resit?: boolean; tested?: boolean };
    const params = new URLSearchParams('resit=false&tested=maybe');
    expect(filterParams<Filter>(params, ['resit', 'tested'], { booleans: ['resit', 'tested'] })).toEqual({
      resit: false,
    });
    expect(filterParams<Filter>(new URLSearchParams('resit=true'), ['resit'], { booleans: ['resit'] })).toEqual({
      resit: true,
    });
  });
});
