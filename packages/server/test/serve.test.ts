import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, type HttpApp, readJsonBody, sendJson, serveGraphQL } from '../src';

const typeDefs = `type Query { hello: String!  whoami: String  slow(ms: Int!): Int! }`;
interface Ctx {
  user?: string;
}

async function start(extra: Partial<Parameters<typeof serveGraphQL<Ctx>>[0]> = {}): Promise<HttpApp> {
  const apollo = new ApolloServer<Ctx>({
    typeDefs,
    resolvers: {
      Query: {
        hello: () => '你好',
        whoami: (_p, _a, ctx) => ctx.user ?? null,
        slow: (_p, { ms }: { ms: number }) => new Promise((r) => setTimeout(() => r(ms), ms)),
      },
    },
    allowBatchedHttpRequests: true,
  });
  return serveGraphQL<Ctx>({
    name: 'test',
    port: 0,
    host: '127.0.0.1',
    apollo,
    logger: createLogger('test'),
    context: async (req) => {
      if (req.headers.authorization === 'Bearer bad') {
        throw new GraphQLError('令牌无效', { extensions: { code: 'UNAUTHENTICATED' } });
      }
      return { user: req.headers.authorization?.slice(7) };
    },
    routes: {
      '/echo': async (req, res) => sendJson(res, 200, { got: await readJsonBody(req) }),
    },
    ...extra,
  });
}

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('serveGraphQL', () => {
  let app: HttpApp;
  beforeAll(async () => {
    app = await start();
  });
  afterAll(() => app.close());

  it('answers POST and GET on /graphql', async () => {
    const res = await post(app.url, { query: '{ hello }' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { hello: '你好' } });
    const get = await fetch(`${app.url}?query=${encodeURIComponent('{ hello }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(await get.json()).toEqual({ data: { hello: '你好' } });
  });

  it('passes the request to the context function', async () => {
    const res = await post(app.url, { query: '{ whoami }' }, { authorization: 'Bearer alice' });
    expect(await res.json()).toEqual({ data: { whoami: 'alice' } });
  });

  it('answers a GraphQLError thrown by the context as a GraphQL error with its HTTP status', async () => {
    const res = await post(app.url, { query: '{ hello }' }, { authorization: 'Bearer bad' });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
    const body = await res.json();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]).toMatchObject({ message: '令牌无效', extensions: { code: 'UNAUTHENTICATED' } });
    expect(body.errors[0].extensions.http).toBeUndefined();
  });

  it('serves routes, a default /health, and 404 elsewhere', async () => {
    const echo = await post(app.url.replace('/graphql', '/echo'), { a: 1 });
    expect(await echo.json()).toEqual({ got: { a: 1 } });
    const health = await fetch(app.url.replace('/graphql', '/health'));
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', name: 'test' });
    const missing = await fetch(app.url.replace('/graphql', '/nope'));
    expect(missing.status).toBe(404);
  });

  it('refuses bodies over 1 MB and malformed JSON', async () => {
    const big = await post(app.url, { query: `{ hello } # ${'x'.repeat(1024 * 1024)}` });
    expect(big.status).toBe(413);
    const bad = await post(app.url, '{nope');
    expect(bad.status).toBe(400);
  });

  it('caps batched operations', async () => {
    const ok = await post(
      app.url,
      Array.from({ length: 10 }, () => ({ query: '{ hello }' })),
    );
    expect(ok.status).toBe(200);
    expect(await ok.json()).toHaveLength(10);
    const tooMany = await post(
      app.url,
      Array.from({ length: 11 }, () => ({ query: '{ hello }' })),
    );
    expect(tooMany.status).toBe(400);
  });

  it('answers CORS preflight and echoes the Origin', async () => {
    const pre = await fetch(app.url, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5000',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('http://localhost:5000');
    expect(pre.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    expect(pre.headers.get('access-control-allow-headers')).toMatch(/Content-Type/);
    const res = await post(app.url, { query: '{ hello }' }, { origin: 'http://localhost:5001' });
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5001');
  });

  it('keeps connections alive', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const sockets = new Set<unknown>();
    for (let i = 0; i < 3; i++) {
      await new Promise<void>((resolve, reject) => {
        const req = http.request(
          app.url,
          { method: 'POST', agent, headers: { 'content-type': 'application/json' } },
          (res) => {
            sockets.add(res.socket);
            res.resume();
            res.on('end', resolve);
          },
        );
        req.on('error', reject);
        req.end(JSON.stringify({ query: '{ hello }' }));
      });
    }
    expect(sockets.size).toBe(1);
    agent.destroy();
  });
});

describe('CORS_ORIGINS', () => {
  it('allows only the listed origins', async () => {
    const app = await start({ corsOrigins: ['http://localhost:5000'] });
    try {
      const allowed = await post(app.url, { query: '{ hello }' }, { origin: 'http://localhost:5000' });
      expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:5000');
      const other = await post(app.url, { query: '{ hello }' }, { origin: 'http://evil.example' });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await app.close();
    }
  });
});

describe('close', () => {
  it('lets in-flight requests finish, then refuses new connections', async () => {
    const app = await start();
    const inFlight = post(app.url, { query: '{ slow(ms: 300) }' });
    await new Promise((r) => setTimeout(r, 50));
    const closed = app.close();
    const res = await inFlight;
    expect(await res.json()).toEqual({ data: { slow: 300 } });
    await closed;
    await expect(post(app.url, { query: '{ hello }' })).rejects.toThrow();
  });
});

describe('signals', () => {
  it("leaves SIGINT/SIGTERM to shutdownOnSignals, removing Apollo's own handlers", async () => {
    const before = [process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')];
    const app = await serveGraphQL({
      name: 'signals',
      port: 0,
      host: '127.0.0.1',
      apollo: new ApolloServer({ typeDefs, resolvers: {}, stopOnTerminationSignals: true }),
      context: async () => ({}),
      logger: createLogger('signals'),
    });
    try {
      expect([process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')]).toEqual(before);
    } finally {
      await app.close();
    }
  });
});
