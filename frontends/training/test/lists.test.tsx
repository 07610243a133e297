// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { pick, policeToken, stubGateway } from '@shian/remote-testing';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AssessmentsPage } from '../src/pages/AssessmentsPage';
import { UpgradesPage } from '../src/pages/UpgradesPage';
import { renderInModule } from './fixtures';

const empty = (field: string, typename: string) => () => ({
  data: {
    [field]: {
      __typename: typename,
      totalCount: 0,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      nodes: [],
    },
  },
});

const last = (calls: { operationName: string; variables: Record<string, any> }[], name: string) =>
  calls.filter((c) => c.operationName === name).at(-1)!;

describe('the lists’ filters live in the URL', () => {
  it('opens 考核 on the URL’s filter (类型 a boolean, what is no filter left out), and a choice goes to the server from page 1', async () => {
    const calls = stubGateway({
      TrainingAssessmentList: empty('trainingAssessments', 'TrainingAssessmentConnection'),
    });
    render(
      renderInModule(<AssessmentsPage />, {
        path: '/training/assessments?year=2024&resit=false&x=1',
        route: '/training/assessments',
      }),
    );
    await waitFor(() => expect(last(calls, 'TrainingAssessmentList').variables).toMatchObject({ after: null }));
    expect(last(calls, 'TrainingAssessmentList').variables.filter).toEqual({ year: 2024, resit: false });
    await pick('类型', '补考');
    await waitFor(() =>
      expect(last(calls, 'TrainingAssessmentList').variables.filter).toEqual({ year: 2024, resit: true }),
    );
    // Nothing to export in an empty list.
    expect(screen.getByRole('button', { name: /导出Excel/ }).hasAttribute('disabled')).toBe(true);
  });

  it('opens 提档升级 on the URL’s level (a year that is none left out), cleared back to every level', async () => {
    const calls = stubGateway({ WorkshopUpgradeList: empty('workshopUpgrades', 'WorkshopUpgradeConnection') });
    render(
      renderInModule(<UpgradesPage />, {
        path: '/training/upgrades?year=abc&toLevel=MODEL&x=1',
        route: '/training/upgrades',
      }),
    );
    await waitFor(() => expect(last(calls, 'WorkshopUpgradeList').variables.filter).toEqual({ toLevel: 'MODEL' }));
    const clear = document.querySelector('[data-filter="toLevel"] .ant-select-clear') as HTMLElement;
    await act(async () => fireEvent.mouseDown(clear));
    await act(async () => fireEvent.click(clear));
    await waitFor(() => expect(last(calls, 'WorkshopUpgradeList').variables.filter).toEqual({}));
  });
});

describe('the lists’ new-record dialogs', () => {
  // 登记考核 and 登记提档升级 are NewRecordDialogs, which decide themselves that only writers see them.
  it('are offered to an officer', async () => {
    stubGateway({
      TrainingAssessmentList: empty('trainingAssessments', 'TrainingAssessmentConnection'),
      WorkshopUpgradeList: empty('workshopUpgrades', 'WorkshopUpgradeConnection'),
    });
    const { unmount } = render(renderInModule(<AssessmentsPage />));
    expect(await screen.findByRole('button', { name: /登记考核/ })).toBeTruthy();
    unmount();
    render(renderInModule(<UpgradesPage />));
    expect(await screen.findByRole('button', { name: /登记提档升级/ })).toBeTruthy();
  });

  it('are not offered to a partner department', async () => {
    stubGateway({
      TrainingAssessmentList: empty('trainingAssessments', 'TrainingAssessmentConnection'),
      WorkshopUpgradeList: empty('workshopUpgrades', 'WorkshopUpgradeConnection'),
    });
    const { unmount } = render(renderInModule(<AssessmentsPage />, { token: policeToken }));
    await screen.findByRole('heading', { name: '考核' });
    await screen.findByRole('button', { name: /导出Excel/ });
    expect(screen.queryByRole('button', { name: /登记考核/ })).toBeNull();
    unmount();
    render(renderInModule(<UpgradesPage />, { token: policeToken }));
    await screen.findByRole('button', { name: /导出Excel/ });
    expect(screen.queryByRole('button', { name: /登记提档升级/ })).toBeNull();
  });
});
