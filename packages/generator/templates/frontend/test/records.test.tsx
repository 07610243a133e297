// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { ModulePageRoutes } from '@shian/remote-kit';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RecordsPage } from '../src/pages/RecordsPage';
import { PAGES } from '../src/routes';
import { renderInModule, stubGateway } from './fixtures';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const page = (titles: string[], hasNextPage = false) => ({
  data: {
    __nameCamel__Records: {
      __typename: '__Name__RecordConnection',
      totalCount: titles.length,
      totalCountIsEstimate: false,
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'c1' : null },
      nodes: titles.map((title, i) => ({
        __typename: '__Name__Record',
        id: `r${i}`,
        title,
        townshipId: '511902001',
        recordedOn: '2024-03-15',
        note: '',
        entity: { __typename: 'Entity', id: 'E0229' },
      })),
    },
  },
});

describe('the records page', () => {
  it('lists the records with Chinese labels', async () => {
    stubGateway({ __Name__Records: () => page(['示例记录一', '示例记录二']) });
    render(renderInModule(<RecordsPage />));
    expect(await screen.findByText('示例记录一')).toBeTruthy();
    expect(screen.getByText('__label__记录')).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: '所涉主体' })).toBeTruthy();
    expect(screen.getByText(/共 2 条/)).toBeTruthy();
  });

  it('searches on the server', async () => {
    const calls = stubGateway({ __Name__Records: (v) => page(v.filter?.search ? ['命中'] : ['甲', '乙']) });
    render(renderInModule(<RecordsPage />));
    await screen.findByText('甲');
    const search = screen.getByPlaceholderText('搜索标题或备注');
    fireEvent.change(search, { target: { value: '命中' } });
    await act(async () => fireEvent.keyDown(search, { key: 'Enter', code: 'Enter', keyCode: 13 }));
    expect(await screen.findByText('命中')).toBeTruthy();
    await waitFor(() =>
      expect(calls.at(-1)?.variables).toMatchObject({ filter: { search: '命中' }, first: 20, after: null }),
    );
  });
});

describe('the page table', () => {
  it('opens the records at the module’s root, under their section of the menu', async () => {
    stubGateway({ __Name__Records: () => page(['示例记录一']) });
    render(renderInModule(<ModulePageRoutes table={PAGES} />));
    expect(await screen.findByText('示例记录一')).toBeTruthy();
    const menu = screen.getByRole('menu', { name: '__label__' });
    expect(menu.textContent).toBe('__label__记录');
  });
});
