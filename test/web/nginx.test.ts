import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPort } from '../harness/constants';
import { type PackedWeb, packTestWeb, type RunningWeb, renderWeb, startWeb } from '../harness/web';

/**
 * The web deployable (`pnpm pack:web`) served by Debian's nginx through its entrypoint, configured as production
 * would be: gateway, issuer and one remote on other origins, a partner allowed to frame the shell.
 */
const ENV = {
  GATEWAY_URL: 'https://api.shian.example.cn/graphql',
  AUTH_ISSUER: 'https://sso.example.cn/realms/shian/',
  SAMPLING_REMOTE_URL: 'https://cdn.example.cn/shian/sampling/0.1.0-abc/',
  WEB_FRAME_ANCESTORS: "'self' https://police.example.cn",
};

describe('the web served by nginx', () => {
  let web: PackedWeb;
  let server: RunningWeb;

  beforeAll(async () => {
    web = packTestWeb();
    server = await startWeb(web, testPort(5080), ENV);
  });
  afterAll(async () => {
    await server?.stop();
    web?.remove();
  });

  const get = (path: string) => fetch(`${server.url}${path}`, { redirect: 'manual' });

  it('writes /remotes.json from the environment, revalidated on every load', async () => {
    const response = await get('/remotes.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const manifest = (await response.json()) as any;
    const entities = web.versions.entities!;
    expect(manifest.gatewayUrl).toBe('https://api.shian.example.cn');
    expect(manifest.oidc).toEqual({
      issuer: 'https://sso.example.cn/realms/shian',
      clientId: 'shian-shell',
      scope: 'openid profile',
    });
    expect(manifest.remotes.entities).toEqual({
      name: 'shian_entities',
      entry: `/remotes/entities/${entities}/remoteEntry.js`,
      url: `/remotes/entities/${entities}`,
      label: '主体与属地',
    });
    expect(manifest.remotes.sampling.entry).toBe('https://cdn.example.cn/shian/sampling/0.1.0-abc/remoteEntry.js');
    expect(Object.keys(manifest.remotes).sort()).toEqual(Object.keys(web.versions).sort());
  });

  it('sends a Content-Security-Policy naming the remotes, the gateway, the issuer and who may frame the shell', async () => {
    const csp = (await get('/')).headers.get('content-security-policy') ?? '';
    const directive = (name: string) =>
      csp
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .find(([key]) => key === name)
        ?.slice(1);
    expect(directive('script-src')).toEqual(["'self'", 'https://cdn.example.cn']);
    expect(directive('connect-src')).toEqual(
      expect.arrayContaining(["'self'", 'https://api.shian.example.cn', 'https://sso.example.cn']),
    );
    expect(directive('frame-ancestors')).toEqual(["'self'", 'https://police.example.cn']);
    expect(directive('object-src')).toEqual(["'none'"]);
  });

  it('revalidates index.html and answers the shell’s routes with it (SPA fallback)', async () => {
    const index = readFileSync(join(web.dir, 'shell', 'index.html'), 'utf8');
    for (const path of ['/', '/index.html', '/entities', '/enforcement/cases/42', '/auth/callback?code=x&state=y']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
      expect(response.headers.get('content-security-policy'), path).toContain('frame-ancestors');
      expect(await response.text(), path).toBe(index);
    }
    // Revalidation is cheap: the page's validator answers 304 while the file is unchanged.
    const etag = (await get('/')).headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await fetch(`${server.url}/entities`, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    // A missing asset is a 404, not the page: a browser must never run index.html as a script.
    expect((await get('/assets/missing-0123abcd.js')).status).toBe(404);
  });

  it('caches the shell’s hashed files for a year, immutable', async () => {
    const index = readFileSync(join(web.dir, 'shell', 'index.html'), 'utf8');
    const scripts = [...index.matchAll(/(?:src|href)="(\/[^"]+\.js)"/g)].map((match) => match[1]!);
    // The entry and its preloads: assets/…, and the federation plugin's remoteEntry-<hash>.js beside index.html.
    expect(scripts.length).toBeGreaterThan(3);
    expect(scripts.some((path) => !path.startsWith('/assets/'))).toBe(true);
    for (const path of scripts) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('content-type'), path).toMatch(/javascript/);
    }
  });

  it('serves each remote under its version: fixed names revalidated, hashed chunks immutable, CORS open', async () => {
    const base = `/remotes/entities/${web.versions.entities}`;
    for (const file of ['remoteEntry.js', 'mf-manifest.json', 'version.json']) {
      const response = await get(`${base}/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('cache-control'), file).toBe('no-cache');
      expect(response.headers.get('access-control-allow-origin'), file).toBe('*');
    }
    const version = (await (await get(`${base}/version.json`)).json()) as { version: string };
    expect(version.version).toBe(web.versions.entities);
    // Built for http://localhost:5001/; packed to find its files wherever this folder is served.
    const manifest = (await (await get(`${base}/mf-manifest.json`)).json()) as any;
    expect(manifest.metaData.publicPath).toBe('auto');
    expect(manifest.metaData.buildInfo.buildVersion).toBe(web.versions.entities);

    const entry = await (await get(`${base}/remoteEntry.js`)).text();
    const chunk = /["'](?:\.\/)?(assets\/[^"']+\.js)["']/.exec(entry)?.[1];
    expect(chunk, 'remoteEntry.js names a hashed chunk').toBeDefined();
    const response = await get(`${base}/${chunk}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect((await get(`${base}/assets/missing-0123abcd.js`)).status).toBe(404);
  });

  it('keeps a stable address for partners’ pages that follows the manifest', async () => {
    const response = await get('/remotes/enforcement/current/embed.js');
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(`/remotes/enforcement/${web.versions.enforcement}/embed.js`);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect((await get(response.headers.get('location')!)).status).toBe(200);
  });

  it('refuses to start on a version that is not there, or a value that would break the config', () => {
    const missing = renderWeb(web, { ENTITIES_REMOTE_VERSION: '0.0.1-gone' });
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toContain('ENTITIES_REMOTE_VERSION=0.0.1-gone');
    expect(missing.stderr).toContain(web.versions.entities);
    const injected = renderWeb(web, { WEB_FRAME_ANCESTORS: "'self'; script-src *" });
    expect(injected.status).not.toBe(0);
    expect(injected.stderr).toContain('WEB_FRAME_ANCESTORS');
  });
});
