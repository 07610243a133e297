import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, openBrowser, signInThroughShell } from '../harness/browser';
import { platform } from '../harness/platform';
import { docxText, TABLE_2024_PHRASES } from '../harness/work-report';

/** The dashboard at `/` as `officer`: the 2024 report, a figure that opens its list, the summary downloaded. */
describe('the work-report dashboard in Chromium', () => {
  let browser: Browser;
  const reportRequests: string[] = [];

  beforeAll(async () => {
    browser = await openBrowser();
    browser.page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && /\bworkReports?\b/.test(request.postData() ?? '')) {
        reportRequests.push(request.postData() ?? '');
      }
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  // The year is asked for: a first visit shows the latest year in which every work area has records, and files
  // that run earlier (the audit trail calls every mutation) leave records of this year in every area.
  it('shows the 2024 figures from one request: 1,847 sampling batches and 119 cases', async () => {
    const { page } = browser;
    await signInThroughShell(page, platform().shellUrl, 'officer', '/?year=2024');
    await page.getByRole('heading', { name: '2024年度工作报告' }).waitFor({ timeout: 30_000 });
    const batches = page.getByRole('link', { name: '抽检监测 1,847批次' });
    await batches.waitFor();
    await page.getByRole('link', { name: '立案查处 119件' }).waitFor();
    for (const figure of [
      '包保区级领导 12名',
      '包保主体 45家',
      '督查乡镇(街道) 22个',
      '工作提示函 12份',
      '移送起诉 4件',
    ])
      await page.getByRole('link', { name: figure }).waitFor();
    for (const figure of ['培训 13次', '覆盖从业人员 2,000人', '考核 580批次', '小作坊提档升级 295家'])
      await page.getByRole('link', { name: figure }).waitFor();
    for (const figure of ['科普宣传、网络辟谣 56条', '负面舆情处置 3条', '宣传活动 12次', '专项治理 12项'])
      await page.getByRole('link', { name: figure }).waitFor();
    await page.getByRole('link', { name: '获证生产销售主体分级率 100%' }).waitFor();
    // The breakdowns, drawn by ECharts once its chunk has loaded.
    await page.locator('[data-chart="grades-township"] canvas').first().waitFor();
    expect(await page.locator('[data-chart] canvas').count()).toBeGreaterThanOrEqual(8);
    expect(reportRequests).toHaveLength(1);
    expect(browser.problems.filter((p) => !p.includes('favicon'))).toEqual([]);
  });

  it('opens the list behind a figure', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: '抽检监测 1,847批次' }).click();
    await page.waitForURL(/\/sampling\?sampledFrom=2024-01-01&sampledTo=2024-12-31$/);
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor({ timeout: 30_000 });
    await page.getByText(/共 1,?847 条/).waitFor();

    await page.goto(`${platform().shellUrl}/?year=2024`);
    await page.getByRole('link', { name: '立案查处 119件' }).click();
    await page.waitForURL(/\/enforcement\/cases\?year=2024$/);
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor({ timeout: 30_000 });
  });

  it('shows another year from the picker, compared with the year before it', async () => {
    const { page } = browser;
    await page.goto(`${platform().shellUrl}/?year=2024`);
    await page.getByRole('link', { name: '培训 13次' }).waitFor();
    // 2023 has training records: the change is shown; a year without records shows zeros.
    await page.locator('[data-testid="change-sessions"]').waitFor();
    await page.goto(`${platform().shellUrl}/?year=2019`);
    await page.getByText('2019年暂无工作记录').waitFor();
    await page.getByRole('link', { name: '抽检监测 0批次' }).waitFor();
  });

  it('shows 风险与应急 for 2025 as a card of figures that open the risk lists, with its charts', async () => {
    const { page } = browser;
    await page.goto(`${platform().shellUrl}/?year=2025`);
    const card = page.locator('[data-area="risk"]');
    await card.getByRole('link', { name: /^风险清单 [\d,]+项$/ }).waitFor({ timeout: 30_000 });
    await card.getByTestId('risks-by-level').waitFor();
    await card.getByRole('link', { name: /^责任事项逾期 [\d,]+项$/ }).click();
    await page.waitForURL(/\/risk\/duties\?overdue=1$/);
    await page.goto(`${platform().shellUrl}/?year=2025`);
    await page.locator('[data-chart="risk-levels"] canvas').first().waitFor({ timeout: 30_000 });
  });

  it('drafts the 2024 summary, keeps the edit, and downloads it as .docx and Markdown with every figure', async () => {
    const { page } = browser;
    await page.goto(`${platform().shellUrl}/?year=2024`);
    await page.getByRole('button', { name: /生成总结草稿/ }).click();
    const editor = page.getByLabel('年度工作总结草稿');
    await expect.poll(() => editor.inputValue(), { timeout: 20_000 }).toContain('抽检监测共1847批次');
    const draft = await editor.inputValue();
    await editor.fill(draft.replace('(二)风险分级与抽检监测。', '(二)风险分级与抽检监测(浏览器修改)。'));

    const [word] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /下载 Word/ }).click(),
    ]);
    expect(word.suggestedFilename()).toBe('食品安全2024年工作总结.docx');
    const document = docxText(new Uint8Array(readFileSync((await word.path())!)));
    for (const phrase of TABLE_2024_PHRASES) expect(document, phrase).toContain(phrase);
    expect(document).toContain('(二)风险分级与抽检监测(浏览器修改)。');

    const [markdown] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /下载 Markdown/ }).click(),
    ]);
    expect(markdown.suggestedFilename()).toBe('食品安全2024年工作总结.md');
    const text = readFileSync((await markdown.path())!, 'utf8');
    expect(text).toContain('## 一、2024年工作完成情况');
    for (const phrase of TABLE_2024_PHRASES) expect(text, phrase).toContain(phrase);
  });
});
