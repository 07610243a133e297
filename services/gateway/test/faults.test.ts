import net from 'node:net';
import { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { DEMO_PASSWORD } from '@shian/auth';
import { createLogger, type HttpApp, serveGraphQL } from '@shian/server';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeSupergraph, startGateway } from '../src';

/**
 * The gateway under faults, against real HTTP subgraphs: `faulty` is reached through a TCP stand-in that can
 * stop listening (connection refused), reset every connection, or accept and never answer, and that counts the
 * connections made to it; `steady` is called directly.
 */
const FAULTY_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { ping: String }
  type Mutation { bump: Int }
`;
const STEADY_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { steady: String }
`;

let bumps = 0;
const RESOLVERS = {
  faulty: { Query: { ping: () => 'pong' }, Mutation: { bump: () => ++bumps } },
  steady: { Query: { steady: () => 'ok' } },
};

async function startStandIn(name: 'faulty' | 'steady'): Promise<HttpApp> {
  const typeDefs = parse(name === 'faulty' ? FAULTY_SDL : STEADY_SDL);
  const schema = buildSubgraphSchema({ typeDefs, resolvers: RESOLVERS[name] as any });
  const logger = createLogger(name, { LOG_LEVEL: 'silent' });
  return serveGraphQL({
    name,
    port: 0,
    host: '127.0.0.1',
    apollo: new ApolloServer({ schema, logger }),
    context: async () => ({}),
    logger,
  });
}

type Mode = 'forward' | 'reset' | 'hang';

/** A TCP stand-in in front of a subgraph: what the gateway sees of a subgraph that dies, resets or hangs. */
class FaultProxy {
  mode: Mode = 'forward';
  connections = 0;
  /** Connections closed by the gateway while the stand-in was hanging on them (an aborted fetch). */
  abandoned = 0;
  port = 0;
  private server?: net.Server;
  private readonly sockets = new Set<net.Socket>();

  constructor(private readonly targetPort: number) {}

  /** Switches what new connections get; open ones (the gateway's keep-alive pool) are dropped first. */
  async set(mode: Mode): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    this.mode = mode;
    // Let the gateway's pool see the closes before the next fetch.
    await sleep(30);
  }

  get url() {
    return `http://127.0.0.1:${this.port}/graphql`;
  }

  async listen(): Promise<void> {
    const server = net.createServer((socket) => {
      this.connections++;
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => {});
      if (this.mode === 'reset') {
        socket.resetAndDestroy();
        return;
      }
      if (this.mode === 'hang') {
        socket.resume();
        socket.on('end', () => this.abandoned++);
        return;
      }
      const upstream = net.connect(this.targetPort, '127.0.0.1');
      upstream.on('error', () => socket.destroy());
      socket.on('close', () => upstream.destroy());
      upstream.on('close', () => socket.destroy());
      socket.pipe(upstream).pipe(socket);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', resolve);
    });
    this.port = (server.address() as net.AddressInfo).port;
    this.server = server;
  }

  /** Stops listening and drops every connection, like a process killed with -9. */
  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise((resolve) => server.close(resolve));
  }
}

const portOf = (app: HttpApp) => Number(new URL(app.url).port);

async function startPlatform(env: NodeJS.ProcessEnv) {
  const [faulty, steady] = await Promise.all([startStandIn('faulty'), startStandIn('steady')]);
  const proxy = new FaultProxy(portOf(faulty));
  await proxy.listen();
  const { supergraphSdl } = composeSupergraph([
    { name: 'faulty', url: proxy.url, typeDefs: FAULTY_SDL },
    { name: 'steady', url: steady.url, typeDefs: STEADY_SDL },
  ]);
  const gateway = await startGateway({
    port: 0,
    host: '127.0.0.1',
    supergraphSdl,
    subgraphUrls: { faulty: proxy.url, steady: steady.url },
    env: { NODE_ENV: 'development', LOG_LEVEL: 'silent', ...env },
    logger: createLogger('gateway', { LOG_LEVEL: 'silent' }),
  });
  const res = await fetch(gateway.url.replace('/graphql', '/auth/token'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'officer', password: DEMO_PASSWORD }),
  });
  const { token } = (await res.json()) as { token: string };
  const gql = async (query: string) => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as {
      data?: Record<string, unknown> | null;
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    };
  };
  const get = async (path: string) => {
    const response = await fetch(gateway.url.replace('/graphql', path));
    return { status: response.status, body: (await response.json()) as any };
  };
  const close = () => Promise.all([gateway.close(), proxy.close(), faulty.close(), steady.close()]);
  return { gateway, proxy, gql, get, close };
}

