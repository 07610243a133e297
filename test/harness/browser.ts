import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Console errors and failed requests seen so far, for failure messages. */
  problems: string[];
  close: () => Promise<void>;
}

/**
 * Debian's Chromium with a fresh profile. A missing browser is a failure, never a skip: `npm test` installs it.
 */
export async function openBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: run \`apt-get install -y chromium\` (npm test does this as root)`,
    );
  }
  const profile = mkdtempSync(join(tmpdir(), 'shian-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    locale: 'zh-CN',
    viewport: { width: 1440, height: 900 },
  });
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`),
  );
  return {
    context,
    page,
    problems,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Signs in the way a person does: the shell sends the visitor to the OpenID provider's page (用户名, 密码, 登录),
 * which sends them back to the shell's callback and on to `path`. When the provider still has this browser's session
 * (signed in earlier in the same profile), it sends them straight back without its page. antd spaces two-character
 * button labels ("登 录"); the provider's page does not.
 */
export async function signInThroughShell(page: Page, shellUrl: string, username: string, path = '/') {
  await page.goto(new URL(path, shellUrl).toString());
  const field = page.getByLabel('用户名');
  const signedIn = page.getByTestId('current-user');
  await field.or(signedIn).first().waitFor({ timeout: 30_000 });
  if (!(await field.isVisible())) return;
  await field.fill(username);
  await page.getByLabel('密码').fill('shian-demo');
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

/**
 * Every JavaScript file the page downloads from now on, once each (by URL), with its gzip size (level 9, as the
 * bundle budgets count it).
 */
export function recordScripts(page: Page): Map<string, number> {
  const scripts = new Map<string, number>();
  page.on('response', async (response) => {
    const url = new URL(response.url());
    if (!url.pathname.endsWith('.js') || response.status() !== 200 || scripts.has(url.href)) return;
    const body = await response.body().catch(() => undefined);
    if (body) scripts.set(url.href, gzipSync(body, { level: 9 }).length);
  });
  return scripts;
}
