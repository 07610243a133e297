import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, tokenFor } from '../harness/graphql';
import { testPort } from '../harness/constants';
import { platform, startExtra } from '../harness/platform';

describe('gateway /health', () => {
  it('is 200 and lists every subgraph as up', async () => {
    const response = await fetch(`${platform().gatewayUrl}/health`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { subgraphs: Record<string, string> };
    for (const domain of platform().domains) expect(body.subgraphs[domain]).toBe('up');
  });
});

/**
 * A gateway and a subgraph of our own (the shared platform stays untouched), then the subgraph is stopped: the
 * gateway must say which subgraph is down, and answer what it still can.
 */
/** A core list (docs/api.md#core-queries) per domain other than entities, to show that their fields still answer. */
const LIST_OF_DOMAIN: Record<string, string> = {
  sampling: 'samples',
  enforcement: 'cases',
  training: 'trainingSessions',
  publicity: 'articles',
};

describe('a subgraph that stops', { timeout: 90_000 }, () => {
  const GATEWAY = testPort(4050);
  const SUBGRAPH = testPort(4051);
  const domain = 'entities';
  let subgraph: ReturnType<typeof startExtra>;
  let gateway: ReturnType<typeof startExtra>;
  beforeAll(async () => {
    subgraph = startExtra('subgraph', domain, SUBGRAPH);
    gateway = startExtra('gateway', 'gateway', GATEWAY, { ENTITIES_PORT: String(SUBGRAPH) });
    await Promise.all([subgraph.ready(), gateway.ready()]);
  });
  afterAll(async () => {
    await Promise.all([gateway?.stop(), subgraph?.stop()]);
  });

  it('makes /health answer 503 naming it, keeps /ready and /live 200, and costs only its own fields', async () => {
    const token = await tokenFor('officer', gateway.url);

    await subgraph.stop();
    const response = await fetch(`${gateway.url}/health`);
    expect(response.status).toBe(503);
    const body = (await response.json()) as { down: string[]; subgraphs: Record<string, string> };
    expect(body.down).toContain(domain);
    expect(body.subgraphs[domain]).toBe('down');
    // The probes an orchestrator acts on stay green: taking the gateway out of rotation would lose every other part.
    expect((await fetch(`${gateway.url}/ready`)).status).toBe(200);
    expect((await fetch(`${gateway.url}/live`)).status).toBe(200);

    // The gateway still answers what it can: `__typename` is its own, another domain's list comes from a subgraph
    // that is up; only `entity` (nullable) is lost, with an error naming the missing subgraph.
    const other = Object.entries(LIST_OF_DOMAIN).find(([name]) => platform().domains.includes(name));
    const otherField = other ? `${other[1]}(first: 1) { totalCount }` : '';
    const result = await gql({ token }, `{ __typename entity(id: "1") { id } ${otherField} }`, {}, gateway.url);
    expect(result.status).toBe(200);
    expect(result.data?.__typename).toBe('Query');
    expect(result.data?.entity).toBeNull();
    if (other) expect(result.data?.[other[1]]?.totalCount).toBeGreaterThan(0);
    expect(result.errors?.map((e) => e.message).join(' ')).toContain(domain);
  });
});
