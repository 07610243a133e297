import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD } from '@shian/auth';
import type { HttpApp } from '@shian/server';
import { buildSchema, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeSupergraph, type Gateway, LIMITS, startGateway } from '../src';
import { operationCost } from '../src/cost';
import { collectTrustedManifest } from '../src/trusted';
import { ALPHA_SDL, BETA_SDL, startFixture } from './fixtures';

const here = path.dirname(fileURLToPath(import.meta.url));
const COST_REFUSED = '查询过于复杂,请减少列表条数或字段后再试';

describe('operationCost', () => {
  const schema = buildSchema(`
    type Query { things(first: Int, after: String): ThingConnection!  tags: [String!]!  one: Thing }
    type ThingConnection { totalCount: Int!  nodes: [Thing!]! }
    type Thing { id: ID!  name: String!  children(first: Int): ThingConnection!  labels: [Label!]! }
    type Label { id: ID! }
  `);
  const cost = (query: string, variables: Record<string, unknown> = {}) => {
    const document = parse(query);
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
    return operationCost(schema, document, operation, variables);
  };

  it('names the variables its count read: the values a remembered cost depends on', () => {
    const query =
      'query($n: Int, $m: Int, $after: String) { things(first: $n, after: $after) { nodes { id } } one { id } }';
    const document = parse(query);
    const operation = document.definitions[0] as OperationDefinitionNode;
    const read = new Set<string>();
    operationCost(schema, document, operation, { n: 3, m: 4, after: 'x' }, {}, read);
    expect([...read]).toEqual(['n']);
  });

  it('counts a variable `first` exactly as the same literal', () => {
    const literal = cost('{ things(first: 100) { nodes { id children(first: 100) { nodes { id } } } } }');
    const variable = cost(
      'query($n: Int) { things(first: $n) { nodes { id children(first: $n) { nodes { id } } } } }',
      {
        n: 100,
      },
    );
    expect(variable).toBe(literal);
    expect(literal).toBeGreaterThan(LIMITS.maxCost);
    const declaredDefault = cost(
      'query($n: Int = 100) { things(first: $n) { nodes { id children(first: $n) { nodes { id } } } } }',
    );
    expect(declaredDefault).toBe(literal);
  });

  it('counts a list that takes `first` but has none as a page of 20, and a nested list by its own first', () => {
    const one = cost('{ things(first: 1) { nodes { id } } }');
    expect(cost('{ things { nodes { id } } }')).toBe(one * 20);
    expect(cost('query($n: Int) { things(first: $n) { nodes { id } } }')).toBe(one * 20);
    const nested = (inner: number) =>
      cost(`{ things(first: 10) { nodes { children(first: ${inner}) { nodes { id } } } } }`);
    // The inner list's own first multiplies its part of the cost, and the outer first multiplies that again.
    expect(nested(50)).toBeGreaterThan(nested(5) * 9);
    expect(
      cost('query($m: Int) { things(first: 10) { nodes { children(first: $m) { nodes { id } } } } }', { m: 50 }),
    ).toBe(nested(50));
  });

  it('counts fragments, inline fragments and plain lists as armor does', () => {
    const direct = cost('{ things(first: 5) { nodes { id name } } }');
    const viaFragment = cost('{ things(first: 5) { nodes { ...F } } } fragment F on Thing { id name }');
    expect(viaFragment).toBeGreaterThan(direct);
    const spread = cost(
      'query($n: Int) { things(first: $n) { ...C } } fragment C on ThingConnection { nodes { id } }',
      {
        n: 100,
      },
    );
    expect(spread).toBe(cost('{ things(first: 100) { ...C } } fragment C on ThingConnection { nodes { id } }'));
    // A plain list counts once: one (2) + 1.5 × labels (2 + 1.5 × id 1).
    expect(cost('{ one { labels { id } } }')).toBe(7.25);
    expect(cost('{ __schema { types { name } } }')).toBe(0);
  });

  it('leaves room for every frontend operation at 100 rows a page (every Int variable 100)', () => {
    const schema = buildSchema(readFileSync(path.join(here, '../api-schema.graphql'), 'utf8'));
    const manifest = collectTrustedManifest(path.resolve(here, '../../..'));
    expect(Object.keys(manifest).length).toBeGreaterThan(10);
    for (const text of Object.values(manifest)) {
      const document = parse(text);
      for (const operation of document.definitions) {
        if (operation.kind !== Kind.OPERATION_DEFINITION) continue;
        const variables = Object.fromEntries(
          (operation.variableDefinitions ?? []).map((v) => [v.variable.name.value, 100]),
        );
        const value = operationCost(schema, document, operation, variables);
        expect({ operation: operation.name?.value, over: value > LIMITS.maxCost }).toEqual({
          operation: operation.name?.value,
          over: false,
        });
      }
    }
  });
});

async function post(url: string, body: unknown, token?: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify(body),
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as any };
}

