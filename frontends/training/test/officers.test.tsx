// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import {
  auditTrailAnswer,
  expectAuditTrail,
  expectNextPage,
  expectNoAuditTrail,
  expectSearch,
  inspectorOptions,
  lastVariables,
  leaderToken,
  pageAnswer,
  pick,
  stubGateway,
  townshipToken,
} from '@shian/remote-testing';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OfficersPage, yearFromParams } from '../src/pages/OfficersPage';
import { SessionPage } from '../src/pages/SessionPage';
import { SessionsPage } from '../src/pages/SessionsPage';
import { FIGURES, renderInModule, sessionPage } from './fixtures';

const officersSession = {
  __typename: 'TrainingSession',
  id: 'T9',
  title: '2025年执法人员食品安全法律法规培训',
  audience: 'ENFORCEMENT_OFFICERS',
  heldOn: '2025-04-18',
  trainer: '市局法规科',
  mode: 'ONSITE',
  place: '区局三楼会议室',
  hours: 4,
  attendeeCount: 0,
  kind: 'OFFICERS',
  officerCount: 18,
};

const hoursRow = (n: number) => ({
  __typename: 'OfficerTrainingHours',
  officerId: `I${n}`,
  officerName: `执法员${n}`,
  badgeNumber: `5119020${n}`,
  unit: '食品经营监管股',
  year: 2025,
  sessions: 4 - (n % 2),
  hours: 14 - n,
});

const hoursPage = (ids: number[], hasNextPage: boolean) => ({
  data: {
    officerTrainingHours: {
      __typename: 'OfficerTrainingHoursConnection',
      totalCount: 3,
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? `c${ids.at(-1)}` : null },
      nodes: ids.map(hoursRow),
    },
  },
});

describe('the sessions list by kind', () => {
  it('labels officers’ sessions 执法人员, counts their officers, and sends the kind filter', async () => {
    const page = sessionPage(['1'], false, 1);
    const calls = stubGateway({
      TrainingFigures: () => FIGURES,
      TrainingSessionList: (v) =>
        v.filter?.kind === 'OFFICERS'
          ? { data: { trainingSessions: { ...page.data.trainingSessions, nodes: [officersSession] } } }
          : {
              data: {
                trainingSessions: {
                  ...page.data.trainingSessions,
                  nodes: page.data.trainingSessions.nodes.map((n) => ({ ...n, kind: 'BUSINESS', officerCount: 0 })),
                },
              },
            },
    });
    render(renderInModule(<SessionsPage />));
    expect(await screen.findByText('小作坊培训第1期')).toBeTruthy();
    await pick('培训类别', '执法人员');
    const row = (await screen.findByText('2025年执法人员食品安全法律法规培训')).closest('tr')!;
    expect(within(row).getByText('执法人员')).toBeTruthy();
    expect(within(row).getByText('18')).toBeTruthy();
    expect(lastVariables(calls, 'TrainingSessionList')).toMatchObject({ filter: { kind: 'OFFICERS' }, after: null });
    expect(screen.queryByText('小作坊培训第1期')).toBeNull();
  });
});

