import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testToken } from '@shian/remote-testing';
import type { Body } from './render';

// The charts render as placeholders (test/setup.ts): a canvas is not what these tests look at.
const { Route, Routes, useLocation } = await import('@shian/router');
const { renderInShell, stubGateway } = await import('./render');
const { default: DashboardPage } = await import('../src/dashboard/DashboardPage');
const { REPORT } = await import('./fixtures');
const { i18n } = await import('@shian/ui-kit');
const { chartSpecs } = await import('../src/dashboard/chartOptions');

const token = testToken({ sub: 'officer', name: '李执法', role: 'officer', exp: Date.now() / 1000 + 3600 });

let requests: Body[] = [];
const yearsOf = (body: Body) => (body.variables.years ?? []) as number[];

/** The gateway: the work report of any year (2024 as in docs/domain.md#the-2024-figures, 2023 smaller, others empty). */
function gateway() {
  requests = stubGateway((body) =>
    body.query.includes('workReports')
      ? { data: { workReports: yearsOf(body).map((year) => REPORT(year)) } }
      : undefined,
  );
}

function Where() {
  const location = useLocation();
  return <p data-testid="where">{`${location.pathname}${location.search}`}</p>;
}

function renderAt(path: string, locale: 'zh-CN' | 'en' = 'zh-CN') {
  return renderInShell(
    <Routes>
      <Route index element={<DashboardPage />} />
      <Route path="*" element={<Where />} />
    </Routes>,
    { path, locale },
  );
}

/** The 2024 dashboard's 生成总结草稿 pressed: the draft's editor, once it is there. */
async function draftSummary() {
  renderAt('/?year=2024');
  const draft = await screen.findByRole('button', { name: /生成总结草稿/ });
  await act(async () => fireEvent.click(draft));
  return (await screen.findByLabelText('年度工作总结草稿')) as HTMLTextAreaElement;
}

beforeEach(() => {
  sessionStorage.setItem('shian.token', token);
  gateway();
});
afterEach(async () => {
  await i18n.changeLanguage('zh-CN');
});

