// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { connection, expectList, stubGateway, TOWNSHIPS } from '@shian/remote-testing';
import { render } from '@testing-library/react';
import { describe, it } from 'vitest';
import { RisksPage } from '../src/pages/RisksPage';
import { renderInModule, riskRow } from './fixtures';

describe('in English', () => {
  it('shows the risk register’s heading, toolbar, columns and labels from the catalog', async () => {
    stubGateway({
      TownshipOptions: () => TOWNSHIPS,
      RiskList: () => ({ data: { risks: connection('RiskConnection', [riskRow('1')]) } }),
    });
    render(renderInModule(<RisksPage />, { locale: 'en' }));
    await expectList({
      shows: ['农村集体聚餐食物中毒风险1'],
      heading: 'Risk register',
      texts: ['Levels set on the risk matrix by likelihood and severity'],
      buttons: [/Register risk/, /Export to Excel/],
      placeholders: ['Search by risk name, hazard or number'],
      columns: [
        'No.',
        'Risk name',
        'Category',
        'Likelihood × severity',
        'Level',
        'Status',
        'Townships (subdistricts) concerned',
        'Responsible department',
        'Review date',
      ],
      rows: { texts: ['Major risk', 'Rural group banquets', 'Under control', '东城街道'] },
    });
  });
});
