import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, openBrowser, signInThroughShell } from '../harness/browser';
import { startExtra } from '../harness/platform';

/**
 * A shell whose remotes manifest points the entities remote at a port where nothing listens: the module shows an
 * error panel, and the rest of the shell (navigation, other sections, signing out) keeps working.
 */
describe('a remote that does not load', () => {
  const SHELL = 15_050;
  const DEAD = 15_059;
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
    const manifest = await (await fetch(`${shell.url}/remotes.json`)).text();
    expect(manifest).toContain(String(DEAD));

    await signInThroughShell(page, shell.url, 'officer', '/entities');
    await page.getByText('李执法').first().waitFor();
    if (!new URL(page.url()).pathname.startsWith('/entities')) await page.goto(`${shell.url}/entities`);

    const panel = page.getByRole('alert').first();
    await panel.waitFor({ timeout: 20_000 });
    expect(await page.locator('body').innerText()).toMatch(/加载失败|无法加载|模块/);

    // The navigation still works: another section renders (a notice for a domain not deployed yet).
    await page.getByRole('menuitem', { name: /抽检监测/ }).click();
    await page.waitForURL(/\/sampling/);
    expect(await page.locator('body').innerText()).toMatch(/抽检监测/);
    expect(browser.problems.filter((p) => p.startsWith('page error'))).toEqual([]);
  });
});
