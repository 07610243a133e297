import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, openBrowser, signInThroughShell } from '../harness/browser';
import { data } from '../harness/graphql';
import { platform } from '../harness/platform';

const officer = { as: 'officer' };
const rowsOf = (browser: Browser) => browser.page.locator('.ant-table-tbody tr.ant-table-row');

describe('training and publicity in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the training sessions and the year’s figures at /training as officer, in Chinese', async () => {
    const { page } = browser;
    await signInThroughShell(page, platform().shellUrl, 'officer', '/training');
    await page.getByTestId('current-user').getByText('李执法').waitFor();
    if (!new URL(page.url()).pathname.startsWith('/training')) await page.goto(`${platform().shellUrl}/training`);
    await rowsOf(browser).first().waitFor();
    const headers = await page.locator('.ant-table-thead').innerText();
    for (const header of ['培训主题', '培训对象', '培训日期', '授课人', '方式', '签到人数'])
      expect(headers).toContain(header);
    const table = await page.locator('.ant-table-tbody').innerText();
    expect(table).toMatch(/食品小作坊|学校食堂|网络餐饮/);
    expect(table).not.toMatch(/SMALL_WORKSHOP|ONSITE/);
    await page.getByText('2,000').first().waitFor();
  });

  it('opens a session with its attendance sheet', async () => {
    const { page } = browser;
    await page.goto(`${platform().shellUrl}/training/sessions/TS202402`);
    await page.getByText('食品小作坊主体责任落实培训(第一期)').first().waitFor();
    await page.getByLabel('签到表').locator('tr.ant-table-row').first().waitFor();
    const sheet = await page.getByLabel('签到表').innerText();
    expect(sheet).toMatch(/负责人|食品安全管理员|生产人员/);
    expect(sheet).toMatch(/街道|镇|乡/);
  });

  it('submits the session form', async () => {
    const { page } = browser;
    await page.goto(`${platform().shellUrl}/training/new`);
    await page.getByLabel('培训主题').fill('浏览器测试培训');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('请选择培训对象').waitFor();
    await page.getByLabel('培训对象').click();
    await page.locator('.ant-select-dropdown:visible').getByText('学校食堂', { exact: true }).click();
    await page.getByLabel('授课人').fill('赵文静');
    await page.getByLabel('培训地点').fill('区局会议室');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.waitForURL(/\/training\/sessions\/[^/]+$/, { timeout: 15_000 });
    await page.getByText('浏览器测试培训').first().waitFor();
    const { trainingSessions } = await data(
      officer,
      '{ trainingSessions(filter: { search: "浏览器测试培训" }) { totalCount } }',
    );
    expect(trainingSessions.totalCount).toBe(1);
  });

  it('shows the posts and the year’s figures at /publicity', async () => {
    const { page } = browser;
    await page.goto(`${platform().shellUrl}/publicity`);
    await rowsOf(browser).first().waitFor();
    const headers = await page.locator('.ant-table-thead').innerText();
    for (const header of ['标题', '类别', '发布渠道', '发布时间', '阅读量']) expect(headers).toContain(header);
    const table = await page.locator('.ant-table-tbody').innerText();
    expect(table).toMatch(/科普|辟谣|警示/);
    expect(table).not.toMatch(/SCIENCE|DAMEI/);
  });

  it('submits the article form, refusing it first without a title', async () => {
    const { page } = browser;
    await page.goto(`${platform().shellUrl}/publicity`);
    await rowsOf(browser).first().waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: '新增文章' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.getByText('请输入标题').waitFor({ timeout: 30_000 });
    await dialog.getByLabel('标题').fill('浏览器测试科普文章');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    // The success toast is transient; the dialog closing is what a saved article leaves behind.
    await dialog.waitFor({ state: 'hidden', timeout: 30_000 });
    const { articles } = await data(officer, '{ articles(filter: { search: "浏览器测试科普文章" }) { totalCount } }');
    expect(articles.totalCount).toBe(1);
  });

  it('moves an opinion event from the board', async () => {
    const { page } = browser;
    const { reportOpinionEvent } = await data(
      officer,
      'mutation ($input: OpinionEventInput!) { reportOpinionEvent(input: $input) { id } }',
      {
        input: {
          title: '浏览器测试舆情',
          content: '网传某店销售过期食品',
          platform: '微信群',
          detectedAt: new Date(Date.now() - 3_600_000).toISOString(),
          severity: 'GENERAL',
        },
      },
    );
    await page.goto(`${platform().shellUrl}/publicity/opinions`);
    await page.locator('[data-stage="CLOSED"]').getByText('巴中某市场惊现母猪肉').waitFor();
    await page.locator('[data-stage="DETECTED"]').getByRole('link', { name: '浏览器测试舆情' }).click();
    await page.waitForURL(new RegExp(`/publicity/opinions/${reportOpinionEvent.id}$`));
    await page.getByRole('button', { name: '开始核实' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('处理情况').fill('赴现场核查');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    const status = async () =>
      (await data(officer, 'query ($id: ID!) { opinionEvent(id: $id) { status } }', { id: reportOpinionEvent.id }))
        .opinionEvent.status;
    await expect.poll(status, { timeout: 15_000 }).toBe('VERIFYING');
    // The page shows the moves the new stage allows.
    await page.getByRole('button', { name: '升级上报' }).waitFor({ timeout: 15_000 });
  });

  it('shows the publicity week and the outreach calendar', async () => {
    const { page } = browser;
    // The month is asked for: the calendar opens on the latest publicity week's month, and files that run earlier
    // (the audit trail calls every mutation) add a week of this year.
    await page.goto(`${platform().shellUrl}/publicity/outreach?month=2024-06`);
    await page.getByText('诚信尚俭 共享食安').first().waitFor();
    await page.getByLabel('宣传活动日历').getByText('保健食品进社区').first().waitFor();
  });

  it('raised no page errors', () => {
    expect(browser.problems.filter((p) => p.startsWith('page error'))).toEqual([]);
  });
});
