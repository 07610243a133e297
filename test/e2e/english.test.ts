import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, openBrowser, signInThroughShell } from '../harness/browser';
import { platform } from '../harness/platform';

const HAN_RUN = /\p{Script=Han}+/gu;
const SHELL_PAGES = ['/?year=2024', '/inbox', '/settings'];
const MODULES = ['entities', 'sampling', 'enforcement', 'training', 'publicity', 'risk'];

/**
 * The keys of the module menu on the page (remote-kit's ModuleNav), as the signed-in user is shown it. Read from
 * the menu drawn rather than from each remote's source, which has no one shape to parse; every item counts, also
 * one the horizontal menu folds under its overflow (rc-menu's `data-menu-id` is `<menu id>-<key>`).
 */
async function moduleMenuKeys(page: Page): Promise<string[]> {
  const menu = page.locator('.ant-menu-horizontal').first();
  await menu.waitFor({ timeout: 30_000 });
  const ids = await menu
    .locator('[data-menu-id]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-menu-id') ?? ''));
  return [...new Set(ids.map((id) => /-(\/.*)$/.exec(id)?.[1]).filter((key) => key !== undefined))];
}

/**
 * What the page fetched: every string the servers answered (GraphQL and the sign-in's JSON), records' own data,
 * which stays as written in any language (a township's name, a business's, a case's 案由) — anything else Chinese
 * on the page is UI text; and whether the network is quiet. A route drawn inside the loaded shell is no navigation
 * to Playwright, whose `networkidle` was reached long before, so quiet is judged here as it judges it: no request
 * in flight for 500 ms, and every answer read.
 */
function watchNetwork(page: Page): { text: () => string; quiet: () => Promise<void> } {
  const strings = new Set<string>();
  const inFlight = new Set<unknown>();
  const reading = new Set<Promise<void>>();
  let lastActivity = Date.now();
  const collect = (value: unknown) => {
    if (typeof value === 'string') strings.add(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  page.on('request', (request) => {
    inFlight.add(request);
    lastActivity = Date.now();
  });
  const ended = (request: unknown) => {
    inFlight.delete(request);
    lastActivity = Date.now();
  };
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  page.on('response', (response) => {
    if (!(response.headers()['content-type'] ?? '').includes('json')) return;
    const read = response.json().then(collect, () => {});
    reading.add(read);
    void read.finally(() => reading.delete(read));
  });
  return {
    text: () => [...strings].join('\n'),
    quiet: async () => {
      // The page may not have asked for anything yet: a route drawn gets 500 ms to start its requests.
      lastActivity = Date.now();
      const deadline = lastActivity + 10_000;
      while (Date.now() < deadline && (inFlight.size > 0 || reading.size > 0 || Date.now() - lastActivity < 500)) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

async function chineseOnScreen(page: Page, data: string): Promise<string[]> {
  const text = await page.evaluate(() => {
    const placeholders = [...document.querySelectorAll('input[placeholder], textarea[placeholder]')].map(
      (e) => (e as HTMLInputElement).placeholder,
    );
    const selects = [...document.querySelectorAll('.ant-select-placeholder')].map((e) => e.textContent ?? '');
    return [document.body.innerText, ...placeholders, ...selects].join('\n');
  });
  const runs = new Set(text.match(HAN_RUN) ?? []);
  // Who is signed in: a name from the token's claims, data like a record's.
  const user = await page
    .getByTestId('current-user')
    .textContent()
    .catch(() => '');
  for (const run of user?.match(HAN_RUN) ?? []) runs.delete(run);
  // The language switch offers Chinese in its own name.
  runs.delete('中文');
  return [...runs].filter((run) => !data.includes(run));
}

/** Waits until the page has drawn what it asked the gateway for. */
async function settle(page: Page, network: { quiet: () => Promise<void> }) {
  await network.quiet();
  await page
    .locator('.ant-spin-spinning, .ant-skeleton-active')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => {});
  await page.waitForTimeout(300);
}

describe('the platform in English', { timeout: 600_000 }, () => {
  let browser: Browser;
  let network: ReturnType<typeof watchNetwork>;

  beforeAll(async () => {
    browser = await openBrowser();
    network = watchNetwork(browser.page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('switches to EN: <html lang> follows, and the choice survives a reload', async () => {
    const { page } = browser;
    await signInThroughShell(page, platform().shellUrl, 'admin', '/?year=2024');
    await page.getByTestId('current-user').waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await page.getByText('EN', { exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload();
    await page.getByTestId('current-user').waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  const found: string[] = [];
  /**
   * Draws a route inside the shell already loaded, as a menu click does (one router for the shell and every
   * remote, following history), instead of loading the shell and its remotes again for each of its 36 routes:
   * the text drawn is the same, and loading a deep link is first-load's and sign-in's concern.
   */
  const visit = async (path: string) => {
    const { page } = browser;
    const here = new URL(page.url());
    if (here.origin !== new URL(platform().shellUrl).origin) {
      await page.goto(new URL(path, platform().shellUrl).toString());
    } else if (`${here.pathname}${here.search}` !== path) {
      await page.evaluate((to) => {
        window.history.pushState(null, '', to);
        window.dispatchEvent(new PopStateEvent('popstate'));
      }, path);
    }
    await settle(page, network);
    const left = await chineseOnScreen(page, network.text());
    if (left.length) found.push(`${path}: ${left.join(' | ')}`);
  };

  it('shows no Chinese UI text on any route of the menus', async () => {
    found.length = 0;
    for (const path of SHELL_PAGES) await visit(path);
    for (const domain of MODULES) {
      await visit(`/${domain}`);
      const keys = await moduleMenuKeys(browser.page);
      expect(keys, `${domain}'s menu`).not.toEqual([]);
      for (const key of keys.filter((k) => k !== '/')) await visit(`/${domain}${key}`);
    }
    expect(found).toEqual([]);
  });

  it('nor on a record of each main list, nor on the paper forms', async () => {
    const { page } = browser;
    found.length = 0;
    for (const [list, print] of [
      ['/entities', false],
      ['/sampling', true],
      ['/enforcement', true],
      ['/training', false],
      ['/publicity/opinions', false],
      ['/risk', false],
      ['/risk/incidents', false],
    ] as const) {
      await visit(list);
      const row = page.locator('.ant-table-tbody tr.ant-table-row').first();
      await row.waitFor({ timeout: 30_000 });
      // A row opens its record by a link in it, or by a click on the row.
      const link = row.locator('a[href]').first();
      await ((await link.count()) ? link : row).click();
      await page.waitForURL((url) => url.pathname !== list, { timeout: 15_000 });
      const record = new URL(page.url()).pathname;
      await visit(record);
      if (print) await visit(`${record}/print`);
    }
    expect(found).toEqual([]);
  });
});
