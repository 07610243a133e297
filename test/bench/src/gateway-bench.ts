import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { DEMO_USERS, GATEWAY_CREDENTIAL_HEADER, signGatewayCredential, signToken } from '@shian/auth';
import { DOMAINS } from '@shian/platform';
// The platform's ports and environment as `npm start` and the root suite give them.
import { platformPlan } from '../../../scripts/lib/platform.mjs';
import { groupCpuMs } from './cpu';
import { type LoadResult, load } from './load';
import {
  BENCH_DIR,
  LOG_DIR,
  type PeerProcess,
  packSubgraphs,
  productionPack,
  productionSettings,
  startPeer,
  trustedManifestFile,
  startProductionSubgraphs,
  waitForGraphQL,
} from './processes';
import { ENTITIES_PAGE_QUERY, federatedDomains, federatedPageQuery, PASS_THROUGH_QUERY, pageBodies } from './queries';
import { REPO_ROOT } from './repo';

/** Bench ports: defaults + 20000 (the root suite uses + 10000), so a bench never meets a test run. */
export const BENCH_PORT_OFFSET = Number(process.env.SHIAN_BENCH_PORT_OFFSET || 20_000);

export interface GatewayBenchOptions {
  connections: number;
  seconds: number;
  warmupSeconds: number;
  /** Page size of both queries. */
  first: number;
  /** How many different pages the load cycles through (identical concurrent requests could be merged). */
  pages: number;
  /** Run a second copy of our gateway under --cpu-prof with the pass-through query, and keep the profile here. */
  profileDir?: string;
  /** Only the targets whose name contains one of these (lower case). */
  only?: string[];
  /**
   * Rounds: every target is measured once per round, in turn, so that a change of the machine's load during the
   * run spreads over all of them rather than falling on one.
   */
  rounds: number;
}

export interface Measurement extends LoadResult {
  query: 'federated' | 'pass-through' | 'entities-page';
  target: string;
  /** Mean response size in bytes (every target's answers are checked equal to ours first). */
  bytes: number;
  /** Requests per second of each round; `rps`, `p50`, `p99` are the medians of the rounds'. */
  rounds: number[];
  /**
   * CPU time per request (ms, user + system, median of the rounds) of the gateway's processes, and of all the
   * subgraphs' together: unlike throughput, hardly affected by what else the machine is doing. On the entities
   * page, `gatewayCpuMs` is the answering server's own: the entities subgraph's, or the floor's.
   */
  gatewayCpuMs: number;
  subgraphsCpuMs: number;
}

