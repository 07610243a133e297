// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { connection, expectShown, expectTable, stubGateway, TOWNSHIPS } from '@shian/remote-testing';
import { i18n } from '@shian/ui-kit';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RisksPage } from '../src/pages/RisksPage';
import { renderInModule, riskRow } from './fixtures';

afterEach(async () => {
  await i18n.changeLanguage('zh-CN');
});

describe('in English', () => {
  it('shows the risk register’s heading, toolbar, columns and labels from the catalog', async () => {
    stubGateway({
      TownshipOptions: () => TOWNSHIPS,
      RiskList: () => ({ data: { risks: connection('RiskConnection', [riskRow('1')]) } }),
    });
    render(renderInModule(<RisksPage />, { locale: 'en' }));
    expect(await screen.findByText('农村集体聚餐食物中毒风险1')).toBeTruthy();
    expectShown({
      heading: 'Risk register',
      texts: ['Levels set on the risk matrix by likelihood and severity'],
      buttons: [/Register risk/, /Export to Excel/],
      placeholders: ['Search by risk name, hazard or number'],
    });
    const table = expectTable('Risk register', [
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
    expectShown({ texts: ['Major risk', 'Rural group banquets', 'Under control', '东城街道'] }, table);
  });
});
