// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { testToken } from '@shian/remote-testing';
import { i18n, ShianUiProvider } from '@shian/ui-kit';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RegisterPage } from '../src/pages/RegisterPage';
import { VillageQueuePage } from '../src/pages/VillageQueuePage';
import { entityPage, renderInModule, stubGateway, TOWNSHIPS, villageReport, villageReportConnection } from './fixtures';

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await i18n.changeLanguage('zh-CN');
});

const leaderToken = testToken({ sub: 'leader', name: '赵局长', role: 'leader' });
const townshipToken = testToken({ sub: 'township', name: '王乡镇', role: 'township', townshipId: '511902001' });

const headers = (table: HTMLElement) =>
  within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent);

describe('in English', () => {
  it('shows the register’s heading, toolbar, columns and labels from the catalog', async () => {
    stubGateway({
      TownshipOptions: () => TOWNSHIPS,
      EntityRegister: () => entityPage(['1', '2'], false, 2),
      GradingRule: () => ({
        data: {
          gradingRule: { __typename: 'GradingRule', aMax: 30, bMax: 45, cMax: 60, inspectionsPerYear: [] },
        },
      }),
    });
    render(<ShianUiProvider locale="en">{renderInModule(<RegisterPage />, { token: leaderToken })}</ShianUiProvider>);
    // The records' own data as the server sent it.
    expect(await screen.findByText('巴州区1号面馆')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Register of food businesses' })).toBeTruthy();
    expect(
      screen.getByText('Search by name, credit code or address; filter by township, category, risk grade and status'),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: /New business/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Export to Excel/ })).toBeTruthy();
    expect(await screen.findByRole('button', { name: /Risk grading rule/ })).toBeTruthy();
    expect(screen.getByPlaceholderText('Search by name, unified social credit code or address')).toBeTruthy();
    expect(screen.getByLabelText('Risk grade')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Business register' });
    expect(headers(table)).toEqual([
      'Name',
      'Unified social credit code',
      'Category',
      'Township (subdistrict)',
      'Risk grade',
      'Status',
      'Legal representative',
    ]);
    // Enum values through the label maps.
    expect(within(table).getAllByText('Catering')).toHaveLength(2);
    expect(within(table).getAllByText('Operating')).toHaveLength(2);
    expect(within(table).getAllByText('Grade B')).toHaveLength(2);
  }, 60_000);

  it('shows the village queue’s clock, status and triage actions (Dismiss, not the status Dismissed)', async () => {
    stubGateway({
      TownshipOptions: () => TOWNSHIPS,
      VillageOptions: () => ({ data: { villages: [] } }),
      VillageQueue: () => ({
        data: {
          villageReports: villageReportConnection([
            villageReport('q1', 'PENDING', {
              kind: 'HAZARD',
              entityName: '白鹤村小卖部',
              dueOn: '2026-11-20',
              overdue: true,
              photos: [{ __typename: 'VillageReportPhoto', index: 0, size: 1000 }],
            }),
          ]),
        },
      }),
    });
    render(
      <ShianUiProvider locale="en">{renderInModule(<VillageQueuePage />, { token: townshipToken })}</ShianUiProvider>,
    );
    expect(await screen.findByText('白鹤村小卖部')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Village reports' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Village reports' });
    expect(headers(table)).toEqual([
      'Received at',
      'Village (community)',
      'Business',
      'Type',
      'What was seen',
      'Reporter',
      'Triage period',
      'Status',
      'Triage',
    ]);
    expect(within(table).getByText('Not registered')).toBeTruthy();
    expect(within(table).getByText('(photos: 1)', { exact: false })).toBeTruthy();
    expect(within(table).getByTestId('due-q1').textContent).toContain('Overdue');
    expect(within(table).getByText('Awaiting triage')).toBeTruthy();
    expect(within(table).getByRole('button', { name: 'Dismiss' })).toBeTruthy();
    expect(within(table).getByRole('button', { name: 'Make a hazard' })).toBeTruthy();
    expect(within(table).getByRole('button', { name: 'Make a lead' })).toBeTruthy();
  }, 60_000);
});