type Platform = Awaited<ReturnType<typeof startPlatform>>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('retry, mutations and the deadline', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform({
      // Jittered to 150–450 ms: room for the stand-in to come back between the two attempts.
      GATEWAY_RETRY_DELAY_MS: '300',
      GATEWAY_REQUEST_TIMEOUT_MS: '1500',
      // Never opens here: these tests count every connection attempt.
      GATEWAY_BREAKER_FAILURES: '1000',
    });
  });
  afterAll(() => platform?.close());

  it('answers /live and /ready', async () => {
    expect(await platform.get('/live')).toEqual({ status: 200, body: { status: 'live' } });
    expect(await platform.get('/ready')).toEqual({ status: 200, body: { status: 'ready' } });
  });

  it('retries a query once when the connection was refused, and answers when the subgraph is back', async () => {
    const { proxy, gql } = platform;
    await proxy.close();
    const connections = proxy.connections;
    const back = sleep(50).then(() => proxy.listen());
    const body = await gql('{ ping steady }');
    await back;
    expect(body).toEqual({ data: { ping: 'pong', steady: 'ok' } });
    expect(proxy.connections).toBe(connections + 1);
  });

  it('retries a query once after a reset, then names the subgraph', async () => {
    const { proxy, gql } = platform;
    await proxy.set('reset');
    const connections = proxy.connections;
    const body = await gql('{ ping steady }');
    await proxy.set('forward');
    expect(proxy.connections - connections).toBe(2);
    expect(body.data).toEqual({ ping: null, steady: 'ok' });
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]?.message).toBe('子图 faulty 不可用');
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'faulty' });
  });

  it('never retries a mutation', async () => {
    const { proxy, gql } = platform;
    await proxy.set('reset');
    const connections = proxy.connections;
    const before = bumps;
    const body = await gql('mutation { bump }');
    await proxy.set('forward');
    expect(proxy.connections - connections).toBe(1);
    expect(bumps).toBe(before);
    expect(body.errors?.[0]?.message).toBe('子图 faulty 不可用');
    expect(body.errors?.[0]?.extensions).toMatchObject({ serviceName: 'faulty' });
    expect(await gql('mutation { bump }')).toEqual({ data: { bump: before + 1 } });
  });

  it('answers GATEWAY_TIMEOUT at the request deadline, keeps what other subgraphs answered, and drops the fetch', async () => {
    const { proxy, gql } = platform;
    await proxy.set('hang');
    const abandoned = proxy.abandoned;
    const started = Date.now();
    const body = await gql('{ ping steady }');
    const elapsed = Date.now() - started;
    await proxy.set('forward');
    expect(elapsed).toBeGreaterThanOrEqual(1_400);
    expect(elapsed).toBeLessThan(4_000);
    expect(body.data).toEqual({ ping: null, steady: 'ok' });
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]?.message).toMatch(/超过时限.*子图 faulty/);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'GATEWAY_TIMEOUT', serviceName: 'faulty' });
    // The hung fetch's connection was closed by the gateway, not left waiting for SUBGRAPH_TIMEOUT_MS.
    await expect.poll(() => proxy.abandoned, { timeout: 2_000 }).toBeGreaterThan(abandoned);
    expect(await gql('{ ping }')).toEqual({ data: { ping: 'pong' } });
  });
});

describe('circuit breaker', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform({
      GATEWAY_RETRY_DELAY_MS: '20',
      GATEWAY_BREAKER_FAILURES: '3',
      GATEWAY_BREAKER_HALF_OPEN_MS: '500',
    });
  });
  afterAll(() => platform?.close());

  it('opens after consecutive failures and then fails fast without connecting', async () => {
    const { proxy, gql, get } = platform;
    expect((await get('/health')).body.breakers).toEqual({ faulty: 'closed', steady: 'closed' });
    await proxy.set('reset');
    await gql('{ ping }'); // two failures: the fetch and its retry
    await gql('{ ping }'); // the third opens the breaker
    expect((await get('/health')).body).toMatchObject({
      status: 'degraded',
      down: ['faulty'],
      breakers: { faulty: 'open', steady: 'closed' },
    });

    const connections = proxy.connections;
    const started = Date.now();
    const body = await gql('{ ping steady }');
    expect(Date.now() - started).toBeLessThan(200);
    expect(proxy.connections).toBe(connections);
    expect(body.data).toEqual({ ping: null, steady: 'ok' });
    expect(body.errors).toEqual([
      {
        message: '子图 faulty 暂不可用',
        extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'faulty' }),
      },
    ]);
  });

  it('stays ready while a subgraph is down', async () => {
    expect(await platform.get('/ready')).toEqual({ status: 200, body: { status: 'ready' } });
    expect((await platform.get('/live')).status).toBe(200);
  });

  it('half-opens to probe: a failed probe opens it again, an answer closes it', async () => {
    const { proxy, gql, get } = platform;
    await sleep(600);
    const connections = proxy.connections;
    expect((await gql('{ ping }')).errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE' });
    expect(proxy.connections).toBe(connections + 1); // the probe only: its retry found the breaker open
    expect((await get('/health')).body.breakers.faulty).toBe('open');

    await proxy.set('forward');
    expect((await gql('{ ping }')).errors?.[0]?.message).toBe('子图 faulty 暂不可用');
    await sleep(600);
    expect(await gql('{ ping steady }')).toEqual({ data: { ping: 'pong', steady: 'ok' } });
    expect((await get('/health')).body).toMatchObject({ status: 'ok', breakers: { faulty: 'closed' } });
    expect(await gql('{ ping }')).toEqual({ data: { ping: 'pong' } });
  });
});
