import { PLANNED_DOMAINS } from '@shian/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, openBrowser, signInThroughShell } from '../harness/browser';
import { testPort } from '../harness/constants';
import { startExtra } from '../harness/platform';

/**
 * A shell whose remotes manifest points the entities remote at a port where nothing listens: the module shows an
 * error panel, and the rest of the shell (navigation, other sections, signing out) keeps working.
 */
describe('a remote that does not load', { timeout: 60_000 }, () => {
  const SHELL = testPort(5050);
  const DEAD = testPort(5059);
  let shell: ReturnType<typeof startExtra>;
  let browser: Browser;

  beforeAll(async () => {
    shell = startExtra('shell', 'shell', SHELL, { ENTITIES_REMOTE_URL: `http://127.0.0.1:${DEAD}/` });
    [browser] = await Promise.all([openBrowser(), shell.ready()]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), shell?.stop()]);
  });

  it('keeps the shell working with an error panel for that module', async () => {
    const { page } = browser;
    const manifest = (await (await fetch(`${shell.url}/remotes.json`)).json()) as {
      remotes: Record<string, { entry: string }>;
    };
    expect(manifest.remotes.entities?.entry).toContain(String(DEAD));

    await signInThroughShell(page, shell.url, 'officer', '/entities');
    await page.getByTestId('current-user').getByText('李执法').waitFor();
    if (!new URL(page.url()).pathname.startsWith('/entities')) await page.goto(`${shell.url}/entities`);

    // The shell gives a remote 15 s to load before it shows the panel.
    const panel = page.getByText('「主体与属地」模块加载失败');
    await panel.waitFor({ timeout: 25_000 });
    await page.getByRole('alert').first().waitFor();
    await page.getByRole('button', { name: /重\s*试/ }).waitFor();

    // The rest of the shell keeps working: the home page, another section, signing out.
    await page.getByRole('menuitem', { name: '首页' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await panel.waitFor({ state: 'detached' });

    const undeployed = PLANNED_DOMAINS.find((section) => !manifest.remotes[section.name]);
    if (undeployed) {
      await page.getByRole('menuitem', { name: undeployed.label }).click();
      await page.waitForURL(new RegExp(`/${undeployed.name}`));
      await page.getByTestId('module-not-deployed').waitFor();
    }
    // Signing out ends the identity provider's session too: signing in again asks for the password.
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByText('您已退出登录').waitFor();
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByLabel('用户名').waitFor();
    expect(browser.problems.filter((p) => p.startsWith('page error'))).toEqual([]);
  });
});
