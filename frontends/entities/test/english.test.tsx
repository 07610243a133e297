// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { testToken } from '@shian/remote-testing';
import { i18n, ShianUiProvider } from '@shian/ui-kit';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EntityPage } from '../src/pages/EntityPage';
import { RegisterPage } from '../src/pages/RegisterPage';
import { VillageQueuePage } from '../src/pages/VillageQueuePage';
import {
  ENTITY_ID,
  entityDetail,
  entityPage,
  OVERDUE_ASSIGNMENT,
  renderInModule,
  stubGateway,
  TOWNSHIPS,
  villageReport,
  villageReportConnection,
} from './fixtures';

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

  it('shows a business’s record, tabs and the 包保 schedule (antd tables) from the catalog', async () => {
    stubGateway({
      EntityDetail: () =>
        entityDetail({
          licenses: [
            {
              __typename: 'License',
              id: 'l1',
              kind: 'BUSINESS',
              number: 'JY25119020000001',
              issuedOn: '2024-01-01',
              validUntil: '2029-01-01',
              expired: false,
            },
          ],
          assignments: [OVERDUE_ASSIGNMENT],
        }),
    });
    render(
      <ShianUiProvider locale="en">
        {renderInModule(<EntityPage />, { path: `/entities/${ENTITY_ID}`, route: '/entities/:id' })}
      </ShianUiProvider>,
    );
    expect(await screen.findByRole('heading', { name: '巴州区老街面馆' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Edit/ })).toBeTruthy();
    expect(screen.getByText('Unified social credit code')).toBeTruthy();
    expect(screen.getByText('Legal representative')).toBeTruthy();
    expect(screen.getAllByText('Catering').length).toBeGreaterThan(0);
    expect(screen.getByRole('tab', { name: 'Licences (1)' })).toBeTruthy();
    const licences = screen.getAllByRole('table').find((table) => within(table).queryByText('JY25119020000001'))!;
    expect(headers(licences)).toEqual(['Type', 'No.', 'Issued on', 'Valid until', 'Status']);
    expect(within(licences).getByText('Food business licence')).toBeTruthy();
    expect(within(licences).getByText('Valid')).toBeTruthy();

    await act(async () => fireEvent.click(screen.getByRole('tab', { name: 'Assigned officials (1)' })));
    const schedule = screen.getAllByRole('table').find((table) => within(table).queryByText('陈副区长'))!;
    expect(headers(schedule)).toEqual([
      'Assigned official',
      'Position',
      'Level',
      'Period',
      'Visits required',
      'Last visit',
      'Next visit',
      'Action',
    ]);
    expect(within(schedule).getByText('2025-01-01 onwards')).toBeTruthy();
    expect(within(schedule).getByText('4 a year')).toBeTruthy();
    expect(within(schedule).getByText('Overdue since 2025-03-31')).toBeTruthy();
    expect(within(schedule).getByRole('button', { name: 'Record visit' })).toBeTruthy();
  }, 60_000);
});
