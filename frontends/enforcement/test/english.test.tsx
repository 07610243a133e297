// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { connection, expectShown, expectTable, stubGateway } from '@shian/remote-testing';
import { i18n } from '@shian/ui-kit';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CasesPage } from '../src/pages/CasesPage';
import { OperationsPage } from '../src/pages/OperationsPage';
import { casePage, caseRow, operation, renderInModule } from './fixtures';

afterEach(async () => {
  await i18n.changeLanguage('zh-CN');
});

describe('in English', () => {
  it('shows the joint operations’ heading, toolbar, columns, labels and a dialog from the catalog', async () => {
    stubGateway({
      JointOperationList: () => ({ data: { jointOperations: connection('JointOperationConnection', [operation]) } }),
    });
    render(renderInModule(<OperationsPage />, { locale: 'en' }));
    // The record's own data as the server sent it.
    expect(await screen.findByText('校园周边食品安全联合检查')).toBeTruthy();
    expectShown({
      heading: 'Joint operations',
      texts: ['Enforcement operations with the police, education, agriculture and other departments'],
      buttons: [/New joint operation/, /Export to Excel/],
      labels: ['Departments taking part'],
    });
    const table = expectTable('联合执法', [
      'Operation',
      'Time',
      'Departments taking part',
      'Scope',
      'Status',
      'Results',
      'Confirmations',
      'Action',
    ]);
    // Enum values through the label maps, sentences with values as one message each.
    expectShown(
      {
        texts: [
          'In progress',
          'District Education and Science Bureau',
          '2026-09-01 to 2026-09-15',
          '12 inspection visits, 3 problems found',
          'District Education and Science Bureau: confirmed (4 person-times)',
          'District Public Security Bureau: not confirmed',
        ],
      },
      table,
    );

    await act(async () => fireEvent.click(within(table).getByRole('button', { name: 'Record progress' })));
    const dialog = await screen.findByRole('dialog');
    expectShown(
      {
        texts: ['Record progress: 校园周边食品安全联合检查', 'Businesses inspected (visits)', 'Summary'],
        buttons: ['Save'],
      },
      dialog,
    );
  }, 60_000);

  it('shows the case list’s heading, search, columns, labels and overdue flag from the catalog', async () => {
    stubGateway({ CaseList: () => casePage([caseRow('7', { overdue: true, number: null, status: 'CLUE' })]) });
    render(renderInModule(<CasesPage />, { locale: 'en' }));
    expect(await screen.findByText('某超市涉嫌经营超过保质期的食品案7')).toBeTruthy();
    expectShown({
      heading: 'Cases',
      texts: [
        'Leads, filing, investigation, penalty, enforcement, closing; overdue statutory time limits in red',
        'Overdue only',
      ],
      placeholders: ['Search by cause of action or case no.'],
      buttons: [/Record lead/],
    });
    const table = expectTable('案件列表', [
      'Case no.',
      'Cause of action',
      'Party',
      'Township (subdistrict)',
      'Source',
      'Status',
      'Received on',
      'Transferred',
    ]);
    expectShown({ texts: ['(lead)', 'Lead', 'Complaints & reports'] }, table);
    expect(within(table).getByTestId('overdue').textContent).toBe('Overdue');
  }, 60_000);
});
