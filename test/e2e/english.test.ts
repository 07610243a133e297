import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, openBrowser, signInThroughShell } from '../harness/browser';
import { platform } from '../harness/platform';

const REPO = new URL('../../', import.meta.url);
const HAN_RUN = /\p{Script=Han}+/gu;

/** The sections of a remote's bureau menu, read from its routes (the first list there is the bureau's). */
function sections(domain: string): string[] {
  const source = readFileSync(new URL(`frontends/${domain}/src/routes.tsx`, REPO), 'utf8');
  const list = /_SECTIONS[^=]*=\s*\[([\s\S]*?)\];/.exec(source)?.[1] ?? '';
  return [...list.matchAll(/key:\s*'([^']*)'/g)].map((m) => m[1]!);
}

/** Every route a leader's menu reaches: the shell's own pages and each module's sections. */
function menuRoutes(): string[] {
  const modules = ['entities', 'sampling', 'enforcement', 'training', 'publicity', 'risk'];
  return [
    '/?year=2024',
    '/inbox',
    '/settings',
    ...modules.flatMap((domain) => sections(domain).map((key) => `/${domain}${key === '/' ? '' : key}`)),
  ];
}

/**
 * Every string the servers answered (GraphQL and the sign-in's JSON): records' own data, which stays as written
 * in any language (a township's name, a business's, a case's 案由). Anything else Chinese on the page is UI text.
 */
function recordData(page: Page): { text: () => string } {
  const strings = new Set<string>();
  const collect = (value: unknown) => {
    if (typeof value === 'string') strings.add(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  page.on('response', async (response) => {
    if (!(response.headers()['content-type'] ?? '').includes('json')) return;
    collect(await response.json().catch(() => undefined));
  });
  return { text: () => [...strings].join('\n') };
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
async function settle(page: Page) {
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
  await page
    .locator('.ant-spin-spinning, .ant-skeleton-active')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => {});
  await page.waitForTimeout(300);
}

describe('the platform in English', { timeout: 600_000 }, () => {
  let browser: Browser;
  let data: { text: () => string };

  beforeAll(async () => {
    browser = await openBrowser();
    data = recordData(browser.page);
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
  const visit = async (path: string) => {
    const { page } = browser;
    await page.goto(new URL(path, platform().shellUrl).toString());
    await settle(page);
    const left = await chineseOnScreen(page, data.text());
    if (left.length) found.push(`${path}: ${left.join(' | ')}`);
  };

  it('shows no Chinese UI text on any route of the menus', async () => {
    found.length = 0;
    for (const path of menuRoutes()) await visit(path);
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
      await page.goto(new URL(list, platform().shellUrl).toString());
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
