import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, openBrowser, signInThroughShell } from '../harness/browser';
import { data } from '../harness/graphql';
import { platform } from '../harness/platform';

const officer = { as: 'officer' };
const rowsOf = (browser: Browser) => browser.page.locator('.ant-table-tbody tr.ant-table-row');
const chinaDay = (days = 0) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

/** A fresh sample (已抽样) to move along its lifecycle in the browser, so the test never depends on the demo data's state. */
async function freshSample(): Promise<string> {
  const year = Number(chinaDay(-3).slice(0, 4));
  const { createSamplingPlan } = await data(
    officer,
    'mutation ($input: PlanInput!) { createSamplingPlan(input: $input) { id } }',
    {
      input: {
        year,
        level: 'DISTRICT',
        purpose: 'SUPERVISION',
        name: `${year}年浏览器测试抽检计划`,
        issuer: '巴中市巴州区市场监督管理局',
        categories: ['BOTTLED_WATER'],
        quota: 5,
        startsOn: `${year}-01-01`,
        endsOn: `${year}-12-31`,
      },
    },
  );
  const { entity } = await data(officer, '{ entity(id: "E0050") { id township { id } } }');
  const { registerSample } = await data(
    officer,
    'mutation ($input: SampleInput!) { registerSample(input: $input) { id } }',
    {
      input: {
        planId: createSamplingPlan.id,
        entityId: entity.id,
        townshipId: entity.township.id,
        foodName: '浏览器测试桶装水',
        category: 'BOTTLED_WATER',
        batchNumber: 'E2E-001',
        sampledOn: chinaDay(-3),
        samplers: ['李执法', '赵文静'],
        lab: '巴中市食品药品检验检测中心',
      },
    },
  );
  return registerSample.id;
}

describe('sampling in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists samples at /sampling as officer, in Chinese', async () => {
    const { page } = browser;
    await signInThroughShell(page, platform().shellUrl, 'officer', '/sampling');
    await page.getByTestId('current-user').getByText('李执法').waitFor();
    if (!new URL(page.url()).pathname.startsWith('/sampling')) await page.goto(`${platform().shellUrl}/sampling`);
    await rowsOf(browser).first().waitFor();
    expect(await rowsOf(browser).count()).toBe(20);
    const headers = await page.locator('.ant-table-thead').innerText();
    for (const header of [
      '样品名称',
      '抽样单编号',
      '食品类别',
      '被抽样单位',
      '乡镇(街道)',
      '层级',
      '抽样日期',
      '状态',
      '检验结论',
    ])
      expect(headers).toContain(header);
    const table = await page.locator('.ant-table-tbody').innerText();
    expect(table).toMatch(/已抽样|检验中|合格|不合格|已公开|核查处置|已处置/);
    expect(table).toMatch(/国抽|省抽|市抽|区抽/);
    expect(table).not.toMatch(/SAMPLED|TESTING|DISTRICT|VEGETABLES/);
    const total = Number(/共\s*(\d+)\s*条/.exec(await page.getByTestId('data-table-pager').innerText())?.[1]);
    expect(total).toBeGreaterThanOrEqual(1847);
  });

  it('filters by level through the URL-kept filter', async () => {
    const { page } = browser;
    await page.goto(`${platform().shellUrl}/sampling?level=NATIONAL&sampledFrom=2024-01-01&sampledTo=2024-12-31`);
    await expect
      .poll(async () => /共\s*(\d+)\s*条/.exec(await page.getByTestId('data-table-pager').innerText())?.[1], {
        timeout: 15_000,
      })
      .toBe('96');
    for (const row of await rowsOf(browser).allInnerTexts()) expect(row).toContain('国抽');
  });

  it('moves a sample along its lifecycle', async () => {
    const { page } = browser;
    const id = await freshSample();
    await page.goto(`${platform().shellUrl}/sampling/${id}`);
    await page.getByText('浏览器测试桶装水').first().waitFor();
    expect(await page.getByTestId('sample-status').innerText()).toContain('已抽样');
    expect(await page.locator('body').innerText()).toContain('样品送检期限');

    await page.getByTestId('sample-actions').getByRole('button', { name: '变更为「检验中」' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('收样日期').waitFor();
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    // The dialog closes once the change is saved; if it stays, what it says (a field's error, a server message) is
    // the reason. The whole root suite shares two cores, so both waits are generous.
    await expect
      .poll(async () => ((await dialog.isVisible()) ? `dialog still open: ${await dialog.innerText()}` : 'closed'), {
        timeout: 30_000,
      })
      .toBe('closed');
    await expect
      .poll(async () => page.getByTestId('sample-status').innerText(), { timeout: 30_000 })
      .toContain('检验中');
    await page.getByTestId('sample-actions').getByRole('button', { name: '录入检验结果' }).waitFor();
    const timeline = await page.getByLabel('流转记录').innerText();
    expect(timeline).toContain('样品送达检验机构');
    const { sample } = await data(officer, 'query ($id: ID!) { sample(id: $id) { status receivedOn } }', { id });
    expect(sample.status).toBe('TESTING');
  });

  it('raised no page errors', () => {
    expect(browser.problems.filter((p) => p.startsWith('page error'))).toEqual([]);
  });
});
