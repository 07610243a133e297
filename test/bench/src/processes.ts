import { spawn, spawnSync } from 'node:child_process';
import { createHash, generateKeyPairSync, type KeyObject, randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** Every process `startNode` started and nobody stopped yet (its group may outlive it): `stopRunning` stops them. */
const running = new Set<PeerProcess>();

/**
 * Stops every process `startNode` started that is still running and returns their names: main.ts calls it after
 * each part, so that nothing a part started (a subgraph, a peer, the floor) is still alive, and perhaps busy, while
 * the next part measures.
 */
export async function stopRunning(): Promise<string[]> {
  const left = [...running];
  await Promise.all(left.map((p) => p.stop()));
  return left.map((p) => p.name);
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
  const group = -(child.pid as number);
  const killGroup = () => {
    try {
      process.kill(group, 'SIGKILL');
    } catch {
      // gone
    }
  };
  const started: PeerProcess = {
    name,
    url: `http://127.0.0.1:${options.port}/graphql`,
    pid: child.pid ?? -1,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(group, 'SIGTERM');
        } catch {
          // gone
        }
        const timer = setTimeout(killGroup, 8000);
        await exited;
        clearTimeout(timer);
      }
      // A process the leader started in its group (a worker) can outlive it; the group goes with the leader.
      killGroup();
      running.delete(started);
    },
  };
  running.add(started);
  return started;
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
 * in `env` (`<DOMAIN>_PORT`). With `env.NODE_ENV` production (`productionSettings`), the database is first brought
 * up to date by `node dist/migrate.js` in that environment, as the deploy's migration Job does (a production
 * subgraph refuses a database with a pending migration), and the demo data is written with NODE_ENV unset, as the
 * development overlay's seed Job does (production never seeds). Each answers `/health` before the next starts; on
 * a failure the ones started are stopped.
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
      const defined = (vars: Record<string, string | undefined>) =>
        Object.fromEntries(Object.entries({ ...process.env, ...vars }).filter(([, v]) => v !== undefined));
      if (env.NODE_ENV === 'production') run(process.execPath, ['dist/migrate.js'], packed(domain), defined(env));
      run(process.execPath, ['dist/seed.js'], packed(domain), defined({ ...env, NODE_ENV: undefined }));
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

/**
 * What a production subgraph requires besides NODE_ENV=production, made up for one run as the deploy's secrets are
 * for one deployment (deploy/README.md; packages/auth production.ts refuses to start without them): a token secret
 * of its own (`AUTH_SECRET`: the bench signs the demo user's token with it, our gateway verifies with it), a gateway
 * key pair of its own (the public key to the subgraphs, the private one to our gateway and to the credentials the
 * bench signs for the peers), CORS origins, and the entities subgraph's photo folder (`VILLAGE_PHOTOS_DIR`, under
 * `dir`). `subgraphEnv` is the subgraphs' environment, `gatewayEnv` what our gateway needs besides its own.
 */
export function productionSettings(dir: string): {
  subgraphEnv: Record<string, string>;
  gatewayEnv: Record<string, string>;
  authSecret: string;
  signingKey: KeyObject;
} {
  const authSecret = randomBytes(48).toString('base64url');
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const photos = path.join(dir, 'village-photos');
  mkdirSync(photos, { recursive: true });
  return {
    subgraphEnv: {
      NODE_ENV: 'production',
      AUTH_SECRET: authSecret,
      GATEWAY_PUBLIC_KEY: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      CORS_ORIGINS: 'http://127.0.0.1',
      VILLAGE_PHOTOS_DIR: photos,
    },
    gatewayEnv: {
      AUTH_SECRET: authSecret,
      GATEWAY_SIGNING_KEY: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    },
    authSecret,
    signingKey: privateKey,
  };
}

/**
 * A production gateway runs only trusted operations (services/gateway trusted.ts); the bench's own are not among
 * the frontends' persisted documents, so they are its manifest, as `pnpm --filter @shian/gateway trusted-operations`
 * writes one (`sha256:<hex of the text>` → text), with the readiness probe's `{ __typename }`. Returns the file.
 */
export function trustedManifestFile(dir: string, operations: readonly string[]): string {
  const texts = [...operations, '{ __typename }'];
  const manifest = Object.fromEntries(
    texts.map((text) => [`sha256:${createHash('sha256').update(text).digest('hex')}`, text]),
  );
  const file = path.join(dir, 'trusted-operations.json');
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
  return file;
}
