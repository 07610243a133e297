// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { expectNextPage, expectSearch, expectShown, stubGateway, TOWNSHIPS, twoPages } from '@shian/remote-testing';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EntityRegister, filterFromParams } from '../src/components/EntityRegister';
import { entityPage, renderInModule } from './fixtures';

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
      EntityRegister: twoPages(entityPage),
    });
    render(renderInModule(<EntityRegister />));
    expect(await screen.findByText('巴州区1号面馆')).toBeTruthy();
    expect(screen.getAllByText('餐饮服务').length).toBeGreaterThan(0);
    expectShown({ counts: { 在营: 2, B级: 2 }, texts: [/共 3 条/], links: { 巴州区1号面馆: '/entities/1' } });

    await expectNextPage(calls, 'EntityRegister', '巴州区3号面馆', { first: 20, after: '2', filter: {} });
  });

  it('searches on Enter, back to the first page', async () => {
    const calls = stubGateway({ TownshipOptions: () => TOWNSHIPS, EntityRegister: () => entityPage(['1'], false, 1) });
    render(renderInModule(<EntityRegister />));
    await screen.findByText('巴州区1号面馆');
    await expectSearch(calls, 'EntityRegister', '搜索名称、统一社会信用代码或地址', '面馆');
  });
});
