// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EntityRegister, filterFromParams } from '../src/components/EntityRegister';
import { entityPage, renderInModule, stubGateway, TOWNSHIPS } from './fixtures';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('filterFromParams', () => {
  it('reads the filter from the URL and pins a township', () => {
    expect(filterFromParams(new URLSearchParams('search=面馆&riskGrade=B&status='))).toEqual({
      search: '面馆',
      riskGrade: 'B',
    });
    expect(filterFromParams(new URLSearchParams('townshipId=1'), '2')).toEqual({ townshipId: '2' });
  });
});

describe('the register', () => {
  it('shows labels in Chinese and pages on the server with the end cursor', async () => {
    const calls = stubGateway({
      TownshipOptions: () => TOWNSHIPS,
      EntityRegister: (v) => (v.after ? entityPage(['3'], false) : entityPage(['1', '2'], true)),
    });
    render(renderInModule(<EntityRegister />));
    expect(await screen.findByText('巴州区1号面馆')).toBeTruthy();
    expect(screen.getAllByText('餐饮服务').length).toBeGreaterThan(0);
    expect(screen.getAllByText('在营').length).toBe(2);
    expect(screen.getAllByText('B级').length).toBe(2);
    expect(screen.getByText(/共 3 条/)).toBeTruthy();
    expect(screen.getByRole('link', { name: '巴州区1号面馆' }).getAttribute('href')).toBe('/entities/1');

    await act(async () => fireEvent.click(screen.getByRole('button', { name: '下一页' })));
    expect(await screen.findByText('巴州区3号面馆')).toBeTruthy();
    const last = calls.filter((c) => c.operationName === 'EntityRegister').at(-1)!;
    expect(last.variables).toMatchObject({ first: 20, after: '2', filter: {} });
  });

  it('searches on Enter, back to the first page', async () => {
    const calls = stubGateway({ TownshipOptions: () => TOWNSHIPS, EntityRegister: () => entityPage(['1'], false, 1) });
    render(renderInModule(<EntityRegister />));
    await screen.findByText('巴州区1号面馆');
    const search = screen.getByPlaceholderText('搜索名称、统一社会信用代码或地址');
    fireEvent.change(search, { target: { value: '面馆' } });
    await act(async () => fireEvent.keyDown(search, { key: 'Enter', code: 'Enter', keyCode: 13 }));
    await waitFor(() =>
      expect(calls.filter((c) => c.operationName === 'EntityRegister').at(-1)!.variables).toMatchObject({
        filter: { search: '面馆' },
        after: null,
      }),
    );
  });
});
