import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, openBrowser, signInThroughShell } from '../harness/browser';
import { platform } from '../harness/platform';

const rowsOf = (browser: Browser) => browser.page.locator('.ant-table-tbody tr.ant-table-row');
const pager = (browser: Browser) => browser.page.getByTestId('data-table-pager');

/** Waits until the table shows rows for the current filter and every row passes `check`. */
async function rowsSettle(browser: Browser, check: (row: string) => boolean) {
  await expect
    .poll(
      async () => {
        const rows = await rowsOf(browser).allInnerTexts();
        return rows.length > 0 && rows.every(check);
      },
      { timeout: 15_000 },
    )
    .toBe(true);
}

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
    await page.getByTestId('current-user').getByText('李执法').waitFor();
    expect(await page.getByTestId('current-role').innerText()).toContain('执法人员');
    if (!new URL(page.url()).pathname.startsWith('/entities')) await page.goto(`${platform().shellUrl}/entities`);

    await rowsOf(browser).first().waitFor();
    expect(await rowsOf(browser).count()).toBe(20);
    const headers = await page.locator('.ant-table-thead').innerText();
    for (const header of ['名称', '统一社会信用代码', '类别', '乡镇', '风险等级', '状态'])
      expect(headers).toContain(header);
    // Chinese labels, never enum names.
    const table = await page.locator('.ant-table-tbody').innerText();
    expect(table).toMatch(/食品生产企业|食品销售者|餐饮服务|食品小作坊|食品摊贩|学校食堂|集中用餐单位|网络餐饮/);
    expect(table).toMatch(/在营|停业|注销|吊销/);
    expect(table).not.toMatch(/FOOD_|CATERING|OPERATING/);
    const total = Number(/共\s*(\d+)\s*条/.exec(await pager(browser).innerText())?.[1]);
    expect(total).toBeGreaterThanOrEqual(300);
  });

  it('searches the register by name', async () => {
    const { page } = browser;
    const name = (await rowsOf(browser).nth(3).locator('td').first().innerText()).trim();
    const search = page.getByPlaceholder('搜索名称、统一社会信用代码或地址');
    await search.fill(name);
    await search.press('Enter');
    await rowsSettle(browser, (row) => row.includes(name));

    await search.fill('不存在的主体名称zzz');
    await search.press('Enter');
    await page.locator('.ant-table-tbody .ant-empty').waitFor();
    expect(await rowsOf(browser).count()).toBe(0);
    expect(await pager(browser).innerText()).toMatch(/共\s*0\s*条/);

    await search.fill('');
    await search.press('Enter');
    await rowsSettle(browser, () => true);
  });

  it('filters the register by risk grade', async () => {
    const { page } = browser;
    await page.locator('[data-filter="riskGrade"] .ant-select').click();
    await page.locator('.ant-select-dropdown:visible').getByText('B级', { exact: true }).click();
    await rowsSettle(browser, (row) => row.includes('B级'));
    expect(new URL(page.url()).searchParams.get('riskGrade')).toBe('B');
    const total = Number(/共\s*(\d+)\s*条/.exec(await pager(browser).innerText())?.[1]);
    expect(total).toBeGreaterThanOrEqual(45);
  });

  it('opens an entity from the register', async () => {
    const { page } = browser;
    const link = rowsOf(browser).first().locator('td').first().getByRole('link');
    const name = (await link.innerText()).trim();
    await link.click();
    await page.waitForURL(/\/entities\/[^/?]+$/);
    // The register's row (and its 统一社会信用代码 column) stays on screen while the record's page loads on demand:
    // wait for the record's own details.
    await page.locator('.ant-descriptions').getByText('统一社会信用代码').first().waitFor();
    expect(await page.locator('body').innerText()).toContain(name);
  });

  it('raised no page errors', () => {
    expect(browser.problems.filter((p) => p.startsWith('page error'))).toEqual([]);
  });
});
