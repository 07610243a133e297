import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { DEMO_USERS, signToken } from '@shian/auth';
import { DOMAINS } from '@shian/platform';
import { platformPlan } from '../../../scripts/lib/platform.mjs';
import { groupCpuMs } from './cpu';
import { BENCH_PORT_OFFSET, median } from './gateway-bench';
import { load } from './load';
import {
  BENCH_DIR,
  type PeerProcess,
  packageName,
  packSubgraphs,
  productionPack,
  productionSettings,
  run,
  trustedManifestFile,
  startPeer,
  startProductionSubgraphs,
  waitForGraphQL,
} from './processes';
import { largestProfile, type ProfileSummary, summarizeProfile } from './profile';
import { federatedDomains, federatedPageQuery, pageBodies } from './queries';
import { REPO_ROOT } from './repo';

/**
 * Today's build, kept runnable as the baseline of issue #21 (`--baseline`, or `--baseline=<commit>`): the commit
 * before the subgraphs' cost was cut. Its subgraphs are built and packed from a tree of that commit, under the same
 * load as the current ones, in the same run.
 */
export const BASELINE_COMMIT = 'ca5fb4c55d647cb9b9bddfec58d93725bc9f88fb';

/** Federated pages each build serves before it is measured (at most for a minute). */
const WARM_UP_REQUESTS = 300;
const WARM_UP_LIMIT_MS = 60_000;

export interface SubgraphProfileOptions {
  connections: number;
  seconds: number;
  warmupSeconds: number;
  /** Measured loads per build; with a baseline, the two builds take turns, as the gateway part's targets do. */
  rounds: number;
  first: number;
  pages: number;
  /** A commit whose subgraphs are measured too, the same way (see BASELINE_COMMIT). */
  baseline?: string;
}

export interface SubgraphProfile {
  subgraph: string;
  /**
   * CPU time (user + system) of the subgraph's process per federated request: the median of the rounds' (one round
   * caught in a burst of the machine's other work must not decide the figure).
   */
  cpuMsPerRequest: number;
  /** Self time during the measured seconds only (start-up and warm-up left out), idle left out. */
  summary: ProfileSummary;
}

export interface BuildMeasurement {
  requests: number;
  /** Median of the rounds' RPS. */
  rps: number;
  /** CPU ms per federated request of all its subgraphs together, in each round. */
  rounds: number[];
  profiles: SubgraphProfile[];
}

export interface SubgraphProfileResult extends BuildMeasurement {
  options: SubgraphProfileOptions;
  baseline?: BuildMeasurement & {
    commit: string;
    /** Whether the baseline answered every page as the current build did (else the two did different work). */
    sameAnswers: boolean;
  };
}

/**
 * The commit's tree (`git archive`: the shared repository and working tree are left alone) with the subgraphs'
 * dependencies installed from the store, built and packed, in `SHIAN_BENCH_CACHE` (default ~/.cache/shian/bench)
 * under baseline/<commit>/, outside the workspace so that no tool of ours walks into a second copy of it; reused
 * once complete.
 */
