import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { createLogger, type HttpApp, serveGraphQL } from '@shian/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../src/context';
import { type GatewayClient, httpGatewayClient } from '../src/gateway-client';

const OPERATION = 'query ShianTestCase($id: ID!) { case(id: $id) { id } }';
const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
const log = createLogger('gateway-client-test');

/**
 * A subgraph's call back through the gateway must carry the request id and trace context of the request it serves,
 * or the gateway logs and traces it as a request of its own. The served side is @shian/server's serveGraphQL (which
 * opens the request record the kit's subgraphs run in); the gateway is a stand-in that keeps the headers it got.
 */
describe('httpGatewayClient passes on the served request’s ids', () => {
  const received: http.IncomingHttpHeaders[] = [];
  let gatewayServer: http.Server;
  let gateway: GatewayClient;
  let subgraph: HttpApp;

  beforeAll(async () => {
    gatewayServer = http.createServer((req, res) => {
      received.push(req.headers);
      req.resume();
      req.on('end', () => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ data: { case: { id: 'C1' } } }));
      });
    });
    await new Promise<void>((resolve) => gatewayServer.listen(0, '127.0.0.1', resolve));
    gateway = httpGatewayClient(`http://127.0.0.1:${(gatewayServer.address() as AddressInfo).port}/graphql`);

    const apollo = new ApolloServer<Context>({
      typeDefs: 'type Query { linked(id: ID!): Boolean! }',
      resolvers: {
        Query: {
          linked: async (_root: unknown, { id }: { id: string }, ctx: Context) =>
            Boolean((await gateway.run<{ case: unknown }>(ctx, OPERATION, { id })).data?.case),
        },
      },
    });
    subgraph = await serveGraphQL<Context>({
      name: 'gateway-client-test',
      port: 0,
      host: '127.0.0.1',
      apollo,
      logger: log,
      context: async (req) => ({ authorization: req.headers.authorization, log }) as unknown as Context,
    });
  });

  afterAll(async () => {
    await subgraph?.close();
    await gateway?.close();
    await new Promise<void>((resolve) => gatewayServer.close(() => resolve()));
  });

  const ask = (headers: Record<string, string>) =>
    fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer caller-token', ...headers },
      body: JSON.stringify({ query: '{ linked(id: "C1") }' }),
    });

  it('sends the incoming x-request-id and traceparent with the caller’s token', async () => {
    received.length = 0;
    const response = await ask({ 'x-request-id': 'browser-request-0001', traceparent: TRACEPARENT });
    expect(await response.json()).toEqual({ data: { linked: true } });
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({
      'x-request-id': 'browser-request-0001',
      traceparent: TRACEPARENT,
      authorization: 'Bearer caller-token',
    });
  });

  it('sends the id the subgraph gave a request that came without one, and no trace it was not given', async () => {
    received.length = 0;
    const response = await ask({});
    expect(await response.json()).toEqual({ data: { linked: true } });
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(received[0]?.['x-request-id']).toBe(id);
    expect(received[0]?.traceparent).toBeUndefined();
  });

  it('sends no request id when called outside a served request', async () => {
    received.length = 0;
    const ctx = { authorization: 'Bearer caller-token', log } as unknown as Context;
    expect((await gateway.run(ctx, OPERATION, { id: 'C1' })).data).toEqual({ case: { id: 'C1' } });
    expect(received[0]?.authorization).toBe('Bearer caller-token');
    expect(received[0]?.['x-request-id']).toBeUndefined();
  });
});
