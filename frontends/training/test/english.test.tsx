// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { expectList, stubGateway } from '@shian/remote-testing';
import { render } from '@testing-library/react';
import { describe, it } from 'vitest';
import { AssessmentsPage } from '../src/pages/AssessmentsPage';
import { SessionsPage } from '../src/pages/SessionsPage';
import { FIGURES, renderInModule, sessionPage } from './fixtures';

describe('in English', () => {
  it('shows the sessions page’s heading, figures, toolbar, columns and labels from the catalog', async () => {
    stubGateway({ TrainingFigures: () => FIGURES, TrainingSessionList: () => sessionPage(['1'], false, 1) });
    render(renderInModule(<SessionsPage />, { locale: 'en' }));
    await expectList({
      shows: ['小作坊培训第1期', 'Training and assessment in 2024'],
      heading: 'Training sessions',
      texts: ['Practitioners reached'],
      buttons: [/New session/, /Export to Excel/],
      placeholders: ['Search by topic, trainer or venue'],
      columns: ['Topic', 'Audience', 'Date', 'Trainer', 'Mode', 'Place', 'Attendees'],
      // Enum values through the label maps; the record's own data as the server sent it.
      rows: { texts: ['Small food workshop', 'On site', '区局会议室'] },
    });
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
    render(renderInModule(<AssessmentsPage />, { locale: 'en' }));
    await expectList({
      shows: ['巴州区李记面坊'],
      heading: 'Assessments',
      buttons: [/Record assessment/],
      table: 'Assessment batches',
      columns: [
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
      ],
      rows: { texts: ['First sitting'], buttons: ['Resit'] },
    });
  });
});
