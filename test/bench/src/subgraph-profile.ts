import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_USERS, signToken } from '@shian/auth';
import { DOMAINS } from '@shian/platform';
import { platformPlan, waitForHttp } from '../../../scripts/lib/platform.mjs';
import { groupCpuMs } from './cpu';
import { BENCH_PORT_OFFSET } from './gateway-bench';
import { load } from './load';
import { BENCH_DIR, type PeerProcess, startNode, startPeer, waitForGraphQL } from './processes';
import { largestProfile, type ProfileSummary, summarizeProfile } from './profile';
import { federatedDomains, federatedPageQuery, pageBodies } from './queries';
import { REPO_ROOT } from './repo';

export interface SubgraphProfileOptions {
  connections: number;
  seconds: number;
  warmupSeconds: number;
  first: number;
  pages: number;
}

export interface SubgraphProfile {
  subgraph: string;
  /** CPU time (user + system) of the subgraph's process during the measured seconds, per federated request. */
  cpuMsPerRequest: number;
  /** Self time during the measured seconds only (start-up and warm-up left out), idle left out. */
  summary: ProfileSummary;
}

export interface SubgraphProfileResult {
  options: SubgraphProfileOptions;
  requests: number;
  rps: number;
  profiles: SubgraphProfile[];
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(command, args, { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: exit ${result.status ?? result.signal}`);
}

const packageName = (domain: string) =>
  (JSON.parse(readFileSync(path.join(REPO_ROOT, 'services', domain, 'package.json'), 'utf8')) as { name: string }).name;

/**
 * Each subgraph of the federated query as production runs it: `build:production` (packages/build: one JavaScript
 * bundle), packed as `pnpm pack:production` packs it (`pnpm deploy --prod`, hoisted) into results/production/, and
 * started with `node --cpu-prof dist/main.js` — no TypeScript hooks. Our gateway (from source, as in the gateway
 * part) sends them the federated page for `seconds`; each profile is then read for the measured seconds only.
 */
export async function profileSubgraphs(options: SubgraphProfileOptions): Promise<SubgraphProfileResult> {
  const deployed = DOMAINS.map((d) => d.name);
  const domains = federatedDomains(deployed);
  console.log(`[subgraph-profile] building and packing ${domains.join(', ')}`);
  run(
    'pnpm',
    [
      'exec',
      'turbo',
      'run',
      'build:production',
      '--output-logs=errors-only',
      ...domains.map((d) => `--filter=${packageName(d)}`),
    ],
    REPO_ROOT,
  );
  const packed = (domain: string) => path.join(BENCH_DIR, 'results', 'production', domain);
  for (const domain of domains) {
    rmSync(packed(domain), { recursive: true, force: true });
    run(
      'pnpm',
      [
        '--filter',
        packageName(domain),
        'deploy',
        '--prod',
        '--prefer-offline',
        '--config.node-linker=hoisted',
        '--config.confirm-modules-purge=false',
        packed(domain),
      ],
      REPO_ROOT,
    );
  }

  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'shian-bench-production-'));
  const plan = platformPlan({ portOffset: BENCH_PORT_OFFSET, dataDir, kinds: ['subgraph', 'gateway'] });
  // SQLite in a fresh folder, as the gateway part; development mode (NODE_ENV unset): the server migrates on start.
  const env = { ...plan.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_ENV: undefined, DATABASE_URL: undefined };
  const profileDir = (domain: string) => path.join(BENCH_DIR, 'results', 'subgraph-profile', domain);
  const subgraphs: PeerProcess[] = [];
  let gateway: PeerProcess | undefined;
  try {
    for (const domain of domains) {
      const seedEnv = Object.fromEntries(Object.entries({ ...process.env, ...env }).filter(([, v]) => v !== undefined));
      run(process.execPath, ['dist/seed.js'], packed(domain), seedEnv);
      rmSync(profileDir(domain), { recursive: true, force: true });
      const port = Number(plan.env[`${domain.toUpperCase()}_PORT`]);
      subgraphs.push(
        startNode(`production ${domain}`, ['--cpu-prof', `--cpu-prof-dir=${profileDir(domain)}`, 'dist/main.js'], {
          cwd: packed(domain),
          port,
          env,
        }),
      );
      await waitForHttp(`http://127.0.0.1:${port}/health`, { name: `production ${domain}` });
    }
    const gatewayPort = Number(plan.env.GATEWAY_PORT);
    const gatewayEnv: Record<string, string> = {
      LOG_LEVEL: 'warn',
      GATEWAY_PORT: String(gatewayPort),
      RATE_LIMIT_USER_PER_MIN: '0',
      RATE_LIMIT_IP_PER_MIN: '0',
      // The reminder scheduler would query the entities subgraph on its own, into the profile.
      REMINDERS: 'off',
    };
    for (const [key, value] of Object.entries(plan.env as Record<string, string>)) {
      if (key.endsWith('_PORT') && key !== 'GATEWAY_PORT') gatewayEnv[key] = value;
    }
    gateway = startPeer(
      'gateway (subgraph profile)',
      path.join(REPO_ROOT, 'services/gateway/src/main.ts'),
      gatewayPort,
      gatewayEnv,
    );
    const officer = DEMO_USERS.find((u) => u.username === 'officer');
    if (!officer) throw new Error('no demo user officer');
    const { token } = await signToken(officer);
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    await waitForGraphQL(gateway.url, headers);

    const bodies = pageBodies(federatedPageQuery(deployed), options.first, options.pages);
    const base = { url: gateway.url, bodies, headers, connections: options.connections, warmupSeconds: 0 };
    await load({ ...base, seconds: Math.max(options.warmupSeconds, 5) });
    const before = subgraphs.map((s) => groupCpuMs(s.pid));
    const started = Date.now();
    const loaded = await load({ ...base, seconds: options.seconds });
    if (loaded.failures > 0) throw new Error(`${loaded.failures} failed request(s) under load`);
    const cpu = subgraphs.map((s, i) => groupCpuMs(s.pid) - (before[i] as number));
    // The profile ends when the process does: its last (exit − start of the measured load) is the load.
    const windows = await Promise.all(
      subgraphs.map(async (s) => {
        await s.stop();
        return Date.now() - started;
      }),
    );
    const served = Math.max(1, loaded.requests);
    const profiles = domains.map((domain, i) => {
      const file = largestProfile(profileDir(domain));
      if (!file) throw new Error(`${domain}: no profile written (did it exit on SIGTERM?)`);
      const summary = summarizeProfile(file, {
        lastMs: windows[i],
        busyOnly: true,
        // The bundle was built in services/<domain>/dist: its source map's sources are relative to that.
        builtIn: (url) =>
          url.startsWith(`file://${packed(domain)}/dist/`)
            ? path.join(REPO_ROOT, 'services', domain, 'dist')
            : undefined,
      });
      return { subgraph: domain, cpuMsPerRequest: (cpu[i] as number) / served, summary };
    });
    for (const p of profiles) {
      console.log(
        `[subgraph-profile] ${p.subgraph}: ${p.cpuMsPerRequest.toFixed(2)} ms CPU per federated request; top: ` +
          p.summary.byFunction
            .slice(0, 3)
            .map((f) => `${f.name} ${(f.share * 100).toFixed(1)} %`)
            .join(', '),
      );
    }
    return { options, requests: loaded.requests, rps: loaded.rps, profiles };
  } finally {
    await gateway?.stop();
    await Promise.all(subgraphs.map((s) => s.stop()));
    rmSync(dataDir, { recursive: true, force: true });
  }
}
