// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import {
  expectNextPage,
  expectSearch,
  expectShown,
  lastVariables,
  stubGateway,
  TOWNSHIPS,
  twoPages,
} from '@shian/remote-testing';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EntityRegister } from '../src/components/EntityRegister';
import { entityPage, renderInModule } from './fixtures';

describe('the register’s filter', () => {
  it('is read from the URL', async () => {
    const calls = stubGateway({ TownshipOptions: () => TOWNSHIPS, EntityRegister: () => entityPage(['1'], false, 1) });
    render(renderInModule(<EntityRegister />, { path: '/entities?search=面馆&riskGrade=B&status=&townshipId=1' }));
    await screen.findByText('巴州区1号面馆');
    expect(lastVariables(calls, 'EntityRegister').filter).toEqual({ search: '面馆', riskGrade: 'B', townshipId: '1' });
    expect(screen.getByRole('combobox', { name: '乡镇(街道)' })).toBeTruthy();
  });

  it('pins a township’s page to its township, with no choice of another', async () => {
    const calls = stubGateway({ TownshipOptions: () => TOWNSHIPS, EntityRegister: () => entityPage(['1'], false, 1) });
    render(renderInModule(<EntityRegister fixedTownshipId="2" />, { path: '/entities?townshipId=1&riskGrade=B' }));
    await screen.findByText('巴州区1号面馆');
    expect(lastVariables(calls, 'EntityRegister').filter).toEqual({ riskGrade: 'B', townshipId: '2' });
    expect(screen.queryByRole('combobox', { name: '乡镇(街道)' })).toBeNull();
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
