import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitForHttp } from '../../../scripts/lib/platform.mjs';

export const BENCH_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const LOG_DIR = path.join(BENCH_DIR, 'results', 'logs');

export interface PeerProcess {
  name: string;
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * A peer gateway (src/peers/<script>.ts, or an absolute path) in its own process group, logging to results/logs/<name>.log. The
 * platform's own processes are started by scripts/lib/platform.mjs, as `npm start` and the root suite do.
 */
export function startPeer(
  name: string,
  script: string,
  port: number,
  env: Record<string, string | undefined>,
  nodeOptions: string[] = [],
): PeerProcess {
  return startNode(
    name,
    [...nodeOptions, '--import', '@swc-node/register/esm-register', path.resolve(BENCH_DIR, 'src/peers', script)],
    { cwd: BENCH_DIR, port, env: { ...env, PORT: String(port) } },
  );
}

/**
 * `node <args>` in its own process group (so that its CPU time can be read and it can be stopped whole), in `cwd`,
 * logging to results/logs/<name>.log; `undefined` in `env` removes a variable.
 */
export function startNode(
  name: string,
  args: string[],
  options: { cwd: string; port: number; env: Record<string, string | undefined> },
): PeerProcess {
  mkdirSync(LOG_DIR, { recursive: true });
  const log = createWriteStream(path.join(LOG_DIR, `${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.log`));
  const env = Object.fromEntries(
    Object.entries({ ...process.env, ...options.env }).filter(([, value]) => value !== undefined),
  );
  const child = spawn(process.execPath, args, {
    cwd: options.cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return {
    name,
    url: `http://127.0.0.1:${options.port}/graphql`,
    pid: child.pid ?? -1,
    async stop() {
      if (child.exitCode !== null) return;
      try {
        process.kill(-(child.pid as number), 'SIGTERM');
      } catch {
        return;
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-(child.pid as number), 'SIGKILL');
        } catch {
          // gone
        }
      }, 8000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Resolves when `url` answers `{ __typename }` with 200. */
export async function waitForGraphQL(url: string, headers: Record<string, string>, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: '{ __typename }' }),
        signal: AbortSignal.timeout(3000),
      });
      if (response.status === 200) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${url} not ready after ${timeoutMs / 1000} s (${last})`);
}

/** Runs a command to its end, its output on the bench's own; a failure throws. */
export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(command, args, { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: exit ${result.status ?? result.signal}`);
}

export const packageName = (root: string, domain: string) =>
  (JSON.parse(readFileSync(path.join(root, 'services', domain, 'package.json'), 'utf8')) as { name: string }).name;

/** Where a subgraph of this workspace is packed for production: the gateway part and the subgraph profile run it there. */
export const productionPack = (domain: string) => path.join(BENCH_DIR, 'results', 'production', domain);

/**
 * `build:production` (packages/build: one JavaScript bundle per entry) of each subgraph of the workspace at `root`,
 * then packed as `pnpm pack:production` packs it (`pnpm deploy --prod`, hoisted), into `packed(domain)`.
 */
export function packSubgraphs(root: string, domains: string[], packed: (domain: string) => string) {
  const filters = domains.map((d) => `--filter=${packageName(root, d)}`);
  run('pnpm', ['exec', 'turbo', 'run', 'build:production', '--output-logs=errors-only', ...filters], root);
  for (const domain of domains) {
    rmSync(packed(domain), { recursive: true, force: true });
    run(
      'pnpm',
      [
        '--filter',
        packageName(root, domain),
        'deploy',
        '--prod',
        '--prefer-offline',
        '--config.node-linker=hoisted',
        '--config.confirm-modules-purge=false',
        packed(domain),
      ],
      root,
    );
  }
}

/**
 * Each of `domains` as production runs it, from its pack (`packSubgraphs`): demo data written by its own
 * `dist/seed.js` into `env.DATA_DIR`, then `node dist/main.js` — no TypeScript hooks, no source maps — on its port
 * in `env` (`<DOMAIN>_PORT`), development mode (NODE_ENV unset: it migrates on start). Each answers `/health`
 * before the next starts; on a failure the ones started are stopped.
 */
export async function startProductionSubgraphs(options: {
  label: string;
  domains: string[];
  packed: (domain: string) => string;
  env: Record<string, string | undefined>;
  /** Node options of a domain's process (e.g. `--cpu-prof`). */
  nodeOptions?: (domain: string) => string[];
}): Promise<PeerProcess[]> {
  const { label, domains, packed, env } = options;
  const started: PeerProcess[] = [];
  try {
    for (const domain of domains) {
      const seedEnv = Object.fromEntries(Object.entries({ ...process.env, ...env }).filter(([, v]) => v !== undefined));
      run(process.execPath, ['dist/seed.js'], packed(domain), seedEnv);
      const port = Number(env[`${domain.toUpperCase()}_PORT`]);
      const name = `production ${label} ${domain}`;
      const subgraph = startNode(name, [...(options.nodeOptions?.(domain) ?? []), 'dist/main.js'], {
        cwd: packed(domain),
        port,
        env,
      });
      started.push(subgraph);
      await waitForHttp(`http://127.0.0.1:${port}/health`, { name });
    }
  } catch (error) {
    await Promise.all(started.map((p) => p.stop()));
    throw error;
  }
  return started;
}
