// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { catchExports, exportedSheet, saved } from '@shian/remote-testing/excel';
import { sentVariables, stubGateway, TOWNSHIPS } from '@shian/remote-testing';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NoticesPage } from '../src/pages/NoticesPage';
import { ResponsibilityPage } from '../src/pages/ResponsibilityPage';
import { renderInModule } from './fixtures';

catchExports();

const notice = (id: string, repliedOn: string | null) => ({
  __typename: 'Notice',
  id,
  kind: 'SUPERVISION_LETTER',
  number: `巴州市监食督〔2025〕${id}号`,
  title: '关于校园周边食品安全问题整改的督办函',
  sentOn: '2025-03-01',
  dueOn: null,
  repliedOn,
  reply: repliedOn ? '已整改' : null,
  content: '请于期限内反馈。',
  township: { __typename: 'Township', id: '511902001', name: '东城街道' },
});

const noticePage = (ids: string[], after: string | null) => ({
  data: {
    notices: {
      __typename: 'NoticeConnection',
      totalCount: 3,
      pageInfo: { __typename: 'PageInfo', hasNextPage: after !== null, endCursor: after },
      nodes: ids.map((id, i) => notice(id, i === 0 ? '2025-03-05' : null)),
    },
  },
});

describe('提示函与督办函: the list’s filter in the URL, 导出 of every row', () => {
  it('sends the URL’s filter and exports every page of it with Chinese labels', async () => {
    const calls = stubGateway({
      TownshipOptions: () => TOWNSHIPS,
      NoticeList: (v) => (v.after ? noticePage(['3'], null) : noticePage(['1', '2'], '2')),
    });
    render(
      renderInModule(<NoticesPage />, {
        path: '/entities/notices?kind=SUPERVISION_LETTER&year=2025',
        route: '/entities/notices',
      }),
    );
    expect(await screen.findByText('巴州市监食督〔2025〕1号')).toBeTruthy();
    expect(sentVariables(calls, 'NoticeList')).toMatchObject({
      filter: { kind: 'SUPERVISION_LETTER', year: 2025 },
      after: null,
    });

    await act(async () => fireEvent.click(screen.getByRole('button', { name: /导出Excel/ })));
    await waitFor(() => expect(saved).toHaveLength(1));
    const call = saved[0]!;
    expect(call.filename).toMatch(/^提示函与督办函-\d{4}-\d{2}-\d{2}$/);
    expect(call.rows).toHaveLength(3);
    // The export walks the same filter as the list.
    const walked = calls.filter((c) => c.operationName === 'NoticeList' && c.variables.first === 100);
    expect(walked).toHaveLength(2);
    expect(
      walked.every((c) => c.variables.filter.kind === 'SUPERVISION_LETTER' && c.variables.filter.year === 2025),
    ).toBe(true);
    const cell = await exportedSheet();
    expect(cell(2, '类型')).toBe('督办函');
    expect(cell(2, '反馈日期')).toBe('2025-03-05');
    expect(cell(3, '反馈日期')).toBe('未反馈');
    expect(cell(4, '文号')).toBe('巴州市监食督〔2025〕3号');
  }, 60_000);
});

describe('包保责任: the year in the URL, 导出 of the year’s officials', () => {
  it('asks for the URL’s year and exports its officials with their businesses', async () => {
    const calls = stubGateway({
      ResponsibilityOverview: (v) => ({
        data: {
          responsibilityOverview: {
            __typename: 'ResponsibilityFigures',
            year: v.year,
            leaders: 1,
            entitiesCovered: 2,
            visits: 3,
            overdueAssignments: 1,
            officials: [
              {
                __typename: 'Official',
                id: 'o1',
                name: '陈副区长',
                title: '副区长',
                level: 'DISTRICT',
                township: null,
                assignments: ['甲面馆', '乙超市'].map((name, i) => ({
                  __typename: 'Assignment',
                  id: `a${i}`,
                  startsOn: '2024-01-01',
                  endsOn: null,
                  visitsPerYear: 4,
                  lastVisitOn: null,
                  nextVisitDue: '2024-03-31',
                  visitOverdue: i === 0,
                  entity: { __typename: 'Entity', id: `e${i}`, name, riskGrade: 'B' },
                })),
              },
            ],
          },
        },
      }),
    });
    render(
      renderInModule(<ResponsibilityPage />, {
        path: '/entities/responsibility?year=2024',
        route: '/entities/responsibility',
      }),
    );
    expect(await screen.findByText('陈副区长')).toBeTruthy();
    expect(sentVariables(calls, 'ResponsibilityOverview')).toEqual({ year: 2024 });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /导出Excel/ })));
    await waitFor(() => expect(saved).toHaveLength(1));
    const call = saved[0]!;
    expect(call.filename).toMatch(/^2024年包保责任-\d{4}-\d{2}-\d{2}$/);
    const cell = await exportedSheet();
    expect(cell(2, '层级')).toBe('区级');
    expect(cell(2, '包保主体')).toBe('甲面馆、乙超市');
    expect(cell(2, '逾期未督导(项)')).toBe(1);
  }, 60_000);
});
