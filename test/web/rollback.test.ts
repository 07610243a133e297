import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { oidcIssuer } from '@shian/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, openBrowser, signInThroughShell } from '../harness/browser';
import { testPort } from '../harness/constants';
import { platform } from '../harness/platform';
import { addRemoteVersion, type PackedWeb, packTestWeb, type RunningWeb, startWeb } from '../harness/web';

/**
 * Rolling a remote back is pointing the manifest at the version folder that is still there. The packed web holds
 * two versions of the entities remote: the one just built and a previous release (a copy of it whose menu says
 * 主体名录(上一版), so the page shows which one runs). nginx serves the shell against the shared platform's
 * gateway and OpenID provider, under its Content-Security-Policy; the entrypoint's `reload` switches the version.
 */
const PREVIOUS = '0.0.9-previous';
const PREVIOUS_LABEL = '主体名录(上一版)';

describe('rolling a remote back through the manifest', { timeout: 120_000 }, () => {
  let web: PackedWeb;
  let server: RunningWeb;
  let browser: Browser;
  let env: Record<string, string>;

  beforeAll(async () => {
    web = packTestWeb();
    const previous = addRemoteVersion(web, 'entities', PREVIOUS);
    const patched = readdirSync(join(previous, 'assets')).filter((file) => {
      const path = join(previous, 'assets', file);
      const source = readFileSync(path, 'utf8');
      // The minifier writes string literals as template literals.
      if (!file.endsWith('.js') || !source.includes('`主体名录`')) return false;
      writeFileSync(path, source.replaceAll('`主体名录`', `\`${PREVIOUS_LABEL}\``));
      return true;
    });
    expect(patched.length, 'the entities remote has its menu label in a chunk').toBeGreaterThan(0);

    // The shared platform's gateway and OpenID provider, as its own shell is told them.
    env = { GATEWAY_URL: platform().gatewayUrl, AUTH_ISSUER: oidcIssuer(platform().env) };
    [server, browser] = await Promise.all([startWeb(web, testPort(5081), env), openBrowser()]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), server?.stop()]);
    web?.remove();
  });

  it('loads the version the manifest names after a reload, and back again', async () => {
    const { page } = browser;
    const remoteScripts: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/remotes/entities/') && path.endsWith('.js')) remoteScripts.push(path);
    });
    const loadedVersions = () => new Set(remoteScripts.map((path) => path.split('/')[3]));
    const current = web.versions.entities!;

    await signInThroughShell(page, server.url, 'officer', '/entities');
    await page.getByTestId('current-user').getByText('李执法').waitFor({ timeout: 30_000 });
    if (!new URL(page.url()).pathname.startsWith('/entities')) await page.goto(`${server.url}/entities`);
    await page.getByRole('menuitem', { name: '主体名录' }).waitFor({ timeout: 30_000 });
    expect(await page.getByText(PREVIOUS_LABEL).count()).toBe(0);
    expect([...loadedVersions()]).toEqual([current]);

    server.reload({ ...env, ENTITIES_REMOTE_VERSION: PREVIOUS });
    const manifest = (await (await fetch(`${server.url}/remotes.json`)).json()) as any;
    expect(manifest.remotes.entities.entry).toBe(`/remotes/entities/${PREVIOUS}/remoteEntry.js`);
    remoteScripts.length = 0;
    await page.reload();
    await page.getByRole('menuitem', { name: PREVIOUS_LABEL }).waitFor({ timeout: 30_000 });
    expect([...loadedVersions()]).toEqual([PREVIOUS]);

    server.reload(env);
    remoteScripts.length = 0;
    await page.reload();
    await page.getByRole('menuitem', { name: '主体名录' }).waitFor({ timeout: 30_000 });
    expect(await page.getByText(PREVIOUS_LABEL).count()).toBe(0);
    expect([...loadedVersions()]).toEqual([current]);

    // The shell ran whole under its own Content-Security-Policy: nothing refused, nothing broken.
    expect(browser.problems.filter((p) => /Content Security Policy|page error/.test(p))).toEqual([]);
  });
});