export interface GatewayBenchResult {
  options: GatewayBenchOptions;
  domains: string[];
  measurements: Measurement[];
  loadBefore: number[];
  loadAfter: number[];
  profile?: string;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Our gateway sending every fetch of Apollo's plan: not a peer, the before of reusing entities. */
export const OURS_PLAN_AS_IS = "ours, Apollo's plan as is";

const PEERS: { name: string; script: string; env: Record<string, string>; port: number }[] = [
  { name: 'Hive Gateway (default planner)', script: 'hive.ts', env: { HIVE_PLANNER: 'default' }, port: 4010 },
  { name: 'Hive Gateway + router runtime', script: 'hive.ts', env: { HIVE_PLANNER: 'router' }, port: 4011 },
  { name: 'stock @apollo/gateway', script: 'apollo-stock.ts', env: {}, port: 4012 },
  // Ours without reusing what an operation has read (src/peers/ours-plan-as-is.ts): the before of that change.
  { name: OURS_PLAN_AS_IS, script: 'ours-plan-as-is.ts', env: {}, port: 4015 },
];
export const OURS = 'ours (@shian/gateway)';
/** Seconds: longer than any bench run (the subgraphs accept at most a day). */
const BENCH_CREDENTIAL_LIFETIME = 6 * 60 * 60;
export const DIRECT = 'straight to the subgraph';
/** The entities page, straight to the entities subgraph and to the floor (src/floor/entities.ts). */
export const ENTITIES_DIRECT = 'entities subgraph';
export const FLOOR = 'floor (graphql-js + libsql)';

const FLOOR_PROFILE_NAME = 'floor';

/**
 * Node options of a subgraph (or of the floor, `floor`) that SHIAN_BENCH_CPU_PROF names: `--cpu-prof` into
 * SHIAN_BENCH_CPU_PROF_DIR (default results/profile), to see where the entities subgraph spends what the floor does
 * not (e.g. `SHIAN_BENCH_CPU_PROF=entities pnpm bench --only=gateway --targets=floor,entities --no-doc`).
 */
function cpuProfileOf(name: string): string[] {
  if (process.env.SHIAN_BENCH_CPU_PROF !== name) return [];
  const dir = process.env.SHIAN_BENCH_CPU_PROF_DIR ?? path.join(BENCH_DIR, 'results', 'profile');
  return ['--cpu-prof', `--cpu-prof-dir=${dir}`];
}

/**
 * Our gateway, the peers and the subgraphs, each in its own process on loopback; the load from one more process.
 * Every gateway serves the same committed supergraph against the same subgraph processes and their demo data: the
 * subgraphs of the federated page (every query here is answered by them) as production runs them, built and packed
 * (`results/production/`, as the subgraph profile packs them) and started as `node dist/main.js`, without the
 * TypeScript hooks and source maps of the development launcher; the subgraphs no query here reaches are not started.
 */
export async function benchGateways(options: GatewayBenchOptions): Promise<GatewayBenchResult> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'shian-bench-'));
  const plan = platformPlan({ portOffset: BENCH_PORT_OFFSET, dataDir, kinds: ['subgraph', 'gateway'] });
  // autocannon drives one user from one address far past any rate limit: the bench measures the gateway, not them.
  const processEnv = {
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    VITEST: undefined,
    DATABASE_URL: undefined,
    RATE_LIMIT_USER_PER_MIN: process.env.RATE_LIMIT_USER_PER_MIN ?? '0',
    RATE_LIMIT_IP_PER_MIN: process.env.RATE_LIMIT_IP_PER_MIN ?? '0',
  };
  // Every process runs as the images run them (NODE_ENV=production, with the run's own token secret and gateway key
  // pair): the subgraphs, our gateway and the peers alike (docs/benchmarks.md, How it is measured). Ours then runs
  // only trusted operations, as in production: the bench's own are its manifest.
  const production = productionSettings(dataDir);
  const deployed = plan.domains.map((d: { name: string }) => d.name);
  const gatewayProduction = {
    ...production.gatewayEnv,
    CORS_ORIGINS: production.subgraphEnv.CORS_ORIGINS as string,
    TRUSTED_OPERATIONS_FILE: trustedManifestFile(dataDir, [
      federatedPageQuery(deployed),
      PASS_THROUGH_QUERY,
      ENTITIES_PAGE_QUERY,
    ]),
  };
  const domains = federatedDomains(deployed);
  const subgraphUrl = (name: string) => `http://127.0.0.1:${plan.env[`${name.toUpperCase()}_PORT`]}/graphql`;
  const peerEnv: Record<string, string> = {
    SUPERGRAPH_FILE: path.join(REPO_ROOT, 'services/gateway/supergraph.graphql'),
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    // Read only by ours with Apollo's plan as is, which signs its own credentials and checks operations as ours does.
    ...gatewayProduction,
  };
  for (const domain of DOMAINS) peerEnv[`SUBGRAPH_URL_${domain.name.toUpperCase()}`] = subgraphUrl(domain.name);
  // Subgraphs answer only the gateway's credential. The peers (and the direct target) cannot sign ours, so they get
  // one per subgraph, signed here with the key our gateway uses and living for the whole run; ours signs its own.
  const gatewayKey = production.signingKey;
  const credentials: Record<string, string> = {};
  for (const domain of DOMAINS) {
    credentials[domain.name] = await signGatewayCredential(gatewayKey, domain.name, BENCH_CREDENTIAL_LIFETIME);
    peerEnv[`SUBGRAPH_CREDENTIAL_${domain.name.toUpperCase()}`] = credentials[domain.name] as string;
  }

  const officer = DEMO_USERS.find((u) => u.username === 'officer');
  if (!officer) throw new Error('no demo user officer');
  const { token } = await signToken(officer, { secret: production.authSecret });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const direct = { ...headers, [GATEWAY_CREDENTIAL_HEADER]: credentials.sampling as string };
  // The floor checks nothing, but receives what the entities subgraph does, so both parse the same request.
  const toEntities = { ...headers, [GATEWAY_CREDENTIAL_HEADER]: credentials.entities as string };
  const headersFor = (target: string) =>
    target === DIRECT ? direct : target === ENTITIES_DIRECT || target === FLOOR ? toEntities : headers;

  console.log(`[gateway] building and packing ${domains.join(', ')} for production`);
  packSubgraphs(REPO_ROOT, domains, productionPack);
  console.log(`[gateway] starting subgraphs and our gateway (ports +${BENCH_PORT_OFFSET}, logs in ${LOG_DIR})`);
  const peers: PeerProcess[] = [];
  const platform: PeerProcess[] = [];
  const loadBefore = os.loadavg();
  try {
    const subgraphs = await startProductionSubgraphs({
      label: 'gateway bench',
      domains,
      packed: productionPack,
      nodeOptions: cpuProfileOf,
      env: { ...processEnv, ...plan.env, ...production.subgraphEnv },
    });
    platform.push(...subgraphs);
    // Ours from source, as the peers run; the reminder scheduler off: it would query the entities subgraph on its own.
    const oursProcess = startPeer(
      OURS,
      path.join(REPO_ROOT, 'services/gateway/src/main.ts'),
      Number(plan.env.GATEWAY_PORT),
      gatewayEnv(plan.env, Number(plan.env.GATEWAY_PORT), { ...processEnv, ...gatewayProduction }),
    );
    platform.push(oursProcess);
    await waitForGraphQL(oursProcess.url, headers);
    const wanted = (name: string) => !options.only || options.only.some((o) => name.toLowerCase().includes(o));
    for (const peer of PEERS.filter((p) => wanted(p.name))) {
      peers.push(startPeer(peer.name, peer.script, peer.port + BENCH_PORT_OFFSET, { ...peerEnv, ...peer.env }));
    }
    // The floor reads the entities subgraph's own database file (WAL: a second reader is welcome).
    const floor = wanted(FLOOR)
      ? startPeer(
          FLOOR,
          path.join(BENCH_DIR, 'src/floor/entities.ts'),
          4014 + BENCH_PORT_OFFSET,
          {
            FLOOR_DATABASE: path.join(dataDir, 'entities.db'),
            // As the entities subgraph runs: graphql-js's development-mode checks off for both.
            NODE_ENV: 'production',
          },
          cpuProfileOf(FLOOR_PROFILE_NAME),
        )
      : undefined;
    if (floor) peers.push(floor);
    await Promise.all(peers.map((peer) => waitForGraphQL(peer.url, headers)));

    const ours = oursProcess.url;
    const federated = federatedPageQuery(deployed);
    const queries = [
      {
        query: 'federated' as const,
        text: federated,
        targets: [[OURS, ours], ...peers.filter((p) => p !== floor).map((p) => [p.name, p.url])],
      },
      {
        query: 'pass-through' as const,
        text: PASS_THROUGH_QUERY,
        targets: [
          [OURS, ours],
          ...peers.filter((p) => p !== floor).map((p) => [p.name, p.url]),
          [DIRECT, subgraphUrl('sampling')],
        ],
      },
      {
        query: 'entities-page' as const,
        text: ENTITIES_PAGE_QUERY,
        targets: [[ENTITIES_DIRECT, subgraphUrl('entities')], ...(floor ? [[FLOOR, floor.url]] : [])],
      },
    ];
    const measurements = new Map<string, Measurement>();
    const plans: { query: Measurement['query']; target: string; url: string; bodies: string[] }[] = [];
    for (const { query, text, targets } of queries) {
      const bodies = pageBodies(text, options.first, options.pages);
      const references = await Promise.all(bodies.map((b) => answer(ours, b, headers)));
      // The floor stands in for the entities subgraph: it must answer its very bytes, not only equal data.
      const subgraphTexts =
        query === 'entities-page'
          ? await Promise.all(bodies.map(async (b) => (await answer(subgraphUrl('entities'), b, toEntities)).text))
          : [];
      for (const [target, url] of targets as [string, string][]) {
        if (!wanted(target)) continue;
        let bytes = 0;
        for (const [index, b] of bodies.entries()) {
          const got = await answer(url, b, headersFor(target));
          if (!isDeepStrictEqual(got.data, references[index]?.data)) {
            throw new Error(`${target} answers the ${query} query differently from ours: ${got.text.slice(0, 300)}`);
          }
          if (target === FLOOR && got.text !== subgraphTexts[index]) {
            throw new Error(
              `the floor's answer differs in its bytes from the entities subgraph's: ${got.text.slice(0, 300)}`,
            );
          }
          bytes += got.text.length;
        }
        plans.push({ query, target, url, bodies });
        measurements.set(`${query} ${target}`, {
          query,
          target,
          bytes: Math.round(bytes / bodies.length),
          rounds: [],
          rps: 0,
          p50: 0,
          p99: 0,
          mean: 0,
          requests: 0,
          failures: 0,
          gatewayCpuMs: 0,
          subgraphsCpuMs: 0,
        });
      }
    }
    type RoundResult = LoadResult & { gatewayCpuMs: number; subgraphsCpuMs: number };
    const results = new Map<Measurement, RoundResult[]>();
    // Process groups, for CPU time: ours, each subgraph and each peer run in their own.
    const groups = new Map<string, number>(peers.map((peer) => [peer.name, peer.pid]));
    groups.set(OURS, oursProcess.pid);
    groups.set(ENTITIES_DIRECT, subgraphs[domains.indexOf('entities')]?.pid as number);
    const subgraphGroups = subgraphs.map((p) => p.pid);
    const subgraphsCpu = () => subgraphGroups.reduce((sum, pgid) => sum + groupCpuMs(pgid), 0);
    // Warm the subgraphs (JIT, caches, SQLite's page cache) before any target is measured: otherwise the first
    // target of the first round pays for it.
    // The floor and the entities subgraph alone are warmed too: the floor has never run before.
    for (const plan of plans.filter((p) => [OURS, ENTITIES_DIRECT, FLOOR].includes(p.target))) {
      await load({ ...plan, headers, connections: options.connections, warmupSeconds: 0, seconds: 5 });
    }
    for (let round = 1; round <= options.rounds; round++) {
      // Each round starts with another target, so that no target always runs first (or right after another). Two
      // targets (a narrowed run) simply alternate: rotating them would load one twice in a row at each round's
      // start, and a process loaded right after its own load pays for that load's garbage.
      const shift = plans.length > 2 ? (round - 1) % plans.length : 0;
      for (const { query, target, url, bodies } of [...plans.slice(shift), ...plans.slice(0, shift)]) {
        const base = { url, bodies, headers: headersFor(target), connections: options.connections, warmupSeconds: 0 };
        await load({ ...base, seconds: options.warmupSeconds });
        const gatewayGroup = groups.get(target);
        const before = { gateway: gatewayGroup ? groupCpuMs(gatewayGroup) : 0, subgraphs: subgraphsCpu() };
        const loaded = await load({ ...base, seconds: options.seconds });
        const served = Math.max(1, loaded.requests);
        const result = {
          ...loaded,
          gatewayCpuMs: gatewayGroup ? (groupCpuMs(gatewayGroup) - before.gateway) / served : 0,
          subgraphsCpuMs: (subgraphsCpu() - before.subgraphs) / served,
        };
        console.log(
          `[gateway] round ${round} ${query.padEnd(12)} ${target.padEnd(32)} ${result.rps.toFixed(0).padStart(6)} rps  ` +
            `p50 ${result.p50} ms  p99 ${result.p99} ms  CPU/request: gateway ${result.gatewayCpuMs.toFixed(2)} ms, ` +
            `subgraphs ${result.subgraphsCpuMs.toFixed(2)} ms${result.failures ? `  FAILURES ${result.failures}` : ''}`,
        );
        const m = measurements.get(`${query} ${target}`) as Measurement;
        results.set(m, [...(results.get(m) ?? []), result]);
        const all = results.get(m) as RoundResult[];
        Object.assign(m, {
          rps: median(all.map((r) => r.rps)),
          p50: median(all.map((r) => r.p50)),
          p99: median(all.map((r) => r.p99)),
          mean: median(all.map((r) => r.mean)),
          requests: m.requests + result.requests,
          failures: m.failures + result.failures,
          rounds: all.map((r) => r.rps),
          gatewayCpuMs: median(all.map((r) => r.gatewayCpuMs)),
          subgraphsCpuMs: median(all.map((r) => r.subgraphsCpuMs)),
        });
      }
    }
    return {
      options,
      domains,
      measurements: [...measurements.values()],
      loadBefore,
      loadAfter: os.loadavg(),
      profile: options.profileDir
        ? await profileOurs(plan, options, pageBodies(PASS_THROUGH_QUERY, options.first, options.pages), headers, {
            ...processEnv,
            ...gatewayProduction,
          })
        : undefined,
    };
  } finally {
    await Promise.all(peers.map((peer) => peer.stop()));
    await Promise.all(platform.map((p) => p.stop()));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function answer(url: string, requestBody: string, headers: Record<string, string>) {
  const response = await fetch(url, { method: 'POST', headers, body: requestBody });
  const text = await response.text();
  const parsed = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
  if (response.status !== 200 || parsed.errors?.length) {
    throw new Error(`${url}: HTTP ${response.status} ${text.slice(0, 400)}`);
  }
  return { data: parsed.data, text };
}

/**
 * A second copy of our gateway under `--cpu-prof`, loaded for the same time (the pass-through query: there the
 * gateway's own work is what separates it from the limit); the profile is written when it exits.
 */
async function profileOurs(
  plan: { env: Record<string, string> },
  options: GatewayBenchOptions,
  bodies: string[],
  headers: Record<string, string>,
  keys: Record<string, string | undefined>,
): Promise<string | undefined> {
  const dir = options.profileDir as string;
  rmSync(dir, { recursive: true, force: true });
  const port = 4013 + BENCH_PORT_OFFSET;
  const env = gatewayEnv(plan.env, port, keys);
  const peer = startPeer('ours-profiled', path.join(REPO_ROOT, 'services/gateway/src/main.ts'), port, env, [
    '--cpu-prof',
    `--cpu-prof-dir=${dir}`,
  ]);
  try {
    await waitForGraphQL(peer.url, headers);
    await load({
      url: peer.url,
      bodies,
      headers,
      connections: options.connections,
      seconds: options.seconds,
      warmupSeconds: options.warmupSeconds,
    });
  } finally {
    await peer.stop();
  }
  return dir;
}

/**
 * Our gateway's environment in the bench: the subgraphs' ports of the plan, rate limits off unless the bench's own
 * environment sets them (`extra`), and no reminder scheduler (it would query the entities subgraph on its own).
 */
function gatewayEnv(
  planEnv: Record<string, string>,
  port: number,
  extra: Record<string, string | undefined>,
): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = {
    LOG_LEVEL: 'warn',
    RATE_LIMIT_USER_PER_MIN: '0',
    RATE_LIMIT_IP_PER_MIN: '0',
    ...extra,
    GATEWAY_PORT: String(port),
    REMINDERS: 'off',
  };
  for (const [key, value] of Object.entries(planEnv)) {
    if (key.endsWith('_PORT') && key !== 'GATEWAY_PORT') env[key] = value;
  }
  return env;
}
