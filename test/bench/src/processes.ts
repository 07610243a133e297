import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
  env: Record<string, string>,
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
