// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { connection, expectList, expectShown, openDialog, stubGateway } from '@shian/remote-testing';
import { Form } from '@shian/antd';
import { PastDayField } from '@shian/remote-kit';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CasesPage } from '../src/pages/CasesPage';
import { OperationsPage } from '../src/pages/OperationsPage';
import { casePage, caseRow, operation, renderInModule } from './fixtures';

describe('in English', () => {
  it('shows the joint operations’ heading, toolbar, columns, labels and a dialog from the catalog', async () => {
    stubGateway({
      JointOperationList: () => ({ data: { jointOperations: connection('JointOperationConnection', [operation]) } }),
    });
    render(renderInModule(<OperationsPage />, { locale: 'en' }));
    await expectList({
      // The record's own data as the server sent it.
      shows: ['校园周边食品安全联合检查'],
      heading: 'Joint operations',
      texts: ['Enforcement operations with the police, education, agriculture and other departments'],
      buttons: [/New joint operation/, /Export to Excel/],
      labels: ['Departments taking part'],
      table: '联合执法',
      columns: [
        'Operation',
        'Time',
        'Departments taking part',
        'Scope',
        'Status',
        'Results',
        'Confirmations',
        'Action',
      ],
      // Enum values through the label maps, sentences with values as one message each.
      rows: {
        texts: [
          'In progress',
          'District Education and Science Bureau',
          '2026-09-01 to 2026-09-15',
          '12 inspection visits, 3 problems found',
          'District Education and Science Bureau: confirmed (4 person-times)',
          'District Public Security Bureau: not confirmed',
        ],
      },
    });

    const dialog = await openDialog('Record progress');
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
    const table = await expectList({
      shows: ['某超市涉嫌经营超过保质期的食品案7'],
      heading: 'Cases',
      texts: [
        'Leads, filing, investigation, penalty, enforcement, closing; overdue statutory time limits in red',
        'Overdue only',
      ],
      placeholders: ['Search by cause of action or case no.'],
      buttons: [/Record lead/],
      table: '案件列表',
      columns: [
        'Case no.',
        'Cause of action',
        'Party',
        'Township (subdistrict)',
        'Source',
        'Status',
        'Received on',
        'Transferred',
      ],
      rows: { texts: ['(lead)', 'Lead', 'Complaints & reports'] },
    });
    expect(within(table).getByTestId('overdue').textContent).toBe('Overdue');
  }, 60_000);

  it("asks for a day left empty by its label, in the screen's language (the kit field translates it)", async () => {
    render(
      renderInModule(
        <Form>
          <PastDayField name="receivedOn" label="受理日期" />
          <button type="submit">Save</button>
        </Form>,
        { locale: 'en' },
      ),
    );
    await act(async () => fireEvent.click(await screen.findByRole('button', { name: 'Save' })));
    expect(await screen.findByText('Received on: choose a date')).toBeTruthy();
  });
});
