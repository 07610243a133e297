import { ApolloServer } from '@apollo/server';
import { createLogger, createMetrics, type HttpApp, serveGraphQL } from '@shian/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAULT_DEFAULTS } from '../src/faults';
import { gatewayFetchMetrics } from '../src/metrics';
import { createSubgraphTransport } from '../src/subgraphs';

/** The transport's fetches and breakers as Prometheus sees them: one answering subgraph, one that refuses. */
describe('subgraph fetch metrics', () => {
  let up: HttpApp;
  const metrics = createMetrics('gateway-test', { processMetrics: false });
  const transport = createSubgraphTransport({ ...FAULT_DEFAULTS, breakerFailures: 2 }, gatewayFetchMetrics(metrics));

  beforeAll(async () => {
    const logger = createLogger('up', { LOG_LEVEL: 'silent' });
    up = await serveGraphQL({
      name: 'up',
      port: 0,
      host: '127.0.0.1',
      apollo: new ApolloServer({
        typeDefs: 'type Query { ping: String }',
        resolvers: { Query: { ping: () => 'pong' } },
      }),
      context: async () => ({}),
      logger,
    });
  });
  afterAll(async () => {
    await up.close();
    await transport.close();
  });

  const init = (plan: string) => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-shian-fetch-plan': plan },
    body: JSON.stringify({ query: '{ ping }' }),
  });
  const value = (text: string, name: string, labels: string) =>
    Number(
      text
        .split('\n')
        .find((line) => line.startsWith(`${name}{`) && labels.split(',').every((label) => line.includes(label)))
        ?.split(' ')
        .at(-1),
    );

  it('times fetches by subgraph and outcome, counts retries, and shows each breaker state', async () => {
    const fetchUp = transport.fetcherFor('up');
    const fetchDown = transport.fetcherFor('down');
    const answered = await fetchUp(up.url, init('q:0') as never);
    expect(answered.status).toBe(200);
    // Port 9 (discard) on loopback refuses: each query fetch fails to connect, is retried once, and two
    // consecutive failures open the breaker, which refuses the next one without trying.
    for (let i = 0; i < 2; i++)
      await expect(fetchDown('http://127.0.0.1:9/graphql', init('q:0') as never)).rejects.toThrow();

    const text = await metrics.registry.metrics();
    expect(value(text, 'shian_gateway_subgraph_fetch_duration_seconds_count', 'subgraph="up",outcome="ok"')).toBe(1);
    expect(
      value(text, 'shian_gateway_subgraph_fetch_duration_seconds_count', 'subgraph="down",outcome="connect_failure"'),
    ).toBe(2);
    expect(
      value(text, 'shian_gateway_subgraph_fetch_duration_seconds_count', 'subgraph="down",outcome="breaker_open"'),
    ).toBe(1);
    expect(value(text, 'shian_gateway_subgraph_retries_total', 'subgraph="down"')).toBe(1);
    expect(value(text, 'shian_gateway_breaker_state', 'subgraph="down",state="open"')).toBe(1);
    expect(value(text, 'shian_gateway_breaker_state', 'subgraph="down",state="closed"')).toBe(0);
    expect(value(text, 'shian_gateway_breaker_state', 'subgraph="up",state="closed"')).toBe(1);
  });
});