function baselineBuild(commit: string, domains: string[]) {
  const resolved = spawnSync('git', ['rev-parse', '--verify', `${commit}^{commit}`], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  const full = resolved.stdout.trim();
  if (resolved.status !== 0 || !/^[0-9a-f]{40}$/.test(full)) throw new Error(`not a commit: ${commit}`);
  const cache = process.env.SHIAN_BENCH_CACHE || path.join(os.homedir(), '.cache', 'shian', 'bench');
  const dir = path.join(cache, 'baseline', full);
  const root = path.join(dir, 'tree');
  const packed = (domain: string) => path.join(dir, 'production', domain);
  const done = path.join(dir, 'complete');
  if (!existsSync(done) || readFileSync(done, 'utf8') !== domains.join(',')) {
    console.log(`[subgraph-profile] preparing the baseline ${full.slice(0, 10)} in ${dir}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    run('sh', ['-c', `git archive ${full} | tar -x -C "${root}"`], REPO_ROOT);
    const filters = domains.flatMap((d) => ['--filter', `${packageName(root, d)}...`]);
    run('pnpm', ['install', '--prefer-offline', '--frozen-lockfile', ...filters, '--filter', '@shian/build'], root);
    packSubgraphs(root, domains, packed);
    writeFileSync(done, domains.join(','));
  }
  return { commit: full, root, packed };
}

/**
 * Each subgraph of the federated query as production runs it, started with `node --cpu-prof dist/main.js` — no
 * TypeScript hooks — behind our gateway (from source, as in the gateway part), which sends them the federated page.
 * With a baseline, both builds run at once (the baseline's ports 300 above), each with its own gateway and data, and
 * take turns under load, round after round, so that a change of the machine's load falls on both. CPU per request
 * is read from /proc over the measured seconds; each profile covers the measured rounds (warm-up before them, and
 * idle time — the other build's turns — left out).
 */
export async function profileSubgraphs(options: SubgraphProfileOptions): Promise<SubgraphProfileResult> {
  const deployed = DOMAINS.map((d) => d.name);
  const domains = federatedDomains(deployed);
  console.log(`[subgraph-profile] building and packing ${domains.join(', ')}`);
  const packed = productionPack;
  packSubgraphs(REPO_ROOT, domains, packed);
  const baseline = options.baseline ? baselineBuild(options.baseline, domains) : undefined;

  const bodies = pageBodies(federatedPageQuery(deployed), options.first, options.pages);
  const builds: RunningBuild[] = [];
  try {
    builds.push(await startBuild({ label: 'current', root: REPO_ROOT, packed, domains, bodies }, BENCH_PORT_OFFSET));
    if (baseline) {
      builds.push(await startBuild({ label: 'baseline', ...baseline, domains, bodies }, BENCH_PORT_OFFSET + 300));
    }
    // Warm-up by requests served, not by seconds: on a busy machine 5 s were some 25 federated pages, too few for
    // the JIT, and the first measured round of both builds read 1.5–2× the later ones.
    for (const build of builds) {
      const until = Date.now() + WARM_UP_LIMIT_MS;
      let served = 0;
      do {
        const seconds = Math.max(options.warmupSeconds, 5);
        served += (await load({ ...build.load, connections: options.connections, seconds, warmupSeconds: 0 })).requests;
      } while (served < WARM_UP_REQUESTS && Date.now() < until);
    }
    const started = Date.now();
    for (let round = 1; round <= options.rounds; round++) {
      // Strictly in turn, never one build twice in a row: a build loaded right after its own load pays for the
      // garbage that load left (in an A/A run, 1.4× the CPU per request), one that idled had it collected then.
      for (const build of builds) {
        const before = build.subgraphs.map((s) => groupCpuMs(s.pid));
        const loaded = await load({
          ...build.load,
          connections: options.connections,
          seconds: options.seconds,
          warmupSeconds: 0,
        });
        if (loaded.failures > 0) throw new Error(`${build.label}: ${loaded.failures} failed request(s) under load`);
        const cpu = build.subgraphs.map((s, i) => groupCpuMs(s.pid) - (before[i] as number));
        cpu.forEach((ms, i) => {
          build.cpuMs[i] = [...(build.cpuMs[i] ?? []), ms / Math.max(1, loaded.requests)];
        });
        build.requests += loaded.requests;
        build.rps.push(loaded.rps);
        build.rounds.push(cpu.reduce((sum, ms) => sum + ms, 0) / Math.max(1, loaded.requests));
        console.log(
          `[subgraph-profile] round ${round} ${build.label.padEnd(8)} ${loaded.rps.toFixed(0).padStart(5)} rps, ` +
            `subgraphs ${(build.rounds.at(-1) as number).toFixed(2)} ms CPU per request`,
        );
      }
    }
    const results = await Promise.all(builds.map((build) => finishBuild(build, Date.now() - started)));
    const [current, old] = results as [BuildMeasurement, BuildMeasurement | undefined];
    if (!baseline || !old) return { options, ...current };
    const sameAnswers = isDeepStrictEqual(builds[0]?.answers, builds[1]?.answers);
    if (!sameAnswers)
      console.warn('[subgraph-profile] the baseline answers differently: the two builds did other work');
    return { options, ...current, baseline: { commit: baseline.commit, sameAnswers, ...old } };
  } finally {
    await Promise.all(builds.map((build) => build.stop()));
  }
}

interface RunningBuild {
  label: string;
  root: string;
  packed: (domain: string) => string;
  domains: string[];
  subgraphs: PeerProcess[];
  profileDir: (domain: string) => string;
  load: { url: string; bodies: string[]; headers: Record<string, string> };
  /** The federated pages as this build answered them, to check that both builds do the same work. */
  answers: unknown[];
  /** Per subgraph, CPU ms per request of each round. */
  cpuMs: number[][];
  requests: number;
  rps: number[];
  rounds: number[];
  stop(): Promise<void>;
}

async function startBuild(
  build: { label: string; root: string; packed: (domain: string) => string; domains: string[]; bodies: string[] },
  portOffset: number,
): Promise<RunningBuild> {
  const { label, packed, domains, bodies } = build;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'shian-bench-production-'));
  const plan = platformPlan({ portOffset, dataDir, kinds: ['subgraph', 'gateway'] });
  // SQLite in a fresh folder, as the gateway part; production mode, as the images run (NODE_ENV=production: the
  // migrate step before start, keys and secrets of the run's own), for both builds alike.
  const production = productionSettings(dataDir);
  const env = { ...plan.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: undefined, ...production.subgraphEnv };
  const profileDir = (domain: string) => path.join(BENCH_DIR, 'results', 'subgraph-profile', label, domain);
  const processes: PeerProcess[] = [];
  const stop = async () => {
    await Promise.all(processes.map((p) => p.stop()));
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    for (const domain of domains) rmSync(profileDir(domain), { recursive: true, force: true });
    const subgraphs = await startProductionSubgraphs({
      label,
      domains,
      packed,
      env,
      nodeOptions: (domain) => ['--cpu-prof', `--cpu-prof-dir=${profileDir(domain)}`],
    });
    processes.push(...subgraphs);
    const gatewayPort = Number(plan.env.GATEWAY_PORT);
    const gatewayEnv: Record<string, string> = {
      LOG_LEVEL: 'warn',
      GATEWAY_PORT: String(gatewayPort),
      RATE_LIMIT_USER_PER_MIN: '0',
      RATE_LIMIT_IP_PER_MIN: '0',
      // The reminder scheduler would query the entities subgraph on its own, into the profile.
      REMINDERS: 'off',
      // In production too, as in the gateway part (from source): the run's token secret and gateway key, which the
      // subgraphs trust, and the federated page as its one trusted operation.
      NODE_ENV: 'production',
      ...production.gatewayEnv,
      CORS_ORIGINS: production.subgraphEnv.CORS_ORIGINS as string,
      TRUSTED_OPERATIONS_FILE: trustedManifestFile(dataDir, [JSON.parse(bodies[0] as string).query as string]),
    };
    for (const [key, value] of Object.entries(plan.env as Record<string, string>)) {
      if (key.endsWith('_PORT') && key !== 'GATEWAY_PORT') gatewayEnv[key] = value;
    }
    const gateway = startPeer(
      `gateway (subgraph profile, ${label})`,
      path.join(REPO_ROOT, 'services/gateway/src/main.ts'),
      gatewayPort,
      gatewayEnv,
    );
    processes.unshift(gateway);
    const officer = DEMO_USERS.find((u) => u.username === 'officer');
    if (!officer) throw new Error('no demo user officer');
    const { token } = await signToken(officer, { secret: production.authSecret });
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    await waitForGraphQL(gateway.url, headers);
    const answers = await Promise.all(
      bodies.map(async (body) => {
        const response = await fetch(gateway.url, { method: 'POST', headers, body });
        const parsed = (await response.json()) as { data?: unknown; errors?: unknown[] };
        if (response.status !== 200 || parsed.errors?.length) {
          throw new Error(`${label}: the federated page failed: ${JSON.stringify(parsed).slice(0, 400)}`);
        }
        return parsed.data;
      }),
    );
    return {
      ...build,
      subgraphs,
      profileDir,
      load: { url: gateway.url, bodies, headers },
      answers,
      cpuMs: [],
      requests: 0,
      rps: [],
      rounds: [],
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Stops the build (its subgraphs write their profiles on exit) and reads the profiles' last `measuredMs`. */
async function finishBuild(build: RunningBuild, measuredMs: number): Promise<BuildMeasurement> {
  const started = Date.now();
  await build.stop();
  const window = measuredMs + (Date.now() - started);
  const profiles = build.domains.map((domain, i) => {
    const file = largestProfile(build.profileDir(domain));
    if (!file) throw new Error(`${build.label} ${domain}: no profile written (did it exit on SIGTERM?)`);
    const bundle = `file://${build.packed(domain)}/dist/`;
    const summary = summarizeProfile(file, {
      lastMs: window,
      busyOnly: true,
      // The bundle was built in services/<domain>/dist: its source map's sources are relative to that.
      builtIn: (url) => (url.startsWith(bundle) ? path.join(build.root, 'services', domain, 'dist') : undefined),
    });
    return { subgraph: domain, cpuMsPerRequest: median(build.cpuMs[i] ?? [0]), summary };
  });
  for (const p of profiles) {
    console.log(
      `[subgraph-profile] ${build.label} ${p.subgraph}: ${p.cpuMsPerRequest.toFixed(2)} ms CPU per federated ` +
        `request; top: ${p.summary.byFunction
          .slice(0, 3)
          .map((f) => `${f.name} ${(f.share * 100).toFixed(1)} %`)
          .join(', ')}`,
    );
  }
  return { requests: build.requests, rps: median(build.rps), rounds: build.rounds, profiles };
}
