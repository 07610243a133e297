import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPort } from '../harness/constants';
import { gql, signIn, tokenFor } from '../harness/graphql';
import { platform, startExtra } from '../harness/platform';

const COST_REFUSED = '查询过于复杂,请减少列表条数或字段后再试';

/**
 * `first` passed as a variable used to escape the cost limit (armor counts literals only): a page of entities with a
 * page of samples each, 100 × 100, must be refused whichever way `first` is written, before any subgraph is asked.
 */
describe('the cost limit', () => {
  const nested = (first: string) =>
    `entities(first: ${first}) { nodes { id samples(first: ${first}) { totalCount nodes { id foodName } } } }`;

  it('refuses a list of lists whose first is a variable, as it refuses the literal one', async () => {
    if (!platform().domains.includes('sampling')) return;
    const literal = await gql({ as: 'officer' }, `{ ${nested('100')} }`);
    const variable = await gql({ as: 'officer' }, `query Nested($n: Int) { ${nested('$n')} }`, { n: 100 });
    const defaulted = await gql({ as: 'officer' }, `query Nested($n: Int = 100) { ${nested('$n')} }`);
    for (const refused of [literal, variable, defaulted]) {
      expect(refused.status).toBe(400);
      expect(refused.data ?? undefined).toBeUndefined();
      expect(refused.errors?.map((e) => e.message)).toEqual([COST_REFUSED]);
    }
    const small = await gql({ as: 'officer' }, `query Nested($n: Int) { ${nested('$n')} }`, { n: 3 });
    expect(small.errors).toBeUndefined();
    expect(small.data?.entities.nodes).toHaveLength(3);
  });
});

/** A gateway of our own with low limits: the shared platform's are raised for the suite (harness/constants.ts). */
describe('rate limits under a burst', { timeout: 90_000 }, () => {
  const PORT = testPort(4070);
  let gateway: ReturnType<typeof startExtra>;
  beforeAll(async () => {
    gateway = startExtra('gateway', 'gateway', PORT, {
      RATE_LIMIT_USER_PER_MIN: '20',
      RATE_LIMIT_IP_PER_MIN: '50',
      SIGNIN_MAX_FAILURES: '3',
      SIGNIN_LOCKOUT_SECONDS: '30',
    });
    await gateway.ready();
  });
  afterAll(async () => {
    await gateway?.stop();
  });

  const burst = async (token: string, n: number) =>
    Promise.all(
      Array.from({ length: n }, async () => {
        const response = await fetch(`${gateway.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: '{ __typename }' }),
        });
        const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
        return { status: response.status, retryAfter: response.headers.get('retry-after'), body };
      }),
    );

  it('answers 429 with Retry-After past the per-user limit, then past the per-address limit', async () => {
    const [officer, admin] = await Promise.all([tokenFor('officer', gateway.url), tokenFor('admin', gateway.url)]);

    const first = await burst(officer, 30);
    expect(first.filter((r) => r.status === 200)).toHaveLength(20);
    const refused = first.filter((r) => r.status === 429);
    expect(refused).toHaveLength(10);
    for (const r of refused) {
      expect(Number(r.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(Number(r.retryAfter)).toBeLessThanOrEqual(60);
      expect(r.body.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
      expect(r.body.errors?.[0].message).toBe('请求过于频繁,请稍后再试');
    }

    // Another user from the same address: its own 20, but the address has only 20 of its 50 left.
    const second = await burst(admin, 30);
    expect(second.filter((r) => r.status === 200)).toHaveLength(20);
    expect(second.filter((r) => r.status === 429 && Number(r.retryAfter) >= 1)).toHaveLength(10);
  });

  it('locks sign-in out after failed attempts, the right password included', async () => {
    const attempt = (password: string) => signIn('township', password, gateway.url);
    expect((await attempt('wrong-1')).status).toBe(401);
    expect((await attempt('wrong-2')).status).toBe(401);
    const locking = await attempt('wrong-3');
    expect(locking.status).toBe(429);
    expect(Number(locking.headers.get('retry-after'))).toBeGreaterThan(0);
    const right = await attempt('shian-demo');
    expect(right.status).toBe(429);
    expect(((await right.json()) as { error: string }).error).toBe('登录失败次数过多,请稍后再试');
  });
});