describe('the officers’ page', () => {
  it('reads the year from the URL, this year otherwise', () => {
    expect(yearFromParams(new URLSearchParams('year=2025'), 2026)).toBe(2025);
    expect(yearFromParams(new URLSearchParams('year=abc'), 2026)).toBe(2026);
  });

  it('shows hours per officer for the year from the server, paged there, with the year’s figures', async () => {
    const calls = stubGateway({
      OfficerTrainingFigures: (v) => ({
        data: {
          workReport: {
            __typename: 'WorkReport',
            year: v.year,
            training: {
              __typename: 'TrainingFigures',
              officers: {
                __typename: 'OfficerTrainingFigures',
                sessions: 4,
                officersTrained: 18,
                attendances: 61,
                hours: 226.5,
              },
            },
          },
        },
      }),
      OfficerTrainingHours: (v) => (v.after ? hoursPage([3], false) : hoursPage([1, 2], true)),
    });
    render(renderInModule(<OfficersPage />, { path: '/training/officers?year=2025' }));
    const first = (await screen.findByText('执法员1')).closest('tr')!;
    expect(first.textContent).toContain('511902');
    expect(within(first).getByText('13')).toBeTruthy();
    const figures = screen.getByText('2025年执法人员专业化规范化培训').closest('.ant-card')!;
    // antd's Statistic splits a number into its integer and decimal parts: read the card's text whole.
    await waitFor(() => expect(figures.textContent).toContain('226.5'));
    expect(figures.textContent).toContain('参训人次61');
    expect(lastVariables(calls, 'OfficerTrainingHours')).toMatchObject({ year: 2025, first: 20, after: null });

    await expectNextPage(calls, 'OfficerTrainingHours', '执法员3', { year: 2025, after: 'c2' });
    await expectSearch(calls, 'OfficerTrainingHours', '搜索姓名、执法证号或科室(所)', '执法员2', {
      year: 2025,
      search: '执法员2',
      after: null,
    });
  });
});

describe('an officers’ session', () => {
  it('signs officers in from the roll: refused until each row names an officer, hours within the session', async () => {
    let signed = [
      {
        __typename: 'OfficerAttendance',
        id: 'A1',
        officerName: '王明',
        badgeNumber: '51190201001',
        unit: '稽查大队',
        hours: 4,
        createdAt: '2025-04-18T02:00:00.000Z',
      },
    ];
    const calls = stubGateway({
      TrainingSessionDetail: () => ({
        data: { trainingSession: { ...officersSession, topics: '', township: null } },
      }),
      OfficerAttendanceSheet: () => ({
        data: {
          officerAttendances: {
            __typename: 'OfficerAttendanceConnection',
            totalCount: signed.length,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            nodes: signed,
          },
        },
      }),
      TrainingOfficerOptions: inspectorOptions(
        { id: 'I2', name: '刘芳', badgeNumber: '51190201002', unit: '食品经营监管股' },
        { id: 'I3', name: '陈刚', badgeNumber: '51190201003', unit: '东城所' },
      ),
      RecordOfficerAttendance: () => ({
        data: { recordOfficerAttendance: [{ __typename: 'OfficerAttendance', id: 'A2' }] },
      }),
      RemoveOfficerAttendance: () => {
        signed = [];
        return { data: { removeOfficerAttendance: true } };
      },
    });
    render(renderInModule(<SessionPage />, { path: '/training/sessions/T9', route: '/training/sessions/:id' }));
    const sheet = await screen.findByRole('table', { name: '执法人员签到表' });
    expect(await within(sheet).findByText('王明')).toBeTruthy();
    expect(screen.getByText('执法人员签到表', { selector: '.ant-card-head-title' })).toBeTruthy();
    expect(calls.some((c) => c.operationName === 'AttendanceSheet')).toBe(false);

    await act(async () => fireEvent.click(screen.getByRole('button', { name: /登记签到/ })));
    const submit = await screen.findByRole('button', { name: '提交' });
    await act(async () => fireEvent.click(submit));
    expect(await screen.findByText('请选择执法人员')).toBeTruthy();

    await act(async () => fireEvent.click(screen.getByRole('button', { name: /添加一行/ })));
    await pick('第1行执法人员', '刘芳(51190201002 · 食品经营监管股)');
    await pick('第2行执法人员', '刘芳(51190201002 · 食品经营监管股)');
    fireEvent.change(screen.getByLabelText('第1行学时'), { target: { value: '5' } });
    await act(async () => fireEvent.click(submit));
    expect(await screen.findByText('与第 1 行重复')).toBeTruthy();
    expect(await screen.findByText('学时应为 0.5 至 4 之间的半小时整数倍')).toBeTruthy();
    expect(calls.some((c) => c.operationName === 'RecordOfficerAttendance')).toBe(false);

    await pick('第2行执法人员', '陈刚(51190201003 · 东城所)');
    fireEvent.change(screen.getByLabelText('第1行学时'), { target: { value: '2.5' } });
    await act(async () => fireEvent.click(submit));
    await waitFor(() => expect(calls.some((c) => c.operationName === 'RecordOfficerAttendance')).toBe(true));
    expect(lastVariables(calls, 'RecordOfficerAttendance')).toEqual({
      sessionId: 'T9',
      entries: [
        { officerId: 'I2', hours: 2.5 },
        { officerId: 'I3', hours: null },
      ],
    });

    await act(async () => fireEvent.click(within(sheet).getByRole('button', { name: /删除 王明/ })));
    await act(async () => fireEvent.click(await screen.findByRole('button', { name: '删除' })));
    await waitFor(() => expect(lastVariables(calls, 'RemoveOfficerAttendance')).toEqual({ id: 'A1' }));
    await waitFor(() => expect(within(sheet).queryByText('王明')).toBeNull());
  }, 90_000);

  it('is the district’s to write: a township officer reads the sheet but neither signs officers in nor removes them', async () => {
    stubGateway({
      TrainingSessionDetail: () => ({ data: { trainingSession: { ...officersSession, topics: '', township: null } } }),
      OfficerAttendanceSheet: () =>
        pageAnswer('officerAttendances', 'OfficerAttendance', () => ({
          officerName: '王明',
          badgeNumber: '51190201001',
          unit: '稽查大队',
          hours: 4,
          createdAt: '2025-04-18T02:00:00.000Z',
        }))(['A1'], false, 1),
    });
    render(
      renderInModule(<SessionPage />, {
        path: '/training/sessions/T9',
        route: '/training/sessions/:id',
        token: townshipToken,
      }),
    );
    const sheet = await screen.findByRole('table', { name: '执法人员签到表' });
    expect(await within(sheet).findByText('王明')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /登记签到/ })).toBeNull();
    expect(within(sheet).queryByRole('button', { name: /删除/ })).toBeNull();
  });
});

