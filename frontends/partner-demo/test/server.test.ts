import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartnerDemoServer, partnerDemoConfig } from '../server';

describe('the partner demo server', () => {
  it('points the page at the gateway and the enforcement module, from the environment', () => {
    expect(partnerDemoConfig({})).toEqual({
      gatewayUrl: 'http://localhost:4000',
      moduleUrl: 'http://localhost:5003/embed.js',
    });
    expect(partnerDemoConfig({ GATEWAY_PORT: '14000', ENFORCEMENT_REMOTE_PORT: '15003' })).toEqual({
      gatewayUrl: 'http://localhost:14000',
      moduleUrl: 'http://localhost:15003/embed.js',
    });
    expect(
      partnerDemoConfig({
        GATEWAY_URL: 'https://api.example.cn/graphql',
        ENFORCEMENT_REMOTE_URL: 'https://ui.example.cn/enforcement/remoteEntry.js',
      }),
    ).toEqual({ gatewayUrl: 'https://api.example.cn', moduleUrl: 'https://ui.example.cn/enforcement/embed.js' });
  });

  const server = createPartnerDemoServer({ gatewayUrl: 'http://gw', moduleUrl: 'http://m/embed.js' });
  let base = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('serves the page, its script and config.json, and nothing outside public/', async () => {
    const page = await fetch(`${base}/`);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('id="enforcement-module"');
    expect((await fetch(`${base}/partner.js`)).headers.get('content-type')).toContain('javascript');
    expect(await (await fetch(`${base}/config.json`)).json()).toEqual({
      gatewayUrl: 'http://gw',
      moduleUrl: 'http://m/embed.js',
    });
    expect((await fetch(`${base}/../server.ts`)).status).toBe(404);
    expect((await fetch(`${base}/%2e%2e/package.json`)).status).toBe(404);
  });
});
