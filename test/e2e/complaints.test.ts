import { unzipSync, strFromU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, openBrowser, signInThroughShell } from '../harness/browser';
import { data } from '../harness/graphql';
import { platform } from '../harness/platform';

const officer = { as: 'officer' };
const rowsOf = (browser: Browser) => browser.page.locator('.ant-table-tbody tr.ant-table-row');

interface Row {
  code: string;
  overdue: boolean;
  complainant: { name: string | null; phone: string | null; masked: boolean; anonymous: boolean };
}

const LIST = `query ($filter: ComplaintFilter) {
  complaints(filter: $filter, first: 100) { totalCount nodes { code overdue complainant { name phone masked anonymous } } }
}`;

/** Every text cell of an .xlsx workbook (shared strings and inline strings), joined. */
function workbookText(bytes: Uint8Array): string {
  const files = unzipSync(bytes);
  return Object.entries(files)
    .filter(([name]) => name.endsWith('.xml'))
    .map(([, content]) => strFromU8(content))
    .join('\n');
}

/**
 * 投诉举报 in Chromium as `officer` (district enforcement staff, who handle every complaint): the list with its
 * filters in the URL, the statutory clocks' 超期 flags as the subgraph computes them, the complainant in full on
 * screen (the officer handles it) and masked in the export, whoever exports.
 */
describe('complaints in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens /enforcement/complaints as officer, with the complainants as the rules say', async () => {
    const { page } = browser;
    await signInThroughShell(page, platform().shellUrl, 'officer', '/enforcement/complaints');
    await page.getByTestId('current-user').waitFor({ timeout: 30_000 });
    if (!new URL(page.url()).pathname.startsWith('/enforcement/complaints'))
      await page.goto(`${platform().shellUrl}/enforcement/complaints`);
    await rowsOf(browser).first().waitFor({ timeout: 45_000 });
    const headers = await page.locator('.ant-table-thead').innerText();
    for (const header of ['登记编号', '类别', '渠道', '投诉举报人', '收到日期', '期限', '状态', '处理结果'])
      expect(headers).toContain(header);

    const { complaints } = await data<{ complaints: { totalCount: number; nodes: Row[] } }>(officer, LIST);
    expect(complaints.totalCount).toBeGreaterThan(0);
    await page.getByText(`共 ${complaints.totalCount} 条`).waitFor({ timeout: 30_000 });
    // The officer handles every complaint: names and phones in full, as the subgraph answers them.
    const named = complaints.nodes.filter((c) => !c.complainant.anonymous);
    expect(named.length).toBeGreaterThan(0);
    for (const c of named) expect(c.complainant.masked).toBe(false);
    const table = await page.locator('.ant-table-tbody').innerText();
    const firstPage = (await rowsOf(browser).allInnerTexts()).join('\n');
    for (const c of named.filter((n) => firstPage.includes(n.code))) {
      expect(table).toContain(c.complainant.name!);
      if (c.complainant.phone) expect(table).toContain(c.complainant.phone);
    }
    expect(table).not.toMatch(/PLATFORM_12315|PHONE|LETTER|VISIT|ONLINE|RECEIVED|ACCEPTED/);

    // A leader does not handle complaints: the same records come masked (the page shows what it is answered).
    const leader = await data<{ complaints: { nodes: Row[] } }>({ as: 'admin' }, LIST);
    for (const c of leader.complaints.nodes.filter((n) => !n.complainant.anonymous)) {
      expect(c.complainant.masked).toBe(true);
      const full = named.find((n) => n.code === c.code)!;
      expect(c.complainant.name).not.toBe(full.complainant.name);
    }
  }, 150_000);

  it('filters by channel, in the URL and on the server', async () => {
    const { page } = browser;
    const { complaints } = await data(officer, LIST, { filter: { channel: 'PLATFORM_12315' } });
    await page.locator('[data-filter="channel"] .ant-select').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '12315平台' }).click();
    await page.waitForURL(/channel=PLATFORM_12315/);
    await page.getByText(`共 ${complaints.totalCount} 条`).waitFor({ timeout: 30_000 });
    for (const text of await rowsOf(browser).allInnerTexts()) expect(text).toContain('12315平台');
  }, 90_000);

  it('flags the overdue ones as the statutory clocks say, and 只看超期 shows only those', async () => {
    const { page } = browser;
    await page.goto(`${platform().shellUrl}/enforcement/complaints`);
    await rowsOf(browser).first().waitFor({ timeout: 30_000 });
    const { complaints } = await data<{ complaints: { totalCount: number; nodes: Row[] } }>(officer, LIST);
    // Every row on the first page carries 超期 exactly when the subgraph says so.
    for (const row of await rowsOf(browser).all()) {
      const text = await row.innerText();
      const record = complaints.nodes.find((c) => text.includes(c.code));
      expect(record, text).toBeTruthy();
      expect(await row.getByTestId('overdue').count(), record!.code).toBe(record!.overdue ? 1 : 0);
    }
    const overdue = await data<{ complaints: { totalCount: number } }>(officer, LIST, { filter: { overdue: true } });
    expect(overdue.complaints.totalCount).toBeGreaterThan(0);
    await page.getByRole('switch', { name: '只看超期' }).click();
    await page.waitForURL(/overdue=1/);
    await page.getByText(`共 ${overdue.complaints.totalCount} 条`).waitFor({ timeout: 30_000 });
    for (const row of await rowsOf(browser).all()) expect(await row.getByTestId('overdue').count()).toBe(1);
  }, 90_000);

  it('exports the filtered list with every complainant masked', async () => {
    const { page } = browser;
    await page.goto(`${platform().shellUrl}/enforcement/complaints`);
    await rowsOf(browser).first().waitFor({ timeout: 30_000 });
    const { complaints } = await data<{ complaints: { totalCount: number; nodes: Row[] } }>(officer, LIST);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: /导出Excel/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const text = workbookText(new Uint8Array(readFileSync((await download.path())!)));
    for (const c of complaints.nodes) expect(text).toContain(c.code);
    // What the officer reads in full on screen is masked in the file.
    for (const c of complaints.nodes.filter((n) => n.complainant.phone))
      expect(text).not.toContain(c.complainant.phone!);
    for (const c of complaints.nodes.filter((n) => n.complainant.name && n.complainant.name.length > 1))
      expect(text).not.toContain(`>${c.complainant.name}<`);
  }, 120_000);

  it('raised no page errors', () => {
    expect(browser.problems.filter((p) => p.startsWith('page error'))).toEqual([]);
  });
});