describe('a session’s 操作记录', () => {
  const at = { path: '/training/sessions/T9', route: '/training/sessions/:id' };
  const page = {
    TrainingSessionDetail: () => ({ data: { trainingSession: { ...officersSession, topics: '', township: null } } }),
    OfficerAttendanceSheet: () => ({
      data: {
        officerAttendances: {
          __typename: 'OfficerAttendanceConnection',
          totalCount: 0,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          nodes: [],
        },
      },
    }),
    TrainingOfficerOptions: inspectorOptions(),
  };

  it('shows a leader the session’s rows and its sign-ins’, asked by the session’s id', async () => {
    const calls = stubGateway({
      ...page,
      RecordAuditTrail: () =>
        auditTrailAnswer('training', [
          {
            id: 'a2',
            at: '2025-04-18T03:00:00.000Z',
            kind: 'DELETE',
            recordType: 'OfficerAttendance',
            recordId: 'A1',
            parentId: 'T9',
            operation: 'removeOfficerAttendance',
            changes: [{ field: 'officerName', from: '王明', to: null }],
          },
          { id: 'a1', at: '2025-04-10T01:00:00.000Z', kind: 'CREATE', recordType: 'TrainingSession', recordId: 'T9' },
        ]),
    });
    render(renderInModule(<SessionPage />, { ...at, token: leaderToken }));
    await expectAuditTrail(calls, 'T9', [['执法人员签到', '删除'], ['培训']]);
  });

  it('is not shown to an officer, and nothing is asked', async () => {
    const calls = stubGateway(page);
    render(renderInModule(<SessionPage />, at));
    expect(await screen.findByRole('table', { name: '执法人员签到表' })).toBeTruthy();
    expectNoAuditTrail(calls);
  });
});
