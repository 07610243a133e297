import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartnerDemoServer, departmentTokens, partnerCredentials, partnerDemoConfig } from '../server';

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

  it('holds each department’s client credentials, from the environment with development defaults', () => {
    const credentials = partnerCredentials({ IDP_PORT: '14400', PARTNER_POLICE_CLIENT_SECRET: 's3cret' });
    expect(credentials.issuer).toBe('http://localhost:14400');
    expect(credentials.clients.police).toEqual({ clientId: 'partner-police', clientSecret: 's3cret' });
    expect(credentials.clients.education).toEqual({
      clientId: 'partner-education',
      clientSecret: 'education-development-secret',
    });
  });

  it('buys a department token with client credentials at the token endpoint the issuer names', async () => {
    const requests: { url: string; init?: RequestInit }[] = [];
    const fakeFetch = (async (url: string, init?: RequestInit) => {
      requests.push({ url, init });
      if (url.endsWith('/.well-known/openid-configuration'))
        return Response.json({ token_endpoint: 'http://idp.test/token' });
      return Response.json({ access_token: 'a.b.c', expires_in: 900, token_type: 'Bearer' });
    }) as typeof fetch;
    const tokens = departmentTokens(partnerCredentials({ AUTH_ISSUER: 'http://idp.test' }), fakeFetch);
    expect(await tokens('education')).toEqual({ token: 'a.b.c', expiresIn: 900 });
    await tokens('education');
    expect(requests.map((r) => r.url)).toEqual([
      'http://idp.test/.well-known/openid-configuration',
      'http://idp.test/token',
      'http://idp.test/token',
    ]);
    const auth = new Headers(requests[1]!.init!.headers).get('authorization')!;
    expect(Buffer.from(auth.replace('Basic ', ''), 'base64').toString()).toBe(
      'partner-education:education-development-secret',
    );
    expect(String(requests[1]!.init!.body)).toBe('grant_type=client_credentials');
  });

  const server = createPartnerDemoServer({ gatewayUrl: 'http://gw', moduleUrl: 'http://m/embed.js' }, async (d) => ({
    token: `token-of-${d}`,
    expiresIn: 900,
  }));
  let base = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers the probes /live and /ready', async () => {
    for (const probe of ['/live', '/ready']) expect((await fetch(`${base}${probe}`)).status, probe).toBe(200);
  });

  it('serves the page, its script and config.json, and nothing outside public/', async () => {
    const page = await fetch(`${base}/`);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('id="enforcement-module"');
    expect((await fetch(`${base}/partner.js`)).headers.get('content-type')).toContain('javascript');
    expect(await (await fetch(`${base}/config.json`)).json()).toEqual({
      gatewayUrl: 'http://gw',
      moduleUrl: 'http://m/embed.js',
    });
    expect(await (await fetch(`${base}/partner-token?department=agriculture`)).json()).toEqual({
      token: 'token-of-agriculture',
      expiresIn: 900,
    });
    expect((await fetch(`${base}/partner-token?department=leader`)).status).toBe(400);
    // The page asks for no password: the token comes from this server.
    expect(await (await fetch(`${base}/`)).text()).not.toContain('type="password"');
    expect((await fetch(`${base}/../server.ts`)).status).toBe(404);
    expect((await fetch(`${base}/%2e%2e/package.json`)).status).toBe(404);
  });
});
