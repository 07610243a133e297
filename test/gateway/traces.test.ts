import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPort } from '../harness/constants';
import { gql, tokenFor } from '../harness/graphql';
import { startExtra } from '../harness/platform';

/** One span as the OTLP/HTTP JSON exporter sends it, with the service that sent it. */
interface Span {
  service: string;
  scope: string;
  name: string;
  kind: number;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  attributes: Record<string, unknown>;
}

const SERVER = 2;

/**
 * An OTLP/HTTP receiver in the test process: the JSON encoding (OTEL_EXPORTER_OTLP_PROTOCOL=http/json), so the
 * test reads the export with JSON.parse instead of decoding protobuf.
 */
function otlpReceiver() {
  const spans: Span[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      if (req.url === '/v1/traces') spans.push(...decode(body));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  return {
    spans,
    listen: (port: number) => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve)),
    url: () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

type AnyValue = { stringValue?: string; intValue?: number | string; boolValue?: boolean; doubleValue?: number };
type KeyValue = { key: string; value: AnyValue };

function decode(body: string): Span[] {
  const attributes = (list: KeyValue[] = []) =>
    Object.fromEntries(
      list.map(({ key, value }) => [key, value.stringValue ?? value.intValue ?? value.boolValue ?? value.doubleValue]),
    );
  const request = JSON.parse(body) as {
    resourceSpans: {
      resource: { attributes: KeyValue[] };
      scopeSpans: { scope: { name: string }; spans: (Omit<Span, 'attributes'> & { attributes: KeyValue[] })[] }[];
    }[];
  };
  return request.resourceSpans.flatMap((resourceSpans) => {
    const service = String(attributes(resourceSpans.resource.attributes)['service.name']);
    return resourceSpans.scopeSpans.flatMap(({ scope, spans }) =>
      spans.map((span) => ({
        service,
        scope: scope.name,
        name: span.name,
        kind: span.kind,
        traceId: span.traceId,
        spanId: span.spanId,
        parentSpanId: span.parentSpanId || undefined,
        attributes: attributes(span.attributes),
      })),
    );
  });
}

/**
 * A gateway and the two subgraphs a query of businesses with their samples touches, as processes of the test's own
 * with tracing on: the query must come back as one trace, from the gateway's spans through each subgraph's server
 * span down to the SQL statements each ran, every span linked to its parent.
 */
describe('traces across the graph', { timeout: 120_000 }, () => {
  const receiver = otlpReceiver();
  const GATEWAY = testPort(4140);
  const ENTITIES = testPort(4141);
  const SAMPLING = testPort(4142);
  let processes: ReturnType<typeof startExtra>[] = [];

  beforeAll(async () => {
    await receiver.listen(testPort(4149));
    const tracing = {
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url(),
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      // Batches every 100 ms instead of 5 s, so the test waits for spans as long as it must and no longer.
      OTEL_BSP_SCHEDULE_DELAY: '100',
    };
    processes = [
      startExtra('subgraph', 'entities', ENTITIES, tracing),
      startExtra('subgraph', 'sampling', SAMPLING, tracing),
      startExtra('gateway', 'gateway', GATEWAY, {
        ...tracing,
        ENTITIES_PORT: String(ENTITIES),
        SAMPLING_PORT: String(SAMPLING),
      }),
    ];
    await Promise.all(processes.map((p) => p.ready()));
  });
  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop()));
    await receiver.close();
  });

  it('follows one federated query from the gateway to each subgraph and its SQL', async () => {
    const gatewayUrl = `http://127.0.0.1:${GATEWAY}`;
    const token = await tokenFor('officer', gatewayUrl);
    const result = await gql<{ entities: { nodes: { id: string; samples: { totalCount: number } | null }[] } }>(
      { token },
      'query TracedEntitiesWithSamples { entities(first: 3) { nodes { id name samples(first: 2) { totalCount nodes { id } } } } }',
      {},
      gatewayUrl,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.entities.nodes.length).toBe(3);

    const trace = await waitForTrace(receiver.spans, (spans) => {
      const services = new Set(spans.filter((s) => s.attributes['db.system.name']).map((s) => s.service));
      return services.has('entities') && services.has('sampling');
    });
    const byId = new Map(trace.map((span) => [span.spanId, span]));
    const ancestors = (span: Span) => {
      const chain: Span[] = [];
      for (
        let at = span.parentSpanId && byId.get(span.parentSpanId);
        at;
        at = at.parentSpanId && byId.get(at.parentSpanId)
      )
        chain.push(at);
      return chain;
    };

    // The gateway's own spans: @apollo/gateway's request, plan and one fetch per subgraph.
    const gatewaySpans = trace.filter((s) => s.service === 'gateway');
    const names = gatewaySpans.map((s) => s.name);
    for (const name of ['gateway.request', 'gateway.plan', 'gateway.execute']) expect(names).toContain(name);
    const fetches = gatewaySpans.filter((s) => s.name === 'gateway.fetch');
    expect(new Set(fetches.map((s) => s.attributes.service))).toEqual(new Set(['entities', 'sampling']));

    for (const subgraph of ['entities', 'sampling']) {
      // Its server span's parent is the gateway's HTTP call, made inside the fetch for that subgraph.
      const servers = trace.filter((s) => s.service === subgraph && s.kind === SERVER);
      expect(servers.length, `${subgraph} server spans`).toBeGreaterThan(0);
      for (const server of servers) {
        const chain = ancestors(server);
        expect(chain[0]?.service).toBe('gateway');
        expect(chain[0]?.scope).toBe('@opentelemetry/instrumentation-undici');
        expect(chain.find((s) => s.name === 'gateway.fetch')?.attributes.service).toBe(subgraph);
        expect(chain.map((s) => s.name)).toContain('gateway.request');
      }
      // Every statement it ran for the query sits under one of those server spans.
      const statements = trace.filter((s) => s.service === subgraph && s.attributes['db.system.name']);
      expect(statements.length, `${subgraph} SQL spans`).toBeGreaterThan(0);
      for (const statement of statements) {
        expect(servers).toContain(ancestors(statement)[0]);
        expect(String(statement.attributes['db.query.text'])).toMatch(/^\s*select\b/i);
      }
    }
  });
});

/** The spans of the first trace that holds a `gateway.request` and satisfies `complete`, waiting up to 15 s. */
async function waitForTrace(spans: Span[], complete: (trace: Span[]) => boolean): Promise<Span[]> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const root = spans.find((s) => s.name === 'gateway.request');
    const trace = root ? spans.filter((s) => s.traceId === root.traceId) : [];
    if (root && complete(trace)) return trace;
    if (Date.now() > deadline) {
      throw new Error(
        `no complete trace in 15 s; spans received: ${spans.map((s) => `${s.service}:${s.name}`).join(', ')}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
