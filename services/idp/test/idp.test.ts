import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { createVerifier, DEVELOPMENT_SECRET } from '@shian/auth';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEVELOPMENT_PARTNER_SECRET, type Idp, startIdp } from '../src';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Enough of a browser for the code flow: keeps cookies, follows nothing by itself. */
function browser(base: string) {
  const jar = new Map<string, string>();
  return async (path: string, init: RequestInit = {}) => {
    const response = await fetch(new URL(path, base), {
      ...init,
      redirect: 'manual',
      headers: {
        ...(init.headers as Record<string, string>),
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
      },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair!.indexOf('=');
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    return response;
  };
}

const REDIRECT = 'http://127.0.0.1:15000/auth/callback';

describe('the development OpenID provider', () => {
  let idp: Idp;
  let issuer: string;
  beforeAll(async () => {
    const port = await freePort();
    idp = await startIdp({
      env: { IDP_PORT: String(port), IDP_PARTNER_TOKEN_TTL: '120', SIGNIN_MAX_FAILURES: '3' },
    });
    issuer = idp.issuer;
  }, 30_000);
  afterAll(() => idp?.close());

  const verify = () => createVerifier({ secret: DEVELOPMENT_SECRET, oidcIssuer: issuer });

  async function authorize(get: ReturnType<typeof browser>, challenge: string) {
    const query = new URLSearchParams({
      client_id: 'shian-shell',
      redirect_uri: REDIRECT,
      response_type: 'code',
      scope: 'openid profile',
      code_challenge: challenge,
      code_challenge_method: 'S256',
      state: 'state-1',
    });
    const start = await get(`/auth?${query}`);
    expect(start.status).toBe(303);
    return start.headers.get('location')!;
  }

  it('answers the probes /live and /ready', async () => {
    for (const probe of ['/live', '/ready']) expect((await fetch(`${issuer}${probe}`)).status, probe).toBe(200);
  });

  it('publishes its discovery document and keys', async () => {
    const discovery = await (await fetch(`${issuer}/.well-known/openid-configuration`)).json();
    expect(discovery.issuer).toBe(issuer);
    expect(discovery.code_challenge_methods_supported).toEqual(['S256']);
    expect(discovery.grant_types_supported).toEqual(
      expect.arrayContaining(['authorization_code', 'client_credentials']),
    );
    const jwks = await (await fetch(discovery.jwks_uri)).json();
    expect(jwks.keys[0]).toMatchObject({ kty: 'EC', alg: 'ES256' });
    expect(jwks.keys[0].d).toBeUndefined();
  });

  it('signs a person in through its own page (用户名, 密码, 登录) with PKCE, and its token verifies', async () => {
    const get = browser(issuer);
    const verifier = randomBytes(32).toString('base64url');
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const interaction = await authorize(get, challenge);
    const page = await get(interaction);
    const html = await page.text();
    for (const text of ['用户名', '密码', '登录']) expect(html).toContain(text);
    const action = /action="([^"]+)"/.exec(html)![1]!;

    const wrong = await get(action, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: 'township', password: 'nope' }),
    });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('用户名或密码错误');

    const login = await get(action, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: 'township', password: 'shian-demo' }),
    });
    expect(login.status).toBe(303);
    let location = login.headers.get('location')!;
    while (!location.startsWith(REDIRECT)) {
      const next = await get(location);
      expect([302, 303]).toContain(next.status);
      location = next.headers.get('location')!;
    }
    const callback = new URL(location);
    expect(callback.searchParams.get('state')).toBe('state-1');
    const code = callback.searchParams.get('code')!;

    const exchange = (codeVerifier: string) =>
      fetch(`${issuer}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://127.0.0.1:15000' },
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          code,
          redirect_uri: REDIRECT,
          client_id: 'shian-shell',
          code_verifier: codeVerifier,
        }),
      });
    expect((await exchange(randomBytes(32).toString('base64url'))).status).toBe(400);
    const tokens = await (await exchange(verifier)).json();
    expect(tokens.token_type).toBe('Bearer');
    expect(decodeJwt(tokens.access_token)).toMatchObject({ iss: issuer, aud: 'shian', role: 'township' });
    expect(await verify()(tokens.access_token)).toEqual({
      username: 'township',
      name: '张监管',
      role: 'township',
      townshipId: '511902001',
    });
  });

  it('refuses a redirect to anywhere but a loopback callback', async () => {
    const query = new URLSearchParams({
      client_id: 'shian-shell',
      redirect_uri: 'https://evil.example/auth/callback',
      response_type: 'code',
      scope: 'openid',
      code_challenge: 'x'.repeat(43),
      code_challenge_method: 'S256',
    });
    const response = await fetch(`${issuer}/auth?${query}`, { redirect: 'manual' });
    expect(response.status).toBe(400);
  });

  it('gives a partner department’s backend a short-lived department token with client credentials', async () => {
    const token = async (clientId: string, secret: string) =>
      fetch(`${issuer}/token`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`,
        },
        body: new URLSearchParams({ grant_type: 'client_credentials' }),
      });
    const response = await token('partner-police', DEVELOPMENT_PARTNER_SECRET('police'));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.expires_in).toBeLessThanOrEqual(120);
    const claims = decodeJwt(body.access_token);
    expect(claims).toMatchObject({ iss: issuer, aud: 'shian-partner', department: 'police', sub: 'partner-police' });
    expect(claims.exp! - claims.iat!).toBeLessThanOrEqual(15 * 60);
    expect(await verify()(body.access_token)).toMatchObject({ role: 'partner', department: 'police' });

    expect((await token('partner-police', 'wrong-secret')).status).toBe(401);
    expect((await token('partner-police', DEVELOPMENT_PARTNER_SECRET('education'))).status).toBe(401);
    // The shell is a public client: it has no secret and may not use client credentials.
    const shell = await token('shian-shell', '');
    expect(shell.status).toBeGreaterThanOrEqual(400);
    expect((await shell.json()).access_token).toBeUndefined();
  });

  it('locks a username out after repeated failed sign-ins, with 429 and Retry-After', async () => {
    const get = browser(issuer);
    const interaction = await authorize(get, 'y'.repeat(43));
    const action = /action="([^"]+)"/.exec(await (await get(interaction)).text())![1]!;
    const attempt = (password: string) =>
      get(action, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ username: 'officer', password }),
      });
    expect((await attempt('a')).status).toBe(401);
    expect((await attempt('b')).status).toBe(401);
    const third = await attempt('c');
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    // Locked: even the right password is refused now.
    const right = await attempt('shian-demo');
    expect(right.status).toBe(429);
    expect(await right.text()).toContain('登录失败次数过多');
  });
});