describe('gateway limits', () => {
  let alpha: HttpApp;
  let beta: HttpApp;
  let supergraphSdl: string;
  const gateways: Gateway[] = [];
  const start = async (env: Record<string, string>) => {
    const gateway = await startGateway({
      port: 0,
      host: '127.0.0.1',
      supergraphSdl,
      subgraphUrls: { alpha: alpha.url, beta: beta.url },
      env: { NODE_ENV: 'development', ...env },
    });
    gateways.push(gateway);
    return gateway;
  };
  const signIn = (gateway: Gateway, username: string, password: string) =>
    post(gateway.url.replace('/graphql', '/auth/token'), { username, password });
  const tokenOf = async (gateway: Gateway, username = 'officer') =>
    (await signIn(gateway, username, DEMO_PASSWORD)).body.token as string;

  beforeAll(async () => {
    [alpha, beta] = await Promise.all([startFixture('alpha'), startFixture('beta')]);
    supergraphSdl = composeSupergraph([
      { name: 'alpha', url: alpha.url, typeDefs: ALPHA_SDL },
      { name: 'beta', url: beta.url, typeDefs: BETA_SDL },
    ]).supergraphSdl;
  });
  afterAll(async () => {
    await Promise.all([...gateways.map((g) => g.close()), alpha?.close(), beta?.close()]);
  });

  it('refuses a list of lists whose `first` is a variable, as it refuses the literal one', async () => {
    const gateway = await start({});
    const token = await tokenOf(gateway);
    const literal = await post(
      gateway.url,
      { query: '{ things(first: 100) { siblings(first: 100) { id name } } }' },
      token,
    );
    const variable = await post(
      gateway.url,
      { query: 'query($n: Int) { things(first: $n) { siblings(first: $n) { id name } } }', variables: { n: 100 } },
      token,
    );
    for (const refused of [literal, variable]) {
      expect(refused.status).toBe(400);
      expect(refused.body.data).toBeUndefined();
      expect(refused.body.errors.map((e: { message: string }) => e.message)).toEqual([COST_REFUSED]);
    }
    const small = await post(
      gateway.url,
      { query: 'query($n: Int) { things(first: $n) { siblings(first: $n) { id name } } }', variables: { n: 5 } },
      token,
    );
    expect(small.body.errors).toBeUndefined();
    expect(small.body.data.things).toHaveLength(2);
    // The cost is remembered per operation and page size: the same text is refused again at 100, let through at 5.
    const listOfLists = 'query($n: Int) { things(first: $n) { siblings(first: $n) { id name } } }';
    const again = await post(gateway.url, { query: listOfLists, variables: { n: 100 } }, token);
    expect(again.status).toBe(400);
    const smallAgain = await post(gateway.url, { query: listOfLists, variables: { n: 5 } }, token);
    expect(smallAgain.body.data.things).toHaveLength(2);
  });

  it('answers 429 with Retry-After once a user spends their requests, and counts users apart', async () => {
    const gateway = await start({ RATE_LIMIT_USER_PER_MIN: '3', RATE_LIMIT_IP_PER_MIN: '0' });
    const [officer, admin] = [await tokenOf(gateway), await tokenOf(gateway, 'admin')];
    for (let i = 0; i < 3; i++) expect((await post(gateway.url, { query: '{ whoami }' }, officer)).status).toBe(200);
    const refused = await post(gateway.url, { query: '{ whoami }' }, officer);
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
    expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(refused.body.errors[0].message).toBe('请求过于频繁,请稍后再试');
    expect((await post(gateway.url, { query: '{ whoami }' }, admin)).status).toBe(200);
  });

  it('answers 429 per client address, before a token is even looked at', async () => {
    const gateway = await start({ RATE_LIMIT_IP_PER_MIN: '2' });
    const token = await tokenOf(gateway);
    expect((await post(gateway.url, { query: '{ whoami }' }, token)).status).toBe(200);
    expect((await post(gateway.url, { query: '{ whoami }' }, 'not-a-token')).status).toBe(401);
    const refused = await post(gateway.url, { query: '{ whoami }' }, token);
    expect(refused.status).toBe(429);
    expect(refused.retryAfter).toMatch(/^\d+$/);
    expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    // X-Forwarded-For is not believed without TRUST_PROXY: a forged one does not get a fresh count.
    const forged = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.7' },
      body: JSON.stringify({ query: '{ whoami }' }),
    });
    expect(forged.status).toBe(429);
  });

  it('locks sign-in out after failed attempts, even with the right password, until the lockout expires', async () => {
    const gateway = await start({ SIGNIN_MAX_FAILURES: '3', SIGNIN_LOCKOUT_SECONDS: '1' });
    expect((await signIn(gateway, 'officer', 'wrong-1')).status).toBe(401);
    expect((await signIn(gateway, 'officer', 'wrong-2')).status).toBe(401);
    const third = await signIn(gateway, 'officer', 'wrong-3');
    expect(third.status).toBe(429);
    expect(third.retryAfter).toBe('1');
    expect(third.body.error).toBe('登录失败次数过多,请稍后再试');
    expect((await signIn(gateway, 'officer', DEMO_PASSWORD)).status).toBe(429);
    // The address is locked too: another account from here waits as well.
    expect((await signIn(gateway, 'admin', DEMO_PASSWORD)).status).toBe(429);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await signIn(gateway, 'officer', DEMO_PASSWORD)).status).toBe(200);
  });

  it('lets the generous defaults through a busy page', async () => {
    const gateway = await start({});
    const token = await tokenOf(gateway);
    const statuses = await Promise.all(
      Array.from({ length: 50 }, () => post(gateway.url, { query: '{ whoami }' }, token).then((r) => r.status)),
    );
    expect(new Set(statuses)).toEqual(new Set([200]));
  });
});
