import { DEMO_PASSWORD, DEMO_USERS, signToken } from '@shian/auth';
import type { HttpApp } from '@shian/server';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeSupergraph, type Gateway, startGateway } from '../src';
import { ALPHA_SDL, BETA_SDL, startFixture } from './fixtures';
import { PRODUCTION_ENV, PRODUCTION_SECRET } from './production-env';

const officer = DEMO_USERS.find((u) => u.username === 'officer')!;
const deepQuery = (depth: number) => `{ things { ${'parent { '.repeat(depth - 2)}id${' }'.repeat(depth - 2)} } }`;

async function gql(gateway: Gateway, query: string, token?: string) {
  const res = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: (await res.json()) as any };
}

const messages = (body: { errors?: { message: string }[] }) => body.errors?.map((e) => e.message) ?? [];
const endpoint = (gateway: Gateway, path: string) => gateway.url.replace('/graphql', path);

async function signIn(gateway: Gateway, username: string, password: string) {
  return fetch(endpoint(gateway, '/auth/token'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
}

describe('gateway in development mode', () => {
  let alpha: HttpApp;
  let beta: HttpApp;
  let gateway: Gateway;
  let token: string;

  beforeAll(async () => {
    [alpha, beta] = await Promise.all([startFixture('alpha'), startFixture('beta')]);
    const { supergraphSdl } = composeSupergraph([
      { name: 'alpha', url: 'http://localhost:1/graphql', typeDefs: ALPHA_SDL },
      { name: 'beta', url: beta.url, typeDefs: BETA_SDL },
    ]);
    // alpha's URL in the supergraph is wrong on purpose: subgraphUrls must win.
    gateway = await startGateway({
      port: 0,
      host: '127.0.0.1',
      supergraphSdl,
      subgraphUrls: { alpha: alpha.url },
      env: { NODE_ENV: 'development' },
    });
    const res = await signIn(gateway, 'officer', DEMO_PASSWORD);
    token = ((await res.json()) as { token: string }).token;
  });

  afterAll(async () => {
    await Promise.all([gateway?.close(), alpha?.close(), beta?.close()]);
  });

  it('issues tokens to demo users', async () => {
    const res = await signIn(gateway, 'officer', DEMO_PASSWORD);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toEqual({ token: expect.any(String), expiresIn: expect.any(Number) });
  });

  it('refuses bad credentials with a Chinese message', async () => {
    const res = await signIn(gateway, 'officer', 'wrong');
    expect(res.status).toBe(401);
    expect((await res.json()).error).toBe('用户名或密码错误');
    const missing = await fetch(endpoint(gateway, '/auth/token'), { method: 'POST', body: '{}' });
    expect(missing.status).toBe(400);
  });

  it('answers a federated query across both subgraphs', async () => {
    const { status, body } = await gql(gateway, '{ things { id name score } }', token);
    expect(status).toBe(200);
    expect(body).toEqual({
      data: {
        things: [
          { id: '1', name: '一号', score: 10 },
          { id: '2', name: '二号', score: 20 },
        ],
      },
    });
  });

  it('reuses keep-alive connections to subgraphs', async () => {
    let connections = 0;
    const count = () => connections++;
    alpha.server.on('connection', count);
    try {
      for (let i = 0; i < 5; i++) await gql(gateway, '{ things { id } }', token);
    } finally {
      alpha.server.off('connection', count);
    }
    expect(connections).toBeLessThanOrEqual(1);
  });

  it('forwards the Authorization header to every subgraph', async () => {
    const { body } = await gql(gateway, '{ whoami betaEcho }', token);
    expect(body.data).toEqual({ whoami: `Bearer ${token}`, betaEcho: `Bearer ${token}` });
  });

  it('refuses anonymous operations with one UNAUTHENTICATED error', async () => {
    const { status, body } = await gql(gateway, '{ things { id } }');
    expect(status).toBe(401);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(body.errors[0].message).toMatch(/登录/);
  });

  it('refuses expired and forged tokens', async () => {
    const expired = (await signToken(officer, { expiresIn: -60 })).token;
    const late = await gql(gateway, '{ things { id } }', expired);
    expect(late.status).toBe(401);
    expect(late.body.errors).toHaveLength(1);
    expect(late.body.errors[0]).toMatchObject({
      message: '令牌已过期,请重新登录',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const forged = (await signToken(officer, { secret: 'not-the-secret' })).token;
    const bad = await gql(gateway, '{ things { id } }', forged);
    expect(bad.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token from its exp on, though it was accepted (and its verification reused) before', async () => {
    const { token: shortLived } = await signToken(officer, { expiresIn: 2 });
    expect((await gql(gateway, '{ things { id } }', shortLived)).status).toBe(200);
    expect((await gql(gateway, '{ things { id } }', shortLived)).status).toBe(200);
    const exp = (JSON.parse(Buffer.from(shortLived.split('.')[1]!, 'base64url').toString()) as { exp: number }).exp;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, exp * 1000 - Date.now()) + 20));
    const late = await gql(gateway, '{ things { id } }', shortLived);
    expect(late.status).toBe(401);
    expect(late.body.errors[0]).toMatchObject({ message: '令牌已过期,请重新登录' });
    // The same claims under another signature are verified on their own, not matched to the accepted token.
    const [header, payload] = token.split('.');
    const resigned = `${header}.${payload}.${Buffer.from('not the signature').toString('base64url')}`;
    expect((await gql(gateway, '{ things { id } }', resigned)).status).toBe(401);
  });

  it('allows introspection without a token outside production', async () => {
    const { status, body } = await gql(gateway, '{ __schema { queryType { name } } }');
    expect(status).toBe(200);
    expect(body.data.__schema.queryType.name).toBe('Query');
    // …but not an introspection mixed with real fields.
    const mixed = await gql(gateway, '{ __typename things { id } }');
    expect(mixed.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('lets the standard introspection query through the limits', async () => {
    const { body } = await gql(gateway, getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(body.errors).toBeUndefined();
    expect(body.data.__schema.types.length).toBeGreaterThan(5);
  });

  it('refuses a 30-deep query and accepts a 10-deep one', async () => {
    const deep = await gql(gateway, deepQuery(30), token);
    expect(deep.body.data).toBeUndefined();
    expect(messages(deep.body)).toContain('查询嵌套层级过深(上限 15 层)');
    const ofTypes = `{ __schema { types { ${'ofType { '.repeat(28)}name${' }'.repeat(28)} } } }`;
    const deepIntrospection = await gql(gateway, ofTypes);
    expect(messages(deepIntrospection.body)).toContain('查询嵌套层级过深(上限 15 层)');
    const fine = await gql(gateway, deepQuery(10), token);
    expect(fine.body.errors).toBeUndefined();
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: whoami`).join(' ');
    const { body } = await gql(gateway, `{ ${aliases} }`, token);
    expect(messages(body)).toEqual(['查询别名过多(上限 30 个)']);
  });

  it('lets a page of 100 rows through the cost limit, but not a list of lists', async () => {
    const wide = await gql(gateway, '{ things(first: 100) { id name score parent { id name } } }', token);
    expect(wide.body.errors).toBeUndefined();
    const nested = await gql(gateway, '{ things(first: 100) { siblings(first: 100) { id name } } }', token);
    expect(messages(nested.body)).toContain('查询过于复杂,请减少列表条数或字段后再试');
  });

  it('runs small batches and refuses batches over 10', async () => {
    const batch = (n: number) =>
      fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(Array.from({ length: n }, () => ({ query: '{ whoami }' }))),
      });
    const ok = await batch(2);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toHaveLength(2);
    expect((await batch(11)).status).toBe(400);
  });

  it('reports health of every subgraph', async () => {
    const res = await fetch(endpoint(gateway, '/health'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: 'ok',
      subgraphs: { alpha: 'up', beta: 'up' },
      breakers: { alpha: 'closed', beta: 'closed' },
    });
  });

  describe('with beta down', () => {
    beforeAll(() => beta.close());

    it('answers /health 503 naming it', async () => {
      const res = await fetch(endpoint(gateway, '/health'));
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({
        status: 'degraded',
        down: ['beta'],
        subgraphs: { alpha: 'up', beta: 'down' },
        breakers: { alpha: 'closed', beta: 'closed' },
      });
    });

    it('answers the rest of a query, with an error naming the subgraph', async () => {
      const { status, body } = await gql(gateway, '{ things { id name score } whoami }', token);
      expect(status).toBe(200);
      expect(body.data).toEqual({
        things: [
          { id: '1', name: '一号', score: null },
          { id: '2', name: '二号', score: null },
        ],
        whoami: `Bearer ${token}`,
      });
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0].message).toBe('子图 beta 不可用');
      expect(body.errors[0].extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'beta' });
    });
  });
});

/** Production runs only trusted operations: these are the ones the tests below send (see trusted.test.ts). */
const PRODUCTION_OPERATIONS = Object.fromEntries(
  ['{ __schema { queryType { name } } }', deepQuery(30), '{ things { id } }'].map((query, i) => [`op${i}`, query]),
);

describe('gateway in production mode', () => {
  let alpha: HttpApp;
  let beta: HttpApp;
  let supergraphSdl: string;
  let gateway: Gateway;

  beforeAll(async () => {
    [alpha, beta] = await Promise.all([startFixture('alpha'), startFixture('beta')]);
    supergraphSdl = composeSupergraph([
      { name: 'alpha', url: alpha.url, typeDefs: ALPHA_SDL },
      { name: 'beta', url: beta.url, typeDefs: BETA_SDL },
    ]).supergraphSdl;
    gateway = await startGateway({
      port: 0,
      host: '127.0.0.1',
      supergraphSdl,
      env: PRODUCTION_ENV,
      trustedOperations: PRODUCTION_OPERATIONS,
    });
  });

  afterAll(async () => {
    await Promise.all([gateway?.close(), alpha?.close(), beta?.close()]);
  });

  it('has no development identity provider', async () => {
    expect((await signIn(gateway, 'officer', DEMO_PASSWORD)).status).toBe(404);
  });

  it('refuses introspection, even with a token and trusted', async () => {
    const token = (await signToken(officer, { secret: PRODUCTION_SECRET })).token;
    const anonymous = await gql(gateway, '{ __schema { queryType { name } } }');
    expect(anonymous.body.data).toBeUndefined();
    const signed = await gql(gateway, '{ __schema { queryType { name } } }', token);
    expect(signed.body.data).toBeUndefined();
    expect(signed.body.errors[0].message).toMatch(/introspection/i);
  });

  it('refuses a 30-deep query, even a trusted one', async () => {
    const token = (await signToken(officer, { secret: PRODUCTION_SECRET })).token;
    const { body } = await gql(gateway, deepQuery(30), token);
    expect(body.data).toBeUndefined();
    expect(messages(body)).toContain('查询嵌套层级过深(上限 15 层)');
  });

  it('refuses to start with the development identity provider (AUTH_DEV_IDP=on), naming it', async () => {
    await expect(
      startGateway({
        port: 0,
        host: '127.0.0.1',
        supergraphSdl,
        env: { ...PRODUCTION_ENV, AUTH_DEV_IDP: 'on' },
        trustedOperations: PRODUCTION_OPERATIONS,
      }),
    ).rejects.toThrow('AUTH_DEV_IDP');
  });
});
