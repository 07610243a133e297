// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { i18n, ShianUiProvider } from '@shian/ui-kit';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SamplesPage } from '../src/pages/SamplesPage';
import { renderInModule, samplePage, stubGateway, TOWNSHIPS } from './fixtures';

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await i18n.changeLanguage('zh-CN');
});

describe('in English', () => {
  it('shows the samples page’s heading, toolbar, column titles and labels from the catalog', async () => {
    stubGateway({ TownshipOptions: () => TOWNSHIPS, SampleTable: () => samplePage(['1', '2'], false, 2) });
    render(<ShianUiProvider locale="en">{renderInModule(<SamplesPage />)}</ShianUiProvider>);
    const table = await screen.findByRole('table', { name: 'Sampling inspections' });
    // The records' own data stays as written.
    expect(await within(table).findByRole('link', { name: /豇豆1/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Sampling inspections' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Register sample/ })).toBeTruthy();
    expect(screen.getByPlaceholderText('Search sample name, sampling form no., batch no. or laboratory')).toBeTruthy();
    expect(screen.getByText('Overdue only')).toBeTruthy();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Sample name',
      'Sampling form no.',
      'Food category',
      'Sampled business',
      'Township (subdistrict)',
      'Level',
      'Sampling date',
      'Focus',
      'Status',
      'Result',
    ]);
    expect(within(table).getAllByText('Vegetables')).toHaveLength(2);
    expect(within(table).getAllByText('District')).toHaveLength(2);
    expect(within(table).getByText('Pesticide or veterinary drug residues over the limit')).toBeTruthy();
    expect(within(table).getByText('Overdue')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/抽检|登记|不合格|超期|蔬菜/);
  });
});
