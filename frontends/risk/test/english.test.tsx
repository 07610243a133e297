// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { i18n, ShianUiProvider } from '@shian/ui-kit';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RisksPage } from '../src/pages/RisksPage';
import { connection, renderInModule, riskRow, stubGateway, TOWNSHIPS } from './fixtures';

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await i18n.changeLanguage('zh-CN');
});

describe('in English', () => {
  it('shows the risk register’s heading, toolbar, columns and labels from the catalog', async () => {
    stubGateway({
      TownshipOptions: () => TOWNSHIPS,
      RiskList: () => ({ data: { risks: connection('RiskConnection', [riskRow('1')]) } }),
    });
    render(<ShianUiProvider locale="en">{renderInModule(<RisksPage />)}</ShianUiProvider>);
    expect(await screen.findByText('农村集体聚餐食物中毒风险1')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Risk register' })).toBeTruthy();
    expect(screen.getByText('Levels set on the risk matrix by likelihood and severity')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Register risk/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Export to Excel/ })).toBeTruthy();
    expect(screen.getByPlaceholderText('Search by risk name, hazard or number')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Risk register' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual([
      'No.',
      'Risk name',
      'Category',
      'Likelihood × severity',
      'Level',
      'Status',
      'Townships (subdistricts) concerned',
      'Responsible department',
      'Review date',
    ]);
    // Enum values through the label maps; the record's own data as the server sent it.
    expect(within(table).getByText('Major risk')).toBeTruthy();
    expect(within(table).getByText('Rural group banquets')).toBeTruthy();
    expect(within(table).getByText('Under control')).toBeTruthy();
    expect(within(table).getByText('东城街道')).toBeTruthy();
  });
});
