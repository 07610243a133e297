// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { columnTitles, expectShown, stubGateway } from '@shian/remote-testing';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OpinionBoardPage } from '../src/pages/OpinionBoardPage';
import { OpinionEventPage } from '../src/pages/OpinionEventPage';
import { opinionCard, opinionEvent, opinionList, renderInModule } from './fixtures';

const STAGES = ['DETECTED', 'VERIFYING', 'ESCALATED', 'HANDLING', 'RESPONDED', 'CLOSED'];

const event = (id: string, status: string) => ({ ...opinionCard(id, status), severity: 'MAJOR' });

describe('in English', () => {
  it('shows the opinion board’s heading, stages, toolbar, list columns and labels from the catalog', async () => {
    stubGateway({
      OpinionBoard: () => ({
        data: {
          opinionBoard: STAGES.map((status) => ({ __typename: 'OpinionStageCount', status, count: 0 })),
          opinionEvents: { __typename: 'OpinionEventConnection', totalCount: 1, nodes: [event('1', 'CLOSED')] },
        },
      }),
      OpinionEventList: () => opinionList([event('1', 'CLOSED')]),
    });
    const { container } = render(
      renderInModule(<OpinionBoardPage />, {
        path: '/publicity/opinions',
        route: '/publicity/opinions',
        locale: 'en',
      }),
    );
    const table = await screen.findByRole('table', { name: 'Public-opinion events' });
    expect(await within(table).findByRole('link', { name: '舆情1' })).toBeTruthy();
    expectShown({
      heading: 'Public opinion',
      texts: ['Detected → Verified → Handling → Responded → Closed'],
      buttons: [/Record public-opinion event/],
      placeholders: ['Search by title, content or platform'],
    });
    expect(
      within(container.querySelector('[data-stage="ESCALATED"]') as HTMLElement).getByText('Escalated'),
    ).toBeTruthy();
    expect(within(container.querySelector('[data-stage="DETECTED"]') as HTMLElement).getByText('None')).toBeTruthy();
    expect(columnTitles(table)).toEqual([
      'Title',
      'Severity',
      'Stage',
      'Platform',
      'Detected at',
      'Business concerned',
    ]);
    expectShown({ texts: ['Major', 'Closed'] }, table);
  });

  it('names a move by its verb and the stage it leads to, in the dialog too', async () => {
    stubGateway({ OpinionEventDetail: () => opinionEvent('VERIFYING', ['HANDLING', 'ESCALATED']) });
    render(
      renderInModule(<OpinionEventPage />, {
        path: '/publicity/opinions/OE1',
        route: '/publicity/opinions/:id',
        locale: 'en',
      }),
    );
    expect(await screen.findByText('东城农贸市场百惠冻品店')).toBeTruthy();
    expectShown({ texts: ['Business concerned', 'Handling record'], buttons: ['Start handling'] });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Escalate' })));
    const dialog = await screen.findByRole('dialog');
    expectShown(
      {
        texts: ['Escalate (to “Escalated”)'],
        labels: ['Escalated to'],
        placeholders: ['e.g. Office of the Bazhou District Food Safety Commission'],
      },
      dialog,
    );
  });
});
