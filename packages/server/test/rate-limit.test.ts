import { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clientAddress,
  createLockout,
  createLogger,
  createMemoryStore,
  createRateLimiter,
  type HttpApp,
  RateLimitedError,
  rateLimitSettingsFromEnv,
  serveGraphQL,
} from '../src';

function clock(start = 1_000_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe('createRateLimiter', () => {
  it('allows `limit` hits per window and key, then refuses with the seconds left until the window ends', async () => {
    const c = clock();
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000, now: c.now });
    for (let i = 0; i < 3; i++) expect((await limiter.hit('a')).allowed).toBe(true);
    c.advance(20_500);
    const refused = await limiter.hit('a');
    expect(refused).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 40 });
    // Another key has its own window.
    expect((await limiter.hit('b')).allowed).toBe(true);
    c.advance(39_499);
    expect((await limiter.hit('a')).retryAfterSeconds).toBe(1);
    c.advance(1);
    // The window ended: a fresh one starts with this hit.
    expect(await limiter.hit('a')).toEqual({ allowed: true, remaining: 2, retryAfterSeconds: 60 });
  });

  it('shares a store between limiters through prefixes, and forgets a key on reset', async () => {
    const c = clock();
    const store = createMemoryStore({ now: c.now });
    const one = createRateLimiter({ limit: 1, windowMs: 1000, store, prefix: 'one:', now: c.now });
    const two = createRateLimiter({ limit: 1, windowMs: 1000, store, prefix: 'two:', now: c.now });
    expect((await one.hit('k')).allowed).toBe(true);
    expect((await two.hit('k')).allowed).toBe(true);
    expect((await one.hit('k')).allowed).toBe(false);
    await one.reset('k');
    expect((await one.hit('k')).allowed).toBe(true);
  });

  it('holds at most maxKeys windows, dropping expired then oldest ones', async () => {
    const c = clock();
    const store = createMemoryStore({ now: c.now, maxKeys: 3 });
    for (const key of ['a', 'b', 'c']) await store.increment(key, 1000);
    c.advance(500);
    await store.increment('d', 1000);
    expect(await store.get('a')).toBeUndefined();
    expect((await store.get('d'))?.count).toBe(1);
    c.advance(600);
    expect(await store.get('b')).toBeUndefined();
  });

  it('refuses nonsense limits', () => {
    expect(() => createRateLimiter({ limit: 0, windowMs: 1000 })).toThrow();
    expect(() => createRateLimiter({ limit: 1, windowMs: 0 })).toThrow();
  });
});

describe('createLockout', () => {
  it('locks a key after maxFailures failures, for lockoutMs, then lets it try again', async () => {
    const c = clock();
    const lockout = createLockout({ maxFailures: 3, lockoutMs: 300_000, windowMs: 600_000, now: c.now });
    expect(await lockout.check('officer')).toEqual({ locked: false, retryAfterSeconds: 0 });
    expect((await lockout.fail('officer')).locked).toBe(false);
    expect((await lockout.fail('officer')).locked).toBe(false);
    expect(await lockout.fail('officer')).toEqual({ locked: true, retryAfterSeconds: 300, failures: 3 });
    c.advance(100_000);
    expect(await lockout.check('officer')).toEqual({ locked: true, retryAfterSeconds: 200 });
    expect((await lockout.check('admin')).locked).toBe(false);
    c.advance(200_000);
    // The lock expired, and the failures that caused it are gone: three more are needed.
    expect((await lockout.check('officer')).locked).toBe(false);
    expect((await lockout.fail('officer')).locked).toBe(false);
  });

  it('forgets failures after a success, and failures older than the window', async () => {
    const c = clock();
    const lockout = createLockout({ maxFailures: 2, lockoutMs: 60_000, windowMs: 10_000, now: c.now });
    await lockout.fail('u');
    await lockout.succeed('u');
    expect((await lockout.fail('u')).locked).toBe(false);
    c.advance(10_000);
    expect((await lockout.fail('u')).failures).toBe(1);
  });
});

describe('rateLimitSettingsFromEnv', () => {
  it('reads the variables, with defaults and 0 meaning off', () => {
    const defaults = rateLimitSettingsFromEnv({});
    expect(defaults).toMatchObject({ signinMaxFailures: 5, signinLockoutSeconds: 900, trustProxy: false });
    expect(defaults.userPerMinute).toBeGreaterThan(0);
    expect(
      rateLimitSettingsFromEnv({
        RATE_LIMIT_USER_PER_MIN: '0',
        RATE_LIMIT_IP_PER_MIN: '30',
        SIGNIN_MAX_FAILURES: '3',
        SIGNIN_LOCKOUT_SECONDS: '60',
        TRUST_PROXY: 'on',
      }),
    ).toEqual({
      userPerMinute: 0,
      addressPerMinute: 30,
      signinMaxFailures: 3,
      signinLockoutSeconds: 60,
      trustProxy: true,
    });
  });

  it('names a malformed variable', () => {
    expect(() => rateLimitSettingsFromEnv({ RATE_LIMIT_IP_PER_MIN: 'lots' })).toThrow(/RATE_LIMIT_IP_PER_MIN/);
    expect(() => rateLimitSettingsFromEnv({ SIGNIN_MAX_FAILURES: '0' })).toThrow(/SIGNIN_MAX_FAILURES/);
  });
});

describe('clientAddress', () => {
  const req = (forwarded?: string) =>
    ({ headers: forwarded ? { 'x-forwarded-for': forwarded } : {}, socket: { remoteAddress: '10.0.0.9' } }) as never;
  it('believes X-Forwarded-For only behind a trusted proxy, taking the hop the proxy appended', () => {
    expect(clientAddress(req('1.2.3.4'), false)).toBe('10.0.0.9');
    expect(clientAddress(req('6.6.6.6, 1.2.3.4'), true)).toBe('1.2.3.4');
    expect(clientAddress(req(), true)).toBe('10.0.0.9');
  });
});

describe('serveGraphQL admit', () => {
  let app: HttpApp;
  beforeAll(async () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000 });
    app = await serveGraphQL({
      name: 'limited',
      port: 0,
      host: '127.0.0.1',
      apollo: new ApolloServer({
        typeDefs: 'type Query { hello: String! }',
        resolvers: { Query: { hello: () => 'hi' } },
      }),
      logger: createLogger('limited'),
      context: async () => ({}),
      admit: async (req) => {
        const result = await limiter.hit(clientAddress(req, false));
        if (!result.allowed) throw new RateLimitedError(result.retryAfterSeconds);
      },
    });
  });
  afterAll(() => app.close());

  it('answers 429 with Retry-After and a RATE_LIMITED GraphQL error once the limit is spent', async () => {
    const call = () =>
      fetch(app.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ hello }' }),
      });
    expect((await call()).status).toBe(200);
    expect((await call()).status).toBe(200);
    const refused = await call();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(59);
    const body = (await refused.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(body.errors[0].message).toMatch(/请求过于频繁/);
    // Other paths are not limited by admit.
    expect((await fetch(app.url.replace('/graphql', '/health'))).status).toBe(200);
  });
});
