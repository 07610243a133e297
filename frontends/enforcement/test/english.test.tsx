// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { i18n, ShianUiProvider } from '@shian/ui-kit';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CasesPage } from '../src/pages/CasesPage';
import { OperationsPage } from '../src/pages/OperationsPage';
import { casePage, caseRow, connection, operation, renderInModule, stubGateway } from './fixtures';

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await i18n.changeLanguage('zh-CN');
});

describe('in English', () => {
  it('shows the joint operations’ heading, toolbar, columns, labels and a dialog from the catalog', async () => {
    stubGateway({
      JointOperationList: () => ({ data: { jointOperations: connection('JointOperationConnection', [operation]) } }),
    });
    render(<ShianUiProvider locale="en">{renderInModule(<OperationsPage />)}</ShianUiProvider>);
    // The record's own data as the server sent it.
    expect(await screen.findByText('校园周边食品安全联合检查')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Joint operations' })).toBeTruthy();
    expect(
      screen.getByText('Enforcement operations with the police, education, agriculture and other departments'),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: /New joint operation/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Export to Excel/ })).toBeTruthy();
    expect(screen.getByLabelText('Departments taking part')).toBeTruthy();
    const table = screen.getByRole('table', { name: '联合执法' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual([
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
    expect(within(table).getByText('In progress')).toBeTruthy();
    expect(within(table).getByText('District Education and Science Bureau')).toBeTruthy();
    expect(within(table).getByText('2026-09-01 to 2026-09-15')).toBeTruthy();
    expect(within(table).getByText('12 inspection visits, 3 problems found')).toBeTruthy();
    expect(within(table).getByText('District Education and Science Bureau: confirmed (4 person-times)')).toBeTruthy();
    expect(within(table).getByText('District Public Security Bureau: not confirmed')).toBeTruthy();

    await act(async () => fireEvent.click(within(table).getByRole('button', { name: 'Record progress' })));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Record progress: 校园周边食品安全联合检查')).toBeTruthy();
    expect(within(dialog).getByText('Businesses inspected (visits)')).toBeTruthy();
    expect(within(dialog).getByText('Summary')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Save' })).toBeTruthy();
  }, 60_000);

  it('shows the case list’s heading, search, columns, labels and overdue flag from the catalog', async () => {
    stubGateway({ CaseList: () => casePage([caseRow('7', { overdue: true, number: null, status: 'CLUE' })]) });
    render(<ShianUiProvider locale="en">{renderInModule(<CasesPage />)}</ShianUiProvider>);
    expect(await screen.findByText('某超市涉嫌经营超过保质期的食品案7')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Cases' })).toBeTruthy();
    expect(
      screen.getByText(
        'Leads, filing, investigation, penalty, enforcement, closing; overdue statutory time limits in red',
      ),
    ).toBeTruthy();
    expect(screen.getByPlaceholderText('Search by cause of action or case no.')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Record lead/ })).toBeTruthy();
    expect(screen.getByText('Overdue only')).toBeTruthy();
    const table = screen.getByRole('table', { name: '案件列表' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual([
      'Case no.',
      'Cause of action',
      'Party',
      'Township (subdistrict)',
      'Source',
      'Status',
      'Received on',
      'Transferred',
    ]);
    expect(within(table).getByText('(lead)')).toBeTruthy();
    expect(within(table).getByText('Lead')).toBeTruthy();
    expect(within(table).getByText('Complaints & reports')).toBeTruthy();
    expect(within(table).getByTestId('overdue').textContent).toBe('Overdue');
  }, 60_000);
});
