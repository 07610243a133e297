// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { i18n, ShianUiProvider } from '@shian/ui-kit';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OpinionBoardPage } from '../src/pages/OpinionBoardPage';
import { OpinionEventPage } from '../src/pages/OpinionEventPage';
import { opinionCard, opinionEvent, opinionList, renderInModule, stubGateway } from './fixtures';

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await i18n.changeLanguage('zh-CN');
});

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
      <ShianUiProvider locale="en">
        {renderInModule(<OpinionBoardPage />, { path: '/publicity/opinions', route: '/publicity/opinions' })}
      </ShianUiProvider>,
    );
    const table = await screen.findByRole('table', { name: 'Public-opinion events' });
    expect(await within(table).findByRole('link', { name: '舆情1' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Public opinion' })).toBeTruthy();
    expect(screen.getByText('Detected → Verified → Handling → Responded → Closed')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Record public-opinion event/ })).toBeTruthy();
    expect(screen.getByPlaceholderText('Search by title, content or platform')).toBeTruthy();
    expect(
      within(container.querySelector('[data-stage="ESCALATED"]') as HTMLElement).getByText('Escalated'),
    ).toBeTruthy();
    expect(within(container.querySelector('[data-stage="DETECTED"]') as HTMLElement).getByText('None')).toBeTruthy();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Title', 'Severity', 'Stage', 'Platform', 'Detected at', 'Business concerned']);
    expect(within(table).getByText('Major')).toBeTruthy();
    expect(within(table).getByText('Closed')).toBeTruthy();
  });

  it('names a move by its verb and the stage it leads to, in the dialog too', async () => {
    stubGateway({ OpinionEventDetail: () => opinionEvent('VERIFYING', ['HANDLING', 'ESCALATED']) });
    render(
      <ShianUiProvider locale="en">
        {renderInModule(<OpinionEventPage />, { path: '/publicity/opinions/OE1', route: '/publicity/opinions/:id' })}
      </ShianUiProvider>,
    );
    expect(await screen.findByText('东城农贸市场百惠冻品店')).toBeTruthy();
    expect(screen.getByText('Business concerned')).toBeTruthy();
    expect(screen.getByText('Handling record')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start handling' })).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Escalate' })));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Escalate (to “Escalated”)')).toBeTruthy();
    expect(within(dialog).getByLabelText('Escalated to')).toBeTruthy();
    expect(
      within(dialog).getByPlaceholderText('e.g. Office of the Bazhou District Food Safety Commission'),
    ).toBeTruthy();
  });
});