// The first test of a file pays for loading the page, antd and the lazy chart chunk, and the page now renders eight
// cards: over 20 s at load 16 on the shared 2-core machine.
describe('the dashboard', { timeout: 45_000 }, () => {
  it('shows the latest year with records in every area, from one request, with the change against the year before', async () => {
    renderAt('/');
    expect(await screen.findByText('2024年度工作报告')).toBeTruthy();
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
    expect(await screen.findByText('风险分级:按乡镇(街道)')).toBeTruthy();
    expect(requests).toHaveLength(1);
  });

  it('shows 风险与应急: the figures with their lists, risks and incidents by level, and its charts', async () => {
    renderAt('/?year=2024');
    const card = (await screen.findByText('风险与应急')).closest('[data-area="risk"]') as HTMLElement;
    expect(card).toBeTruthy();
    for (const name of ['风险清单 18项', '责任事项已完成 28项', '排查发现隐患 60处', '会商研判 4次', '应急演练 2次'])
      expect(within(card).getByRole('link', { name })).toBeTruthy();
    expect(within(card).getByRole('link', { name: '责任事项逾期 6项' }).getAttribute('href')).toBe(
      '/risk/duties?overdue=1',
    );
    expect(within(card).getByRole('link', { name: '突发事件 4起' }).getAttribute('href')).toBe('/risk/incidents');
    expect(within(card).getByTestId('change-hazardsFound').textContent).toContain('较上年 +30');
    expect(within(card).getByTestId('risks-by-level').textContent).toContain('重大风险 2');
    expect(within(card).getByTestId('incidents-by-level').textContent).toContain('III级(较大) 2');
    expect(await screen.findByText('风险与应急:风险等级与突发事件')).toBeTruthy();
  });

  it('leaves 风险与应急 out where the platform has no risk domain', async () => {
    stubGateway((body) => ({
      data: {
        workReports: yearsOf(body).map((year) => {
          const { risk: _, ...report } = REPORT(year);
          return report;
        }),
      },
    }));
    renderAt('/?year=2024');
    expect(await screen.findByRole('link', { name: '立案查处 119件' })).toBeTruthy();
    expect(document.querySelector('[data-area="risk"]')).toBeNull();
    expect(document.querySelector('[data-area="publicity"]')).toBeTruthy();
  });

  it('compares a figure only where the year before has records behind it, and says so where it has none', async () => {
    // As in the demo: 2023 has articles but no outreach event (nor its leaflets) entered in the platform.
    requests = stubGateway((body) => ({
      data: {
        workReports: yearsOf(body).map((year) => {
          const report = REPORT(year);
          if (year !== 2023) return report;
          return { ...report, publicity: { ...report.publicity!, outreachEvents: 0, materials: 0 } };
        }),
      },
    }));
    renderAt('/?year=2024');
    const card = (await screen.findByText('宣传与舆情')).closest('[data-area="publicity"]') as HTMLElement;
    expect(within(card).getByRole('link', { name: '发放宣传资料 12,260份' })).toBeTruthy();
    // The register in use in 2023: the change.
    expect(within(card).getByTestId('change-posts').textContent).toContain('较上年 +28');
    // None of its outreach records: the muted text, no delta.
    for (const key of ['materials', 'outreachEvents']) {
      expect(within(card).getByTestId(`no-previous-${key}`).textContent).toBe('上年无平台记录');
      expect(within(card).queryByTestId(`change-${key}`)).toBeNull();
    }
    // Other cards are judged on their own registers.
    expect(screen.getByTestId('change-hazardsFound').textContent).toContain('较上年 +30');
  });

  it('says so on every figure, with no change, where the year before has no records at all', async () => {
    renderAt('/?year=2023');
    const card = (await screen.findByText('风险与应急')).closest('[data-area="risk"]') as HTMLElement;
    expect(within(card).getByRole('link', { name: '风险清单 9项' })).toBeTruthy();
    expect(within(card).getAllByText('上年无平台记录')).toHaveLength(8);
    expect(within(card).queryByText(/较上年/)).toBeNull();
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
    expect(screen.getByTestId('no-previous-batches').textContent).toBe('上年无平台记录');
  });

  it('drafts the summary from the report, editable, with downloads', async () => {
    const editor = await draftSummary();
    await waitFor(() => expect(editor.value).toContain('抽检监测共1847批次(上年1000批次)'));
    expect(editor.value).toContain('食品违法案件立案119件(上年60件)');
    // The draft writes its complaints sentence only from figures the dashboard's query asks for (this stand-in
    // gateway answers the whole fixture, whatever is asked, so the request is checked too).
    expect(editor.value).toContain('平台登记收到投诉举报34件(上年17件)');
    const asked = requests.find((r) => r.query.includes('workReports'))!.query;
    for (const field of ['complaintsReceived', 'complaintsByKind', 'complaintsByChannel', 'complaintsByOutcome'])
      expect(asked).toContain(field);
    expect(editor.value).toContain('【请补充:');
    fireEvent.change(editor, { target: { value: `${editor.value}补充一段。` } });
    expect(editor.value).toContain('补充一段。');
    const card = editor.closest('.ant-card') as HTMLElement;
    expect(within(card).getByRole('button', { name: /下载 Word/ })).toBeTruthy();
    expect(within(card).getByRole('button', { name: /下载 Markdown/ })).toBeTruthy();
  });
});

/**
 * The gateway as it answers with one part's subgraph down, the first `times` requests: every other part, that part
 * null and one error per year naming its subgraph.
 */
function partDown(part: 'risk' | 'sampling', times: number) {
  let down = times;
  requests = stubGateway((body) => {
    const failing = down-- > 0;
    const years = yearsOf(body);
    return {
      data: { workReports: years.map((year) => (failing ? { ...REPORT(year), [part]: null } : REPORT(year))) },
      errors: failing
        ? years.map((_, i) => ({
            message: `子图 ${part} 不可用`,
            path: ['workReports', i, part],
            extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: part },
          }))
        : undefined,
    };
  });
}

