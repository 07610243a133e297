import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { DEMO_USERS, signToken } from '@shian/auth';
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoadAnswer, steadyLoad } from '../harness/load';
import { abnormalRequests, haproxyCommand, serverStats } from './haproxy';
import { DEPLOY_DIR, LOG_DIR, REPO_ROOT } from './processes';
import { GATEWAY_URL, LB_SOCKET, startTopology, type Topology, WEB_URL, waitUntilUp } from './topology';

/**
 * Scale-out on one machine: the production artifacts as separate hosts (network namespaces on a bridge), HAProxy in
 * front of two gateway replicas and, for the gateway, in front of two entities replicas; one replica of every other
 * subgraph; PostgreSQL. Throughput with one and with two gateway replicas; then, under a bounded load of a query
 * that touches entities and one that does not, one gateway replica and one entities replica killed with -9 and
 * started again. Figures are printed (docs/topology.md keeps them); nothing asserts on timing.
 */

/** The frontends' own operations: a production gateway runs nothing else (trusted operations). */
function operation(frontend: string, name: string): string {
  const file = join(REPO_ROOT, 'frontends', frontend, 'src', 'gql', 'persisted-documents.json');
  const documents = Object.values(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>);
  const document = documents.find((text) => text.startsWith(`query ${name}(`) || text.startsWith(`query ${name} `));
  if (!document) throw new Error(`${file}: no query ${name}`);
  return document;
}
const ENTITIES_QUERY = operation('entities', 'EntityRegister');
const OTHER_QUERY = operation('publicity', 'ArticleList');

const THROUGHPUT_SECONDS = Number(process.env.TOPOLOGY_THROUGHPUT_SECONDS || 10);
const THROUGHPUT_CONNECTIONS = 16;
const LOAD_CONNECTIONS = 4; // per query kind: at most this many requests in flight each
const LOAD_RATE = 40; // requests per second per query kind during the kills
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const failed = (a: LoadAnswer) => a.status !== 200 || Boolean(a.body.errors?.length) || !a.body.data;

const figures: string[] = [];
const figure = (line: string) => {
  figures.push(line);
  console.log(`topology: ${line}`);
};

