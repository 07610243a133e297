import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, openBrowser, signInThroughShell } from '../harness/browser';
import { testPort } from '../harness/constants';
import { startExtra } from '../harness/platform';

/**
 * A remote is deployed on its own: a running shell picks up a changed entry in its remotes manifest on the next page
 * load, with no rebuild and no restart. The shell serves `/remotes.json` from its environment with
 * `SHIAN_REMOTES_FILE` applied on top (read on every request); the test points `entities` at a second remote, a
 * minimal Module Federation container serving a marker, then back.
 */
const MARKER = '主体与属地 · 第二版(替换部署)';

/** An ES module container as the federation runtime loads it: `init` and `get('./App')`. */
const MARKER_ENTRY = `
export async function init() {}
export async function get(expose) {
  if (expose !== './App') throw new Error('no ' + expose);
  return () => ({ default: function MarkerApp() { return ${JSON.stringify(MARKER)}; } });
}
`;

function serveMarker(port: number) {
  const server = http.createServer((req, res) => {
    res.setHeader('access-control-allow-origin', '*');
    if (req.url?.startsWith('/remoteEntry.js')) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      res.end(MARKER_ENTRY);
    } else {
      res.writeHead(404).end();
    }
  });
  return new Promise<http.Server>((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

describe('swapping a remote in the running shell', { timeout: 90_000 }, () => {
  const SHELL = testPort(5060);
  const SECOND = testPort(5069);
  const dir = mkdtempSync(join(tmpdir(), 'shian-remotes-'));
  const file = join(dir, 'remotes.json');
  let shell: ReturnType<typeof startExtra>;
  let marker: http.Server;
  let browser: Browser;

  beforeAll(async () => {
    writeFileSync(file, '{}');
    shell = startExtra('shell', 'shell', SHELL, { SHIAN_REMOTES_FILE: file });
    [browser, marker] = await Promise.all([openBrowser(), serveMarker(SECOND), shell.ready()]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), shell?.stop(), new Promise((r) => (marker ? marker.close(r) : r(null)))]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads the remote the manifest names now, without rebuilding or restarting the shell', async () => {
    const { page } = browser;
    const manifest = async () => (await (await fetch(`${shell.url}/remotes.json`)).json()) as any;
    const original = (await manifest()).remotes.entities.entry as string;

    await signInThroughShell(page, shell.url, 'officer', '/entities');
    await page.getByTestId('current-user').getByText('李执法').waitFor();
    if (!new URL(page.url()).pathname.startsWith('/entities')) await page.goto(`${shell.url}/entities`);
    await page.getByRole('menuitem', { name: '主体名录' }).waitFor({ timeout: 30_000 });

    writeFileSync(
      file,
      JSON.stringify({ remotes: { entities: { entry: `http://127.0.0.1:${SECOND}/remoteEntry.js` } } }),
    );
    expect((await manifest()).remotes.entities.entry).toBe(`http://127.0.0.1:${SECOND}/remoteEntry.js`);
    await page.reload();
    await page.getByText(MARKER).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('menuitem', { name: '主体名录' }).count()).toBe(0);

    writeFileSync(file, '{}');
    expect((await manifest()).remotes.entities.entry).toBe(original);
    await page.reload();
    await page.getByRole('menuitem', { name: '主体名录' }).waitFor({ timeout: 30_000 });
    expect(browser.problems.filter((p) => p.startsWith('page error'))).toEqual([]);
  });
});
