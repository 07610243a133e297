import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, openBrowser, signInThroughShell } from '../harness/browser';
import { platform } from '../harness/platform';

const rowsOf = (browser: Browser) => browser.page.locator('.ant-table-tbody tr.ant-table-row');

describe('the entities register in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('signs in as officer and shows the register in Chinese at /entities', async () => {
    const { page } = browser;
    await signInThroughShell(page, platform().shellUrl, 'officer', '/entities');
    await page.getByText('李执法').first().waitFor();
    if (!new URL(page.url()).pathname.startsWith('/entities')) await page.goto(`${platform().shellUrl}/entities`);

    await rowsOf(browser).first().waitFor();
    expect(await rowsOf(browser).count()).toBeGreaterThan(1);
    for (const header of ['统一社会信用代码', '类别', '乡镇']) {
      await page.locator('.ant-table-thead').getByText(header, { exact: false }).first().waitFor();
    }
    // The register speaks Chinese: category and status labels, not enum names.
    const table = await page.locator('.ant-table-tbody').innerText();
    expect(table).toMatch(/食品生产企业|食品销售者|餐饮服务|食品小作坊|食品摊贩|学校食堂|集中用餐单位|网络餐饮/);
    expect(table).not.toMatch(/FOOD_SELLER|FOOD_PRODUCER|CATERING/);
    expect(await page.locator('body').innerText()).toMatch(/共\s*\d+\s*(条|家)/);
  });

  it('searches the register', async () => {
    const { page } = browser;
    const firstName = (await rowsOf(browser).first().locator('td').nth(0).innerText()).trim();
    const term = [...firstName].slice(0, 3).join('');
    const search = page.getByPlaceholder(/搜索|名称|信用代码/).first();
    await search.fill(term);
    await search.press('Enter');
    await expect
      .poll(async () => (await rowsOf(browser).allInnerTexts()).every((row) => row.includes(term)), { timeout: 10_000 })
      .toBe(true);
    expect(await rowsOf(browser).count()).toBeGreaterThan(0);

    await search.fill('不存在的主体名称zzz');
    await search.press('Enter');
    await page.locator('.ant-empty').first().waitFor();
    expect(await rowsOf(browser).count()).toBe(0);
  });

  it('filters the register by risk grade', async () => {
    const { page } = browser;
    const search = page.getByPlaceholder(/搜索|名称|信用代码/).first();
    await search.fill('');
    await search.press('Enter');
    await rowsOf(browser).first().waitFor();

    const grade = page
      .getByLabel(/风险等级/)
      .or(page.locator('[data-filter="riskGrade"]'))
      .first();
    await grade.click();
    await page.locator('.ant-select-dropdown:visible').getByText(/^B/).first().click();
    await expect
      .poll(
        async () => {
          const rows = await rowsOf(browser).allInnerTexts();
          return rows.length > 0 && rows.every((row) => /\bB\b|B级/.test(row));
        },
        { timeout: 10_000 },
      )
      .toBe(true);
  });

  it('reports no page errors', () => {
    expect(browser.problems.filter((p) => p.startsWith('page error'))).toEqual([]);
  });
});
