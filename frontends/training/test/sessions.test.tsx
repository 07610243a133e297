// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { expectNextPage, expectSearch, sentVariables, stubGateway, twoPages } from '@shian/remote-testing';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SessionsPage } from '../src/pages/SessionsPage';
import { FIGURES, renderInModule, sessionPage } from './fixtures';

describe('the sessions page’s filter', () => {
  it('is read from the URL: the keys it declares, trimmed, the year a number, empty ones left out', async () => {
    const calls = stubGateway({ TrainingFigures: () => FIGURES, TrainingSessionList: twoPages(sessionPage) });
    render(
      renderInModule(<SessionsPage />, {
        path: '/training?year=2024&kind=OFFICERS&audience=SCHOOL_CANTEEN&search= 提档 &mode=&x=1',
      }),
    );
    expect(await screen.findByText('小作坊培训第1期')).toBeTruthy();
    expect(sentVariables(calls, 'TrainingSessionList').filter).toEqual({
      year: 2024,
      kind: 'OFFICERS',
      audience: 'SCHOOL_CANTEEN',
      search: '提档',
    });
  });
});

describe('the sessions page', () => {
  it('shows the year’s figures and the sessions in Chinese, paged on the server', async () => {
    const calls = stubGateway({
      TrainingFigures: () => FIGURES,
      TrainingSessionList: twoPages(sessionPage),
    });
    render(renderInModule(<SessionsPage />));
    expect(await screen.findByText('小作坊培训第1期')).toBeTruthy();
    expect(await screen.findByText('2,000')).toBeTruthy();
    expect(screen.getByText('580')).toBeTruthy();
    expect(screen.getAllByText('食品小作坊').length).toBeGreaterThan(0);
    expect(screen.getAllByText('线下').length).toBe(2);
    expect(screen.getByRole('link', { name: '小作坊培训第1期' }).getAttribute('href')).toBe('/training/sessions/1');
    await expectNextPage(calls, 'TrainingSessionList', '小作坊培训第3期');
  });

  it('searches on Enter, back to the first page', async () => {
    const calls = stubGateway({
      TrainingFigures: () => FIGURES,
      TrainingSessionList: () => sessionPage(['1'], false, 1),
    });
    render(renderInModule(<SessionsPage />));
    await screen.findByText('小作坊培训第1期');
    await expectSearch(calls, 'TrainingSessionList', '搜索主题、授课人或地点', '提档升级');
  });
});
