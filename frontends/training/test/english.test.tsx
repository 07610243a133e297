// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { i18n, ShianUiProvider } from '@shian/ui-kit';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AssessmentsPage } from '../src/pages/AssessmentsPage';
import { SessionsPage } from '../src/pages/SessionsPage';
import { FIGURES, renderInModule, sessionPage, stubGateway } from './fixtures';

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await i18n.changeLanguage('zh-CN');
});

const headers = (table: HTMLElement) =>
  within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent);

describe('in English', () => {
  it('shows the sessions page’s heading, figures, toolbar, columns and labels from the catalog', async () => {
    stubGateway({ TrainingFigures: () => FIGURES, TrainingSessionList: () => sessionPage(['1'], false, 1) });
    render(<ShianUiProvider locale="en">{renderInModule(<SessionsPage />)}</ShianUiProvider>);
    expect(await screen.findByText('小作坊培训第1期')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Training sessions' })).toBeTruthy();
    expect(await screen.findByText('Training and assessment in 2024')).toBeTruthy();
    expect(screen.getByText('Practitioners reached')).toBeTruthy();
    expect(screen.getByRole('button', { name: /New session/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Export to Excel/ })).toBeTruthy();
    expect(screen.getByPlaceholderText('Search by topic, trainer or venue')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Training sessions' });
    expect(headers(table)).toEqual(['Topic', 'Audience', 'Date', 'Trainer', 'Mode', 'Place', 'Attendees']);
    // Enum values through the label maps; the record's own data as the server sent it.
    expect(within(table).getByText('Small food workshop')).toBeTruthy();
    expect(within(table).getByText('On site')).toBeTruthy();
    expect(within(table).getByText('区局会议室')).toBeTruthy();
  });

  it('says passed and failed of an assessment, not a sample’s verdict, and offers a resit', async () => {
    stubGateway({
      TrainingAssessmentList: () => ({
        data: {
          trainingAssessments: {
            __typename: 'TrainingAssessmentConnection',
            totalCount: 1,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: '1' },
            nodes: [
              {
                __typename: 'TrainingAssessment',
                id: '1',
                assessedOn: '2024-04-02',
                assessed: 30,
                passed: 27,
                failed: 3,
                outstanding: 3,
                isResit: false,
                examiner: '蒲海燕',
                entity: { __typename: 'Entity', id: 'e1', name: '巴州区李记面坊' },
                township: { __typename: 'Township', id: '511902001', name: '东城街道' },
                session: null,
              },
            ],
          },
        },
      }),
    });
    render(<ShianUiProvider locale="en">{renderInModule(<AssessmentsPage />)}</ShianUiProvider>);
    expect(await screen.findByText('巴州区李记面坊')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Assessments' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Record assessment/ })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Assessment batches' });
    expect(headers(table)).toEqual([
      'Assessed on',
      'Business assessed',
      'Township (subdistrict)',
      'Type',
      'Sat',
      'Passed',
      'Failed',
      'Not yet passed',
      'Examiner',
      'Action',
    ]);
    expect(within(table).getByText('First sitting')).toBeTruthy();
    expect(within(table).getByRole('button', { name: 'Resit' })).toBeTruthy();
  });
});