describe('the dashboard in English', { timeout: 45_000 }, () => {
  it('shows the figures, their units, the comparisons and the charts in English, the records’ names as they are', async () => {
    renderAt('/?year=2024', 'en');
    expect(await screen.findByText('2024 work report')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Cases filed 119 cases' })).toBeTruthy();
    // 批次 after a number is a unit in lower case, as a chart's series a heading (below).
    expect(screen.getByRole('link', { name: 'Sampling & testing 1,847 batches' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /^Licensed producers and sellers graded 100%\s*$/ })).toBeTruthy();
    expect(screen.getByTestId('change-posts').textContent).toContain('vs. previous year +28');
    expect(screen.getByTestId('change-gradedShare').textContent).toContain('±0 percentage points');
    const risk = document.querySelector('[data-area="risk"]') as HTMLElement;
    expect(within(risk).getByTestId('risks-by-level').textContent).toContain('Major risk 2');
    expect(await screen.findByText('Sampling inspection: by month')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /Draft the summary/ })));
    // The summary draft is the bureau's document, in Chinese whatever the screen's language: left out here.
    const editor = await screen.findByLabelText('年度工作总结草稿');
    const page = (document.body.textContent ?? '').replace(editor.textContent ?? '', '');
    expect(page.replaceAll('东城街道', '')).not.toMatch(/\p{Script=Han}/u);
    // The charts' options: titles, axes, legends.
    const option = JSON.stringify(chartSpecs(REPORT(2024)));
    expect(option).toContain('M12');
    expect(option).toContain('"name":"Batches"');
    expect(option.replaceAll('东城街道', '')).not.toMatch(/\p{Script=Han}/u);
  });
});

describe('the dashboard with a subgraph down', { timeout: 45_000 }, () => {
  it('marks 风险与应急 unavailable when the risk subgraph is down, and 重试 brings it back', async () => {
    partDown('risk', 1);
    renderAt('/?year=2024');
    expect(await screen.findByRole('link', { name: '抽检监测 1,847批次' })).toBeTruthy();
    const card = document.querySelector('[data-unavailable-area="risk"]') as HTMLElement;
    expect(card).toBeTruthy();
    expect(within(card).getByRole('status').textContent).toMatch(/「风险与应急」暂不可用$/);
    expect(card.querySelector('[data-unavailable="risk"]')).toBeTruthy();
    expect(within(card).queryByRole('link')).toBeNull();
    await act(async () => fireEvent.click(within(card).getByRole('button', { name: /重\s*试/ })));
    expect(await screen.findByRole('link', { name: '风险清单 18项' })).toBeTruthy();
    expect(document.querySelector('[data-unavailable-area]')).toBeNull();
  });

  it('shows every other figure, marks 抽检监测 unavailable, and 重试 asks again', async () => {
    partDown('sampling', 1);
    renderAt('/');
    // The default year still comes from the parts that answered.
    expect(await screen.findByText('2024年度工作报告')).toBeTruthy();
    for (const figure of ['立案查处 119件', '包保区级领导 12名', '培训 13次', '获证生产销售主体分级率 100%'])
      expect(screen.getByRole('link', { name: figure })).toBeTruthy();
    expect(screen.queryByRole('link', { name: /^抽检监测 / })).toBeNull();
    const card = document.querySelector('[data-unavailable-area="sampling"]') as HTMLElement;
    expect(card).toBeTruthy();
    expect(within(card).getByText(/「抽检监测」暂不可用/)).toBeTruthy();
    expect(document.querySelectorAll('[data-unavailable-area]')).toHaveLength(1);
    // The page is not replaced by an error.
    expect(screen.queryByText('加载失败')).toBeNull();

    await act(async () => fireEvent.click(within(card).getByRole('button', { name: /重\s*试/ })));
    expect(await screen.findByRole('link', { name: '抽检监测 1,847批次' })).toBeTruthy();
    expect(requests).toHaveLength(2);
    expect(document.querySelector('[data-unavailable-area]')).toBeNull();
  });

  it('drafts the summary with the missing part marked, not as zeros', async () => {
    partDown('sampling', Number.POSITIVE_INFINITY);
    const editor = await draftSummary();
    await waitFor(() => expect(editor.value).toContain('【待补充:抽检监测数据暂未取得】'));
    expect(editor.value).toContain('食品违法案件立案119件');
    expect(editor.value).not.toMatch(/抽检监测共?0批次/);
  });
});
