import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPort } from '../harness/constants';
import { gql, tokenFor } from '../harness/graphql';
import { platform, startExtra } from '../harness/platform';

/**
 * kill -9 of a subgraph, with real processes: a gateway and a sampling subgraph of our own (the shared platform is
 * untouched). While it is dead, queries that touch it fail fast naming it and the others answer; restarted, it is
 * answered again through the same gateway within 5 s, without restarting the gateway.
 */
describe('a subgraph killed and restarted', { timeout: 120_000 }, () => {
  const GATEWAY = testPort(4060);
  const SUBGRAPH = testPort(4061);
  const domain = 'sampling';
  const touching = '{ samples(first: 1) { totalCount } }';
  const notTouching = '{ entities(first: 1) { totalCount } }';
  let subgraph: ReturnType<typeof startExtra>;
  let gateway: ReturnType<typeof startExtra>;
  let token: string;

  beforeAll(async () => {
    subgraph = startExtra('subgraph', domain, SUBGRAPH);
    gateway = startExtra('gateway', 'gateway', GATEWAY, { SAMPLING_PORT: String(SUBGRAPH) });
    await Promise.all([subgraph.ready(), gateway.ready()]);
    token = await tokenFor('officer', gateway.url);
  });
  afterAll(async () => {
    await Promise.all([gateway?.stop(), subgraph?.stop()]);
  });

  const timed = async (query: string) => {
    const started = Date.now();
    const result = await gql({ token }, query, {}, gateway.url);
    return { ...result, ms: Date.now() - started };
  };

  it('answers /live and /ready on the gateway and the subgraph', async () => {
    for (const url of [gateway.url, subgraph.url]) {
      expect((await fetch(`${url}/live`)).status).toBe(200);
      expect((await fetch(`${url}/ready`)).status).toBe(200);
    }
    const answered = await timed(touching);
    expect(answered.errors).toBeUndefined();
    expect(answered.data?.samples?.totalCount).toBeGreaterThan(0);
  });

  it('fails fast, naming it, on the queries that touch it; the others answer; back within 5 s of its restart', async () => {
    if (!platform().domains.includes(domain)) return;
    // kill -9 of the copy's process group (pnpm, node): no graceful close, its sockets die with it.
    process.kill(-subgraph.pid, 'SIGKILL');
    await subgraph.exited;

    const failures = [];
    for (let i = 0; i < 10; i++) {
      const [dead, alive] = await Promise.all([timed(touching), timed(notTouching)]);
      expect(alive.errors).toBeUndefined();
      expect(alive.data?.entities?.totalCount).toBeGreaterThan(0);
      failures.push(dead);
    }
    for (const failure of failures) {
      expect(failure.status).toBe(200);
      expect(failure.errors?.[0]?.message).toContain(`子图 ${domain}`);
      expect(failure.errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: domain });
      // At most the one retry's pause: no connection timeout waited out.
      expect(failure.ms).toBeLessThan(1_000);
    }
    // The breaker opened: the last ones were refused without trying.
    expect(failures.at(-1)?.errors?.[0]?.message).toBe(`子图 ${domain} 暂不可用`);
    const health = (await (await fetch(`${gateway.url}/health`)).json()) as Record<string, any>;
    expect(health.down).toContain(domain);
    expect(health.breakers[domain]).toMatch(/open/);
    // A subgraph down does not take the gateway out of rotation.
    expect((await fetch(`${gateway.url}/ready`)).status).toBe(200);

    subgraph = startExtra('subgraph', domain, SUBGRAPH);
    await subgraph.ready();
    const restarted = Date.now();
    let answered: Awaited<ReturnType<typeof timed>> | undefined;
    while (Date.now() - restarted < 10_000) {
      answered = await timed(touching);
      if (!answered.errors) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const after = Date.now() - restarted;
    expect(answered?.errors).toBeUndefined();
    expect(answered?.data?.samples?.totalCount).toBeGreaterThan(0);
    expect(after).toBeLessThan(5_000);
    console.info(`sampling answered through the same gateway ${after} ms after its restart answered /health`);
  });
});
