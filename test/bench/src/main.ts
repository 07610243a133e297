/**
 * `pnpm bench`: the gateway against its peers and the limit, query counts, data scale and bundle sizes, measured in
 * one run on this machine; the figures go to docs/benchmarks.md (between its generated markers) and
 * results/latest.json. Options: --only=gateway,counts,scale,frontend,subgraph-profile  --seconds=N --warmup=N
 * --connections=N --rounds=N --no-profile --large=ENTITIES (samples are 10 per entity) --dialects=sqlite,postgresql
 * --baseline[=COMMIT] (subgraph-profile: also today's build, BASELINE_COMMIT, or COMMIT's) --targets=floor,entities (only the gateway part's targets whose name contains one of these) --no-doc (leave
 * docs/benchmarks.md alone: a short or partial run's figures go to results/latest.json only)
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { DOMAINS } from '@shian/platform';
import type { Dialect } from '@shian/subgraph-kit';
import { frontendDirs, remoteOwn, shellInitial, shellOnDemand } from './bundles';
import { describeCounts, measureCounts } from './counts';
import { benchGateways } from './gateway-bench';
import { describeMachine } from './machine';
import { BENCH_DIR, stopRunning } from './processes';
import { largestProfile, summarizeProfile } from './profile';
import { REPO_ROOT } from './repo';
import { type BenchReport, writeReport } from './report';
import { benchScale } from './scale';
import { BASELINE_COMMIT, profileSubgraphs } from './subgraph-profile';

const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key as string, value ?? 'true'];
  }),
);
const number = (key: string, fallback: number) => (args.has(key) ? Number(args.get(key)) : fallback);
const parts = (args.get('only') ?? 'gateway,counts,scale,frontend').split(',');
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/shian';

function reachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 5432) });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

const started = performance.now();
const report: BenchReport = { machine: describeMachine(), seconds: 0, failures: [] };

/** Written after every part, so that a part that fails later does not lose the figures measured before it. */
function save() {
  report.seconds = (performance.now() - started) / 1000;
  mkdirSync(path.join(BENCH_DIR, 'results'), { recursive: true });
  writeFileSync(path.join(BENCH_DIR, 'results', 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  if (!args.has('no-doc')) writeReport(path.join(REPO_ROOT, 'docs', 'benchmarks.md'), report);
}

/** The processes this one started, and theirs, that are still alive (Linux: /proc). */
function descendants(): { pid: number; command: string }[] {
  const parents = new Map<number, number>();
  const commands = new Map<number, string>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid …: comm may hold spaces and parentheses, so read after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(entry), ppid);
      commands.set(Number(entry), readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ').trim());
    } catch {
      // exited meanwhile
    }
  }
  const found: { pid: number; command: string }[] = [];
  const visit = (parent: number) => {
    for (const [pid, ppid] of parents)
      if (ppid === parent) {
        found.push({ pid, command: commands.get(pid) ?? '' });
        visit(pid);
      }
  };
  visit(process.pid);
  return found;
}

/**
 * After a part, nothing it started may run on into the next part's measurements: the processes it started with
 * startNode are stopped (with their process groups), and any other descendant still alive is killed; both are said.
 */
async function stopWhatIsLeft(name: string) {
  const stopped = await stopRunning();
  if (stopped.length) console.warn(`[bench] still running after ${name}, stopped: ${stopped.join(', ')}`);
  for (const { pid, command } of descendants()) {
    console.warn(`[bench] still running after ${name}, killed: ${pid} ${command.slice(0, 160)}`);
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
}

async function part(name: string, run: () => Promise<void>) {
  if (!parts.includes(name)) return;
  try {
    await run();
  } catch (error) {
    console.error(`[bench] ${name} failed:`, error);
    report.failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  await stopWhatIsLeft(name);
  save();
}
console.log(`[bench] ${report.machine.cpu}, load average ${report.machine.loadAverage.join(' ')}`);

await part('gateway', async () => {
  const profileDir =
    args.get('profile') === 'false' || args.has('no-profile') ? undefined : path.join(BENCH_DIR, 'results', 'profile');
  report.gateway = await benchGateways({
    connections: number('connections', 16),
    seconds: number('seconds', 6),
    warmupSeconds: number('warmup', 2),
    rounds: number('rounds', 4),
    first: 20,
    // 40 distinct pages (the demo data holds 43 pages of entities and 98 of samples): with 20, Hive Gateway merged
    // 10-17 % of its identical in-flight subgraph requests on the pass-through query (docs/benchmarks.md finding 8).
    pages: 40,
    profileDir,
    only: args.get('targets')?.toLowerCase().split(','),
  });
  const file = report.gateway.profile && largestProfile(report.gateway.profile);
  if (file) report.profile = summarizeProfile(file);
});

// Not part of the default run: it builds and packs the subgraphs first (a minute or two), and the baseline's once.
await part('subgraph-profile', async () => {
  const baseline = args.get('baseline');
  report.subgraphProfile = await profileSubgraphs({
    connections: number('connections', 16),
    seconds: number('seconds', 6),
    warmupSeconds: number('warmup', 2),
    rounds: number('rounds', 4),
    first: 20,
    pages: 20,
    baseline: baseline === 'true' ? BASELINE_COMMIT : baseline,
  });
});

await part('counts', async () => {
  const result = await measureCounts('sqlite', [10, 100]);
  report.counts = Object.entries(result).map(([first, page]) => `page of ${first}: ${describeCounts(page.counts)}`);
  for (const line of report.counts) console.log(`[counts] ${line}`);
});

await part('scale', async () => {
  const dialects = (args.get('dialects') ?? 'sqlite,postgresql').split(',') as Dialect[];
  const usable: Dialect[] = [];
  for (const dialect of dialects) {
    if (dialect === 'postgresql' && !(await reachable(DATABASE_URL))) {
      console.warn(`[scale] PostgreSQL at ${DATABASE_URL} is not reachable: skipped`);
      continue;
    }
    usable.push(dialect);
  }
  const large = number('large', 100_000);
  report.scale = await benchScale({
    dialects: usable,
    sizes: [
      { name: 'small', entities: 1_000, samples: 10_000, cases: 1_000 },
      { name: 'large', entities: large, samples: large * 10, cases: large },
    ],
    databaseUrl: DATABASE_URL,
    repeats: 15,
  });
});

await part('frontend', async () => {
  const { shell, remotes } = frontendDirs(REPO_ROOT, DOMAINS);
  report.frontend = {
    shell: shellInitial(shell),
    shellOnDemand: shellOnDemand(shell),
    remotes: remotes.map((r) => remoteOwn(r.dir, r.name)),
  };
});

console.log(
  `[bench] done in ${Math.round(report.seconds)} s: ${args.has('no-doc') ? 'results/latest.json' : 'docs/benchmarks.md'}`,
);
if (report.failures.length > 0) process.exit(1);
