// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { columnTitles, expectList, expectShown, stubGateway, testToken, TOWNSHIPS } from '@shian/remote-testing';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EntityPage } from '../src/pages/EntityPage';
import { RegisterPage } from '../src/pages/RegisterPage';
import { VillageQueuePage } from '../src/pages/VillageQueuePage';
import {
  ENTITY_ID,
  entityDetail,
  entityPage,
  OVERDUE_ASSIGNMENT,
  renderInModule,
  villageReport,
  villageQueue,
} from './fixtures';

const leaderToken = testToken({ sub: 'leader', name: '赵局长', role: 'leader' });
const townshipToken = testToken({ sub: 'township', name: '王乡镇', role: 'township', townshipId: '511902001' });

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
    render(renderInModule(<RegisterPage />, { token: leaderToken, locale: 'en' }));
    // The setting's button waits for the rule in force.
    expect(await screen.findByRole('button', { name: /Risk grading rule/ })).toBeTruthy();
    await expectList({
      // The records' own data as the server sent it.
      shows: ['巴州区1号面馆'],
      heading: 'Register of food businesses',
      texts: ['Search by name, credit code or address; filter by township, category, risk grade and status'],
      buttons: [/New business/, /Export to Excel/],
      placeholders: ['Search by name, unified social credit code or address'],
      labels: ['Risk grade'],
      table: 'Business register',
      columns: [
        'Name',
        'Unified social credit code',
        'Category',
        'Township (subdistrict)',
        'Risk grade',
        'Status',
        'Legal representative',
      ],
      // Enum values through the label maps.
      rows: { counts: { Catering: 2, Operating: 2, 'Grade B': 2 } },
    });
  }, 60_000);

  it('shows the village queue’s clock, status and triage actions (Dismiss, not the status Dismissed)', async () => {
    stubGateway(
      villageQueue([
        villageReport('q1', 'PENDING', {
          kind: 'HAZARD',
          entityName: '白鹤村小卖部',
          dueOn: '2026-11-20',
          overdue: true,
          photos: [{ __typename: 'VillageReportPhoto', index: 0, size: 1000 }],
        }),
      ]),
    );
    render(renderInModule(<VillageQueuePage />, { token: townshipToken, locale: 'en' }));
    const table = await expectList({
      shows: ['白鹤村小卖部'],
      heading: 'Village reports',
      columns: [
        'Received at',
        'Village (community)',
        'Business',
        'Type',
        'What was seen',
        'Reporter',
        'Triage period',
        'Status',
        'Triage',
      ],
      rows: { texts: ['Not registered', 'Awaiting triage'], buttons: ['Dismiss', 'Make a hazard', 'Make a lead'] },
    });
    expect(within(table).getByText('(photos: 1)', { exact: false })).toBeTruthy();
    expect(within(table).getByTestId('due-q1').textContent).toContain('Overdue');
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
    render(renderInModule(<EntityPage />, { path: `/entities/${ENTITY_ID}`, route: '/entities/:id', locale: 'en' }));
    expect(await screen.findByRole('heading', { name: '巴州区老街面馆' })).toBeTruthy();
    expectShown({ buttons: [/Edit/], texts: ['Unified social credit code', 'Legal representative'] });
    expect(screen.getAllByText('Catering').length).toBeGreaterThan(0);
    expect(screen.getByRole('tab', { name: 'Licences (1)' })).toBeTruthy();
    const licences = screen.getAllByRole('table').find((table) => within(table).queryByText('JY25119020000001'))!;
    expect(columnTitles(licences)).toEqual(['Type', 'No.', 'Issued on', 'Valid until', 'Status']);
    expectShown({ texts: ['Food business licence', 'Valid'] }, licences);

    await act(async () => fireEvent.click(screen.getByRole('tab', { name: 'Assigned officials (1)' })));
    const schedule = screen.getAllByRole('table').find((table) => within(table).queryByText('陈副区长'))!;
    expect(columnTitles(schedule)).toEqual([
      'Assigned official',
      'Position',
      'Level',
      'Period',
      'Visits required',
      'Last visit',
      'Next visit',
      'Action',
    ]);
    expectShown(
      {
        texts: ['2025-01-01 onwards', '4 a year', 'Overdue since 2025-03-31'],
        buttons: ['Record visit'],
      },
      schedule,
    );
  }, 60_000);
});
