// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { columnTitles, expectShown, stubGateway, TOWNSHIPS } from '@shian/remote-testing';
import { i18n } from '@shian/ui-kit';
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SamplesPage } from '../src/pages/SamplesPage';
import { renderInModule, samplePage } from './fixtures';

afterEach(async () => {
  await i18n.changeLanguage('zh-CN');
});

describe('in English', () => {
  it('shows the samples page’s heading, toolbar, column titles and labels from the catalog', async () => {
    stubGateway({ TownshipOptions: () => TOWNSHIPS, SampleTable: () => samplePage(['1', '2'], false, 2) });
    render(renderInModule(<SamplesPage />, { locale: 'en' }));
    const table = await screen.findByRole('table', { name: 'Sampling inspections' });
    // The records' own data stays as written.
    expect(await within(table).findByRole('link', { name: /豇豆1/ })).toBeTruthy();
    expectShown({
      heading: 'Sampling inspections',
      buttons: [/Register sample/],
      placeholders: ['Search sample name, sampling form no., batch no. or laboratory'],
      texts: ['Overdue only'],
    });
    expect(columnTitles(table)).toEqual([
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
    expectShown(
      {
        counts: { Vegetables: 2, District: 2 },
        texts: ['Pesticide or veterinary drug residues over the limit', 'Overdue'],
      },
      table,
    );
    expectShown({ absent: /抽检|登记|不合格|超期|蔬菜/ });
  });
});
