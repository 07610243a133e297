import { Writable } from 'node:stream';
import { ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMetrics, type HttpApp, propagationHeaders, RateLimitedError, serveGraphQL, traceIdOf } from '../src';

const typeDefs = `type Query { hello(phone: String): String!  fail: String  hops: String }`;
interface Ctx {
  identity?: { username: string; role: string };
}

/** A pino logger writing into an array, so that the test reads the very lines production writes. */
function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const text of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(text));
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

describe('metrics and access log of serveGraphQL', () => {
  let app: HttpApp;
  const { logger, lines } = capturedLogger();

  beforeAll(async () => {
    const apollo = new ApolloServer<Ctx>({
      typeDefs,
      resolvers: {
        Query: {
          hello: () => '你好',
          fail: () => {
            throw new GraphQLError('不行', { extensions: { code: 'FORBIDDEN' } });
          },
          // What the gateway's data sources send on to a subgraph, read inside the request.
          hops: () => JSON.stringify(propagationHeaders()),
        },
      },
      allowBatchedHttpRequests: true,
    });
    app = await serveGraphQL<Ctx>({
      name: 'observed',
      port: 0,
      host: '127.0.0.1',
      apollo,
      logger,
      metrics: createMetrics('observed', { knownOperations: ['Trusted'], maxOperations: 2, token: 'scrape-me' }),
      context: async (req) => {
        if (req.headers.authorization === 'Bearer bad') {
          throw new GraphQLError('令牌无效', { extensions: { code: 'UNAUTHENTICATED' } });
        }
        return { identity: { username: 'officer', role: 'officer' } };
      },
      admit: (req) => {
        if (req.headers['x-flood']) throw new RateLimitedError(3);
      },
    });
  });
  afterAll(() => app.close());

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer good', ...headers },
      body: JSON.stringify(body),
    });
  const scrape = async () => {
    const res = await fetch(app.url.replace('/graphql', '/metrics'), {
      headers: { authorization: 'Bearer scrape-me' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    return res.text();
  };
  const sample = (text: string, name: string, labels: Record<string, string>) => {
    const line = text.split('\n').find((candidate) => {
      if (!candidate.startsWith(`${name}{`)) return false;
      return Object.entries(labels).every(([key, value]) => candidate.includes(`${key}="${value}"`));
    });
    return line === undefined ? undefined : Number(line.split(' ').at(-1));
  };
  const accessLines = () => lines.filter((line) => line.msg === 'request');

  it('counts and times operations by name, anonymous ones as such, and errors by code', async () => {
    await post({ query: 'query Trusted { hello }' });
    await post({ query: 'query Trusted { hello }' });
    await post({ query: '{ hello }' });
    await post({ query: 'query Failing { fail }' });
    const text = await scrape();
    expect(sample(text, 'shian_graphql_operations_total', { operation: 'Trusted', outcome: 'ok' })).toBe(2);
    expect(sample(text, 'shian_graphql_operations_total', { operation: 'anonymous', type: 'query' })).toBe(1);
    expect(sample(text, 'shian_graphql_operations_total', { operation: 'Failing', outcome: 'error' })).toBe(1);
    expect(sample(text, 'shian_graphql_errors_total', { operation: 'Failing', code: 'FORBIDDEN' })).toBe(1);
    expect(sample(text, 'shian_graphql_operation_duration_seconds_count', { operation: 'Trusted' })).toBe(2);
    expect(sample(text, 'shian_http_request_duration_seconds_count', { route: '/graphql', status: '200' })).toBe(4);
    expect(text).toContain('service="observed"');
    // prom-client's process metrics
    expect(text).toMatch(/^process_cpu_user_seconds_total\{/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds\{/m);
  });

  it('caps client-chosen names: past the limit they are "other"; a planned fetch counts under its operation', async () => {
    // 'Failing' took one of the two free places; 'Second' takes the last; 'Third' is over.
    await post({ query: 'query Second { hello }' });
    await post({ query: 'query Third { hello }' });
    await post({ query: 'query Trusted__entities__0 { hello }' });
    const text = await scrape();
    expect(sample(text, 'shian_graphql_operations_total', { operation: 'Second' })).toBe(1);
    expect(sample(text, 'shian_graphql_operations_total', { operation: 'Third' })).toBeUndefined();
    expect(sample(text, 'shian_graphql_operations_total', { operation: 'other' })).toBe(1);
    expect(sample(text, 'shian_graphql_operations_total', { operation: 'Trusted', outcome: 'ok' })).toBe(3);
  });

  it('refuses a scrape without the metrics token when one is set', async () => {
    expect((await fetch(app.url.replace('/graphql', '/metrics'))).status).toBe(401);
  });

  it('counts 429s as rate-limit refusals', async () => {
    const res = await post({ query: '{ hello }' }, { 'x-flood': '1' });
    expect(res.status).toBe(429);
    const text = await scrape();
    expect(sample(text, 'shian_rate_limited_total', { route: '/graphql' })).toBe(1);
    const line = accessLines().at(-1);
    expect(line).toMatchObject({ status: 429, errors: ['RATE_LIMITED'] });
  });

  it('logs one line per request with the request id, trace id, caller, operation, status and codes', async () => {
    const before = accessLines().length;
    const res = await post(
      { query: 'query Trusted($phone: String) { hello(phone: $phone) }', variables: { phone: '13912345678' } },
      { 'x-request-id': 'req-from-proxy-0001', traceparent },
    );
    expect(res.headers.get('x-request-id')).toBe('req-from-proxy-0001');
    const refused = await post({ query: '{ hello }' }, { authorization: 'Bearer bad' });
    expect(refused.status).toBe(401);
    const logged = accessLines().slice(before);
    expect(logged).toHaveLength(2);
    expect(logged[0]).toMatchObject({
      level: 30,
      reqId: 'req-from-proxy-0001',
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      method: 'POST',
      path: '/graphql',
      status: 200,
      user: 'officer',
      role: 'officer',
      operation: 'Trusted',
    });
    expect(typeof logged[0]?.ms).toBe('number');
    expect(logged[1]).toMatchObject({ status: 401, errors: ['UNAUTHENTICATED'] });
    expect(logged[1]?.reqId).toBe(refused.headers.get('x-request-id'));
    const text = JSON.stringify(lines);
    expect(text).not.toContain('13912345678');
    expect(text).not.toContain('Bearer');
  });

  it('names every operation of a batch on its one line', async () => {
    const before = accessLines().length;
    await post([{ query: 'query Trusted { hello }' }, { query: 'query Failing { fail }' }]);
    expect(accessLines().slice(before)).toMatchObject([{ operation: 'Trusted,Failing', errors: ['FORBIDDEN'] }]);
  });

  it('replaces an unsafe incoming request id and passes the ids on to the next hop', async () => {
    const res = await post({ query: '{ hops }' }, { 'x-request-id': 'x\ty"injected', traceparent });
    const id = res.headers.get('x-request-id') ?? '';
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const { data } = (await res.json()) as { data: { hops: string } };
    expect(JSON.parse(data.hops)).toEqual({ 'x-request-id': id, traceparent });
  });

  it('lets a browser send a request id and a traceparent, and read the request id', async () => {
    const preflight = await fetch(app.url, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5000', 'access-control-request-headers': 'x-request-id, traceparent' },
    });
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/X-Request-Id.*traceparent/);
    const res = await post({ query: '{ hello }' }, { origin: 'http://localhost:5000' });
    expect(res.headers.get('access-control-expose-headers')).toBe('X-Request-Id');
  });

  it('logs probes at debug only, unless they fail', async () => {
    const before = accessLines().length;
    await fetch(app.url.replace('/graphql', '/health'));
    await fetch(app.url.replace('/graphql', '/nowhere'));
    const logged = accessLines().slice(before);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ status: 404 });
    expect(logged[0]?.path).toBeUndefined();
  });

  it("reads a traceparent's trace id, refusing malformed and all-zero ones", () => {
    expect(traceIdOf(traceparent)).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(traceIdOf('00-00000000000000000000000000000000-00f067aa0ba902b7-01')).toBeUndefined();
    expect(traceIdOf('garbage')).toBeUndefined();
  });
});
