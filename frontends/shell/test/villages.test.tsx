import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testToken } from '@shian/remote-testing';

const { ShellRoutes } = await import('../src/App');
const { renderInShell, stubGateway } = await import('./render');
const { REPORT } = await import('./fixtures');

const exp = Date.now() / 1000 + 3600;
const liaison = testToken({ sub: 'village', name: '赵协管', role: 'village', townshipId: '511902001', exp });
const townshipOfficer = testToken({ sub: 'township', name: '王乡镇', role: 'township', townshipId: '511902001', exp });

const manifest = {
  gatewayUrl: 'http://gateway.test',
  remotes: {
    entities: { name: 'shian_entities', entry: 'http://remote.test/remoteEntry.js', url: 'http://remote.test' },
  },
};

const township = { __typename: 'Township', id: '511902001', name: '东城街道' };
const villages = [
  { __typename: 'Village', id: '511902001001', name: '锦屏社区', kind: 'COMMUNITY', township },
  { __typename: 'Village', id: '511902001201', name: '白鹤村', kind: 'VILLAGE', township },
];

/** The gateway, answering by operation name; the village figures differ per village so each row is checked. */
function gateway() {
  return stubGateway((body) => {
    const name = /(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1];
    const total = (n: number) => ({ totalCount: n });
    if (name === 'WorkReportDashboard')
      return { data: { workReports: ((body.variables.years ?? []) as number[]).map((y) => REPORT(y)) } };
    if (name === 'VisibleVillages') return { data: { villages } };
    if (name === 'VillageFigures') {
      const community = body.variables.villageId === '511902001001';
      return {
        data: {
          entities: total(community ? 7 : 12),
          pending: total(community ? 0 : 3),
          overdue: total(community ? 0 : 1),
        },
      };
    }
    if (name === 'LiaisonHome')
      return {
        data: {
          villages: [villages[1]],
          entities: {
            totalCount: 2,
            nodes: [
              { id: 'E1', name: '白鹤村便民超市', category: 'FOOD_SELLER', address: '白鹤村1组' },
              { id: 'E2', name: '白鹤村农家乐', category: 'CATERING', address: '白鹤村3组' },
            ],
          },
          villageReports: {
            totalCount: 3,
            nodes: [
              {
                id: 'r3',
                kind: 'HAZARD',
                entityName: '白鹤村便民超市',
                // 01:30 on the 4th in Beijing: the liaison's day, not UTC's.
                receivedAt: '2026-12-03T17:30:00Z',
                receivedOn: '2026-12-04',
                dueOn: '2026-12-05',
                overdue: true,
                status: 'PENDING',
                dismissReason: null,
              },
              {
                id: 'r1',
                kind: 'CLUE',
                entityName: '白鹤村农家乐',
                receivedAt: '2026-12-01T02:00:00Z',
                receivedOn: '2026-12-01',
                dueOn: '2026-12-04',
                overdue: false,
                status: 'CLUE',
                dismissReason: null,
              },
              {
                id: 'r2',
                kind: 'HAZARD',
                entityName: '村口烧烤摊',
                receivedAt: '2026-12-02T02:00:00Z',
                receivedOn: '2026-12-02',
                dueOn: '2026-12-07',
                overdue: false,
                status: 'DISMISSED',
                dismissReason: '摊点已取缔',
              },
            ],
          },
        },
      };
    return { data: null, errors: [{ message: `no answer for ${name}` }] };
  });
}

function renderShell(path: string, token: string) {
  sessionStorage.setItem('shian.token', token);
  const auth = { signIn: vi.fn(), completeSignIn: vi.fn(), signOut: vi.fn(), forget: vi.fn() };
  return renderInShell(<ShellRoutes />, { path, manifest, auth });
}

afterEach(() => {
  sessionStorage.clear();
});

describe('three levels at a glance', { timeout: 45_000 }, () => {
  it('gives a village liaison their home and their report page only, and no work report', async () => {
    const requests = gateway();
    renderShell('/', liaison);
    expect((await screen.findByTestId('liaison-village')).textContent).toBe('东城街道 · 白鹤村');
    const items = screen.getAllByRole('menuitem').map((item) => item.textContent);
    expect(items).toEqual(['首页', '上报隐患或线索']);
    const businesses = screen.getByRole('list', { name: '本村(社区)主体' });
    expect(within(businesses).getAllByRole('listitem')).toHaveLength(2);
    expect(businesses.textContent).toContain('食品销售者 · 白鹤村1组');
    const reports = screen.getByRole('list', { name: '我的报告' });
    expect(reports.textContent).toContain('已转为执法线索');
    expect(reports.textContent).toContain('不予处理:摊点已取缔');
    // A report the township has not triaged in time reads so, dated on the day it was received in Beijing.
    const late = within(reports).getAllByRole('listitem')[0]!;
    expect(late.textContent).toContain('已超期');
    expect(late.textContent).toContain('隐患 · 2026-12-04 · 等待分办,已超过期限 2026-12-05');
    expect(requests.some((r) => r.query.includes('workReports'))).toBe(false);
  });

  it('has no route to another domain for a liaison', async () => {
    gateway();
    renderShell('/enforcement/cases', liaison);
    expect(await screen.findByText('页面不存在')).toBeTruthy();
  });

  it('shows a township officer their villages, with businesses and reports waiting, beside the figures', async () => {
    const requests = gateway();
    renderShell('/?year=2024', townshipOfficer);
    const card = await screen.findByTestId('township-villages');
    expect(await within(card).findByText('东城街道的村(社区)')).toBeTruthy();
    const rows = await within(card).findAllByRole('row');
    // The header, then one row per village with its own figures.
    await vi.waitFor(() => expect(rows[2]!.textContent).toContain('12'));
    expect(rows[1]!.textContent).toBe('锦屏社区(社区)700');
    expect(rows[2]!.textContent).toBe('白鹤村1231');
    expect(within(rows[2]!).getByRole('link', { name: '3' }).getAttribute('href')).toBe(
      '/entities/village-reports?villageId=511902001201&status=PENDING',
    );
    expect(await screen.findByText('2024年度工作报告')).toBeTruthy();
    // One request per village, however many cells ask.
    expect(requests.filter((r) => r.query.includes('VillageFigures'))).toHaveLength(2);
  });
});
