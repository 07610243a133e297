import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, openBrowser, signInThroughShell } from '../harness/browser';
import { data } from '../harness/graphql';
import { platform } from '../harness/platform';

const liaison = { as: 'village' };
const officer = { as: 'officer' };
const PHONE = { width: 375, height: 667 };
// A 1×1 PNG: the subgraph checks a photo's bytes against its declared type.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

interface Village {
  id: string;
  name: string;
  township: { id: string; name: string };
}

/**
 * The village liaison's path in Chromium at a phone's viewport: their home (their village's businesses only), the
 * report page with a photo, the township officer's queue turning it into a clue, and the liaison seeing the outcome.
 */
describe('villages in Chromium: a liaison’s report from a phone to a clue', () => {
  let phone: Browser;
  let desk: Browser;
  let village: Village;
  // Unique per run, so the row is found whatever the demo data and earlier runs left in the queue.
  const stamp = String(Date.now());
  const seen = `村口小卖部货架上有过期酸奶(浏览器测试 ${stamp})`;
  let entityName: string;

  beforeAll(async () => {
    phone = await openBrowser();
    await phone.page.setViewportSize(PHONE);
    desk = await openBrowser();
    ({
      villages: [village],
    } = await data<{ villages: Village[] }>(liaison, '{ villages { id name township { id name } } }'));
  });
  afterAll(async () => {
    await phone?.close();
    await desk?.close();
  });

  it('signs the liaison in at 375×667 to their home: their village’s businesses only', async () => {
    const { page } = phone;
    await signInThroughShell(page, platform().shellUrl, 'village', '/');
    await page.getByTestId('current-user').waitFor({ timeout: 30_000 });
    const heading = page.getByTestId('liaison-village');
    await heading.waitFor({ timeout: 45_000 });
    expect(await heading.innerText()).toBe(`${village.township.name} · ${village.name}`);

    const mine = await data(liaison, '{ entities(first: 100) { totalCount nodes { id name village { id } } } }');
    // What the liaison is answered is exactly the village's register as the bureau sees it.
    const bureau = await data(
      officer,
      'query ($v: ID!) { entities(filter: { villageId: $v }, first: 100) { totalCount } }',
      {
        v: village.id,
      },
    );
    expect(mine.entities.totalCount).toBeGreaterThan(0);
    expect(mine.entities.totalCount).toBe(bureau.entities.totalCount);
    for (const e of mine.entities.nodes) expect(e.village?.id).toBe(village.id);
    const items = page.getByRole('list', { name: '本村(社区)主体' }).locator('[data-entity]');
    await expect.poll(() => items.count()).toBe(mine.entities.nodes.length);
    const shown = await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-entity')));
    expect(new Set(shown)).toEqual(new Set(mine.entities.nodes.map((e: { id: string }) => e.id)));
    entityName = mine.entities.nodes[0].name;
    // Laid out for the phone: nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  }, 150_000);

  it('shows the liaison no other domain: two menu items, and another domain’s address is not a page', async () => {
    const { page } = phone;
    // At a phone's width the navigation is folded away behind its trigger (folded, items show one character).
    await page.locator('.ant-layout-sider-zero-width-trigger').click();
    const menu = page.locator('[aria-label="主导航"]');
    await menu.getByText('上报隐患或线索').waitFor();
    const items = await menu.locator('.ant-menu-item').allInnerTexts();
    expect(items.map((t) => t.trim())).toEqual(['首页', '上报隐患或线索']);
    await page.goto(`${platform().shellUrl}/enforcement/complaints`);
    await page.getByText('页面不存在').waitFor({ timeout: 30_000 });
    expect(await page.locator('[aria-label="主导航"]').innerText()).not.toMatch(/执法办案|抽检监测|风险与应急/);
  });

  it('files a report of a business from the register, with a photo', async () => {
    const { page } = phone;
    await page.goto(`${platform().shellUrl}/entities`);
    await page.getByTestId('my-village').waitFor({ timeout: 45_000 });
    await page
      .locator('label')
      .filter({ hasText: /^线索$/ })
      .click();
    await page.getByLabel('选择主体').click();
    await page.locator('.ant-select-item-option').filter({ hasText: entityName }).first().click();
    await page.getByLabel('所见情况').fill(seen);
    await page.locator('input[type="file"]').setInputFiles({ name: 'shelf.png', mimeType: 'image/png', buffer: PNG });
    await page.getByTestId('picked-photos').locator('img').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.getByRole('button', { name: '提交报告' }).click();
    await page.getByText('报告已提交').waitFor({ timeout: 30_000 });
    const mine = page.getByRole('list', { name: '我的报告' }).locator('li').filter({ hasText: seen });
    await mine.waitFor({ timeout: 30_000 });
    expect(await mine.innerText()).toContain('待分办');

    const { villageReports } = await data(
      liaison,
      '{ villageReports(first: 5) { nodes { description status entityName photos { contentType size } } } }',
    );
    const filed = villageReports.nodes.find((r: { description: string }) => r.description === seen);
    expect(filed).toMatchObject({
      status: 'PENDING',
      entityName,
      photos: [{ contentType: 'image/png', size: PNG.length }],
    });
  }, 120_000);

  it('reaches the township officer’s queue, who turns it into a clue', async () => {
    const { page } = desk;
    await signInThroughShell(page, platform().shellUrl, 'township', '/entities/village-reports?status=PENDING');
    await page.getByTestId('current-user').waitFor({ timeout: 30_000 });
    if (!new URL(page.url()).pathname.startsWith('/entities/village-reports'))
      await page.goto(`${platform().shellUrl}/entities/village-reports?status=PENDING`);
    const row = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: stamp });
    await row.first().waitFor({ timeout: 45_000 });
    expect(await row.first().innerText()).toContain(village.name);
    await row.first().getByRole('button', { name: '转为线索' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('案由').waitFor();
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 30_000 });

    const { villageReports } = await data(
      { as: 'township' },
      '{ villageReports(filter: { status: CLUE }, first: 20) { nodes { id description caseId } } }',
    );
    const turned = villageReports.nodes.find((r: { description: string }) => r.description === seen);
    expect(turned?.caseId).toBeTruthy();
    // Linked both ways: enforcement's clue names the report.
    const { case: clue } = await data(officer, 'query ($id: ID!) { case(id: $id) { id status villageReportId } }', {
      id: turned.caseId,
    });
    expect(clue.villageReportId).toBe(turned.id);
    await page.goto(`${platform().shellUrl}/entities/village-reports?status=CLUE`);
    await page.locator(`a[href="/enforcement/cases/${turned.caseId}"]`).waitFor({ timeout: 30_000 });
  }, 150_000);

  it('shows the township officer their villages on the dashboard, with the platform’s figures', async () => {
    const { page } = desk;
    const township = { as: 'township' };
    const { villages } = await data(township, '{ villages { id name } }');
    expect(villages.map((v: { id: string }) => v.id)).toContain(village.id);
    const figures = await data(
      township,
      `query ($v: ID!) {
        entities(filter: { villageId: $v }, first: 1) { totalCount }
        pending: villageReports(filter: { villageId: $v, status: PENDING }, first: 1) { totalCount }
      }`,
      { v: village.id },
    );
    await page.goto(`${platform().shellUrl}/`);
    const card = page.getByTestId('township-villages');
    await card.waitFor({ timeout: 45_000 });
    await expect
      .poll(() => card.locator('.ant-table-tbody tr.ant-table-row').count(), { timeout: 30_000 })
      .toBe(villages.length);
    const row = card.locator(`tr[data-row-key="${village.id}"]`);
    await expect
      .poll(() => row.locator('[data-village-figure="entities"]').innerText(), { timeout: 30_000 })
      .toBe(String(figures.entities.totalCount));
    expect(await row.locator('[data-village-figure="pending"]').innerText()).toBe(String(figures.pending.totalCount));
    // The township's own figures stay beside them.
    await page.locator('[data-area]').first().waitFor({ timeout: 45_000 });
  }, 120_000);

  it('shows the liaison what became of it', async () => {
    const { page } = phone;
    await page.goto(`${platform().shellUrl}/entities`);
    const mine = page.getByRole('list', { name: '我的报告' }).locator('li').filter({ hasText: seen });
    await mine.waitFor({ timeout: 45_000 });
    const text = await mine.innerText();
    expect(text).toContain('已转线索');
    expect(text).toContain('已转为执法线索');
    await page.goto(`${platform().shellUrl}/`);
    const home = page.getByRole('list', { name: '我的报告' });
    await home.waitFor({ timeout: 30_000 });
    expect(await home.innerText()).toContain('已转为执法线索');
  }, 90_000);

  it('raised no page errors', () => {
    expect(phone.problems.filter((p) => p.startsWith('page error'))).toEqual([]);
    expect(desk.problems.filter((p) => p.startsWith('page error'))).toEqual([]);
  });
});