/** A closed-loop load (as fast as the answers come) alternating the two queries; requests/s and failures. */
async function throughput(seconds: number) {
  let failures = 0;
  const body = (query: string) => JSON.stringify({ query, variables: { first: 20 } });
  const result = await autocannon({
    url: `${GATEWAY_URL}/graphql`,
    method: 'POST',
    connections: THROUGHPUT_CONNECTIONS,
    duration: seconds,
    timeout: 10,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    requests: [ENTITIES_QUERY, OTHER_QUERY].map((query) => ({
      body: body(query),
      onResponse(status: number, text: string) {
        if (status !== 200 || JSON.parse(text).errors?.length) failures++;
      },
    })),
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    failures: failures + result.errors + result.timeouts,
    // Other work on the machine moves these figures more than anything here: printed beside them.
    load: loadavg()[0] ?? 0,
  };
}

let topology: Topology;
let token: string;

describe('topology: HAProxy, 2 gateways, 2 entities replicas, PostgreSQL, in network namespaces', () => {
  beforeAll(async () => {
    topology = await startTopology();
    figure(
      `bring-up (${topology.entry}): ${Object.entries(topology.timings)
        .map(([stage, s]) => `${stage} ${s.toFixed(1)} s`)
        .join(', ')}`,
    );
    const officer = DEMO_USERS.find((user) => user.username === 'officer')!;
    token = (await signToken(officer, { secret: topology.secret })).token;
  });

  afterAll(() => {
    topology?.stop();
    console.log(`\n${figures.map((line) => `- ${line}`).join('\n')}`);
  });

  it('answers both queries through the load balancer, from the seeded PostgreSQL databases', async () => {
    for (const [query, field] of [
      [ENTITIES_QUERY, 'entities'],
      [OTHER_QUERY, 'articles'],
    ] as const) {
      const response = await fetch(`${GATEWAY_URL}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables: { first: 5 } }),
      });
      const body = (await response.json()) as { data?: Record<string, { totalCount: number }>; errors?: unknown[] };
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      expect(body.data?.[field]?.totalCount).toBeGreaterThan(0);
    }
    // An operation the frontends were not built with is refused: these are production gateways.
    const untrusted = await fetch(`${GATEWAY_URL}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ townships { id } }' }),
    });
    expect(untrusted.status).toBe(400);
  });

  it('runs the artifacts as plain node: no TypeScript hook on any command line or in NODE_OPTIONS', (context) => {
    if (topology.entry !== 'artifacts') context.skip();
    for (const replica of Object.values(topology.replicas)) {
      const proc = `/proc/${replica.process.pid}`;
      const argv = readFileSync(`${proc}/cmdline`, 'utf8').split('\0').filter(Boolean);
      expect(argv, replica.name).toEqual([process.execPath, join(DEPLOY_DIR, replica.artifact, 'dist', 'main.js')]);
      const environ = readFileSync(`${proc}/environ`, 'utf8').split('\0');
      expect(
        environ.filter((line) => line.startsWith('NODE_OPTIONS=')),
        replica.name,
      ).toEqual([]);
    }
    figure(`command lines: ${Object.keys(topology.replicas).length} replicas, each \`node dist/main.js\` alone`);
  });

  it('serves the packed web through its entrypoint when .deploy/web exists, the gateways allowing its origin', async (context) => {
    if (!topology.web) {
      figure('web: .deploy/web/ absent, nginx not started');
      context.skip();
    }
    const page = await fetch(`${WEB_URL}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const manifest = (await (await fetch(`${WEB_URL}/remotes.json`)).json()) as {
      gatewayUrl: string;
      remotes: Record<string, { entry: string }>;
    };
    expect(manifest.gatewayUrl).toBe(GATEWAY_URL);
    const remotes = Object.entries(manifest.remotes);
    expect(remotes.length).toBeGreaterThan(0);
    for (const [domain, remote] of remotes) {
      const entry = await fetch(new URL(remote.entry, `${WEB_URL}/`));
      expect(entry.status, `${domain}: ${remote.entry}`).toBe(200);
      await entry.arrayBuffer();
    }
    // The browser's preflight from the web's origin, answered by a gateway through the load balancer.
    const preflight = await fetch(`${GATEWAY_URL}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: WEB_URL,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe(WEB_URL);
    figure(`web: the shell, remotes.json and ${remotes.length} remote entries served by the packed entrypoint's nginx`);
  });

  it('throughput with one gateway replica, then two', async () => {
    await throughput(3); // warm-up: JIT, connection pools, first queries' plans
    await haproxyCommand(LB_SOCKET, 'set server gateway/gw2 state maint');
    const one = await throughput(THROUGHPUT_SECONDS);
    await haproxyCommand(LB_SOCKET, 'set server gateway/gw2 state ready');
    await waitUntilUp(['gw2'], 10_000);
    const two = await throughput(THROUGHPUT_SECONDS);
    for (const [label, r] of [
      ['1 gateway replica', one],
      ['2 gateway replicas', two],
    ] as const) {
      figure(
        `${label}: ${r.rps.toFixed(1)} requests/s (p50 ${r.p50} ms, p99 ${r.p99} ms), ${r.total} requests, ` +
          `${r.failures} failed; ${THROUGHPUT_CONNECTIONS} connections, ${THROUGHPUT_SECONDS} s; machine load ` +
          `average ${r.load.toFixed(1)} on ${availableParallelism()} cores`,
      );
      expect(r.failures).toBe(0);
      expect(r.total).toBeGreaterThan(0);
    }
  });

  it('kill -9 of a gateway replica and of an entities replica under load: only their in-flight requests fail, both rejoin', async () => {
    const { gw1, ent1 } = topology.replicas;
    const loads = [ENTITIES_QUERY, OTHER_QUERY].map((query) =>
      steadyLoad({ url: GATEWAY_URL, token, query, connections: LOAD_CONNECTIONS, rate: LOAD_RATE, maxSeconds: 120 }),
    );
    await sleep(3_000);
    const before = await serverStats(LB_SOCKET);

    /**
     * kill -9 at a moment haproxy holds requests on it (autocannon's rate limit sends each connection's share of a
     * second back to back, then waits: a kill at a random moment can find nothing in flight and prove nothing), then
     * how long until the load balancer takes it out.
     */
    const kill = async (replica: typeof gw1) => {
      let holding = 0;
      for (const waitUntil = Date.now() + 5_000; holding === 0 && Date.now() < waitUntil; ) {
        holding = (await serverStats(LB_SOCKET)).find((s) => s.server === replica!.name)?.current ?? 0;
      }
      const at = Date.now();
      replica!.process.kill9();
      figure(`${replica!.name} killed while haproxy held ${holding} of its requests`);
      for (;;) {
        const stat = (await serverStats(LB_SOCKET)).find((s) => s.server === replica!.name);
        if (stat && !stat.status.startsWith('UP')) return { at, outAfter: Date.now() - at };
        await sleep(50);
      }
    };
    /** Start again; how long until it answers /ready, until the load balancer has it UP, and its sessions then. */
    const restart = async (replica: typeof gw1) => {
      const at = Date.now();
      const process = replica!.start();
      let ready = 0;
      for (;;) {
        if (!ready) {
          try {
            const response = await fetch(replica!.ready, { signal: AbortSignal.timeout(1_000) });
            if (response.status === 200) ready = Date.now() - at;
          } catch {
            // still starting
          }
        }
        const stat = (await serverStats(LB_SOCKET)).find((s) => s.server === replica!.name)!;
        if (stat.status === 'UP') return { at, readyAfter: ready || Date.now() - at, upAfter: Date.now() - at, stat };
        if ((await Promise.race([process.exited, sleep(100).then(() => undefined)])) !== undefined) {
          throw new Error(`${replica!.name} exited while restarting`);
        }
      }
    };

    const phaseStart = Date.now();
    const gwKill = await kill(gw1);
    await sleep(2_000);
    const entKill = await kill(ent1);
    await sleep(2_000);
    const gwBack = await restart(gw1);
    const entBack = await restart(ent1);
    await sleep(3_000);
    const after = await serverStats(LB_SOCKET);
    const totals = await Promise.all(loads.map((load) => load.stop()));

    const answers = loads.flatMap((load) => load.answers);
    const failures = answers.filter(failed);
    const kills = [gwKill.at, entKill.at];
    // In flight at a kill: sent before it (the sent time is estimated from autocannon's latency, to the ms; a
    // request haproxy had already put on a server connection that died under it is in flight too) and answered after.
    const inFlightAtAKill = (a: LoadAnswer) => kills.some((k) => a.sentAt <= k + 50 && a.at >= k);
    const sessions = (stats: typeof before, name: string) => stats.find((s) => s.server === name)?.sessions ?? 0;

    figure(
      `kill phase: ${answers.length} answers at ${LOAD_RATE}/s per query kind (${LOAD_CONNECTIONS} connections ` +
        `each), ${failures.length} failed (${failures.filter(inFlightAtAKill).length} of them in flight at a kill); ` +
        `autocannon errors ${totals.map((t) => t.errors + t.timeouts).join('+')}`,
    );
    const examples = [...new Set(failures.map((a) => `HTTP ${a.status} ${a.body.errors?.[0]?.message ?? ''}`))];
    if (examples.length) figure(`failures were: ${examples.slice(0, 3).join(' | ')}`);
    if (failures.length) {
      const span = (values: number[]) => `${Math.min(...values)}…${Math.max(...values)} ms`;
      figure(
        `failures relative to the gateway kill: sent ${span(failures.map((a) => a.sentAt - gwKill.at))}, answered ` +
          `${span(failures.map((a) => a.at - gwKill.at))}; entities kill at ${entKill.at - gwKill.at} ms, gateway ` +
          `restart began ${gwBack.at - gwKill.at} ms`,
      );
    }
    // Haproxy's own account of every request it did not complete normally during the phase (the gateways' frontend
    // and the entities one), grouped by what it says happened: the cause of a failure the test could not attribute.
    const haproxyLog = join(LOG_DIR, 'haproxy.log');
    const logged = existsSync(haproxyLog)
      ? abnormalRequests(readFileSync(haproxyLog, 'utf8')).filter((r) => r.acceptedAt >= phaseStart - 1_000)
      : [];
    const kinds = new Map<string, number[]>();
    for (const r of logged) {
      const key = `${r.backend}/${r.server} ${r.status} ${r.termination} retries ${r.retries}`;
      kinds.set(key, [...(kinds.get(key) ?? []), r.acceptedAt - gwKill.at]);
    }
    figure(
      `haproxy logged ${logged.length} abnormal requests in the phase${logged.length ? ':' : ''} ${[...kinds]
        .map(
          ([key, at]) =>
            `${at.length}× ${key} (accepted ${Math.min(...at)}…${Math.max(...at)} ms after the gateway kill)`,
        )
        .join('; ')}`,
    );
    figure(
      `gateway gw1 killed: out of the load balancer after ${gwKill.outAfter} ms; restarted: /ready after ` +
        `${gwBack.readyAfter} ms, UP in haproxy after ${gwBack.upAfter} ms`,
    );
    figure(
      `entities ent1 killed: out after ${entKill.outAfter} ms; restarted: /ready after ${entBack.readyAfter} ms, ` +
        `UP after ${entBack.upAfter} ms`,
    );
    figure(
      `sessions handed out: gw1 ${sessions(before, 'gw1')} → ${sessions(after, 'gw1')}, gw2 ${sessions(before, 'gw2')} → ` +
        `${sessions(after, 'gw2')}, ent1 ${sessions(before, 'ent1')} → ${sessions(after, 'ent1')}, ent2 ` +
        `${sessions(before, 'ent2')} → ${sessions(after, 'ent2')}`,
    );

    // Both replicas of each pair carried traffic before the kills, so each kill hit a working replica.
    for (const name of ['gw1', 'gw2', 'ent1', 'ent2']) expect(sessions(before, name), name).toBeGreaterThan(0);
    // Requests kept being answered while a replica of each pair was down.
    const downFrom = gwKill.at;
    const downUntil = Date.now();
    expect(answers.filter((a) => a.sentAt > downFrom && a.at < downUntil && !failed(a)).length).toBeGreaterThan(0);
    // Only what was in flight on a killed process may fail: at most one request per connection per kill.
    expect(failures.filter((a) => !inFlightAtAKill(a))).toEqual([]);
    expect(failures.length).toBeLessThanOrEqual(kills.length * 2 * LOAD_CONNECTIONS);
    // Both rejoined and take traffic again.
    expect(sessions(after, 'gw1')).toBeGreaterThan(gwBack.stat.sessions);
    expect(sessions(after, 'ent1')).toBeGreaterThan(entBack.stat.sessions);
  });
});
