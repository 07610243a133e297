import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testToken } from '@shian/remote-testing';

vi.mock('@module-federation/runtime', () => ({ loadRemote: vi.fn(), registerRemotes: vi.fn() }));
// A canvas is not what these tests look at: the charts render as their titles.
vi.mock('echarts-for-react/esm/core', () => ({ default: () => <div data-testid="echart" /> }));

const { MemoryRouter, Route, Routes, useLocation } = await import('@shian/router');
const { ShianUiProvider } = await import('@shian/ui-kit');
const { SessionProvider } = await import('../src/session');
const { ClientProvider } = await import('../src/App');
const { default: DashboardPage } = await import('../src/dashboard/DashboardPage');
const { REPORT } = await import('./fixtures');

const token = testToken({ sub: 'officer', name: '李执法', role: 'officer', exp: Date.now() / 1000 + 3600 });

type Body = { query: string; variables: { years?: number[]; year?: number } };
let requests: Body[] = [];

/** The gateway: the work report of any year (2024 as in domain.md, 2023 smaller, others empty). */
function gateway() {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as Body;
      requests.push(body);
      if (body.query.includes('workReports')) {
        const workReports = (body.variables.years ?? []).map((year) => REPORT(year));
        return new Response(JSON.stringify({ data: { workReports } }), {
          headers: { 'content-type': 'application/json' },
        });
      }
      return new Response(JSON.stringify({ data: null, errors: [{ message: 'no' }] }), {
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
}

function Where() {
  const location = useLocation();
  return <p data-testid="where">{`${location.pathname}${location.search}`}</p>;
}

function renderAt(path: string) {
  return render(
    <ShianUiProvider locale="zh-CN">
      <SessionProvider manifest={{ gatewayUrl: 'http://gateway.test', remotes: {} }}>
        <ClientProvider>
          <MemoryRouter initialEntries={[path]}>
            <Routes>
              <Route index element={<DashboardPage />} />
              <Route path="*" element={<Where />} />
            </Routes>
          </MemoryRouter>
        </ClientProvider>
      </SessionProvider>
    </ShianUiProvider>,
  );
}

beforeEach(() => {
  requests = [];
  sessionStorage.setItem('shian.token', token);
  gateway();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the dashboard', () => {
  it('shows the latest year with records in every area, from one request, with the change against the year before', async () => {
    renderAt('/');
    expect(await screen.findByText('2024年度工作报告', {}, { timeout: 5000 })).toBeTruthy();
    expect(requests).toHaveLength(1);
    expect(requests[0]!.variables.years).toHaveLength(7);
    const batches = screen.getByRole('link', { name: '抽检监测 1,847批次' });
    expect(batches.getAttribute('href')).toBe('/sampling?sampledFrom=2024-01-01&sampledTo=2024-12-31');
    expect(screen.getByRole('link', { name: '立案查处 119件' }).getAttribute('href')).toBe(
      '/enforcement/cases?year=2024',
    );
    expect(screen.getByRole('link', { name: '获证生产销售主体分级率 100%' })).toBeTruthy();
    expect(screen.getByTestId('change-batches').textContent).toContain('较上年 +847');
    expect(screen.getByTestId('change-sessions').textContent).toContain('+11');
    expect(await screen.findByText('风险分级:按乡镇(街道)', {}, { timeout: 5000 })).toBeTruthy();
    expect(requests).toHaveLength(1);
  });

  it('opens the list behind a figure', async () => {
    renderAt('/');
    fireEvent.click(await screen.findByRole('link', { name: '不合格 52批次' }));
    expect(screen.getByTestId('where').textContent).toBe(
      '/sampling?sampledFrom=2024-01-01&sampledTo=2024-12-31&verdict=UNQUALIFIED',
    );
  });

  it('shows the year in the URL, and a year without records as zeros without a comparison', async () => {
    renderAt('/?year=2019');
    expect(await screen.findByText('2019年度工作报告')).toBeTruthy();
    expect(requests[0]!.variables.years).toEqual([2019, 2018]);
    expect(await screen.findByText('2019年暂无工作记录')).toBeTruthy();
    expect(screen.getByRole('link', { name: '抽检监测 0批次' })).toBeTruthy();
    expect(screen.queryByTestId('change-batches')).toBeNull();
  });

  it('drafts the summary from the report, editable, with downloads', async () => {
    renderAt('/?year=2024');
    const draft = await screen.findByRole('button', { name: /生成总结草稿/ }, { timeout: 5000 });
    await act(async () => fireEvent.click(draft));
    const editor = (await screen.findByLabelText('年度工作总结草稿')) as HTMLTextAreaElement;
    await waitFor(() => expect(editor.value).toContain('抽检监测1847批次'));
    expect(editor.value).toContain('立案查处食品违法案件119件');
    fireEvent.change(editor, { target: { value: `${editor.value}补充一段。` } });
    expect(editor.value).toContain('补充一段。');
    const card = editor.closest('.ant-card') as HTMLElement;
    expect(within(card).getByRole('button', { name: /下载 Word/ })).toBeTruthy();
    expect(within(card).getByRole('button', { name: /下载 Markdown/ })).toBeTruthy();
  });
});
