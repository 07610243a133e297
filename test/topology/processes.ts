import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Host, inHost } from './network.mjs';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const LOG_DIR = join(REPO_ROOT, 'test', 'test-results', 'topology-logs');
export const DEPLOY_DIR = join(REPO_ROOT, '.deploy');

export type Artifact = 'gateway' | 'entities' | 'sampling' | 'enforcement' | 'training' | 'publicity';
export type Entry = 'main' | 'migrate' | 'seed';

/**
 * The one switch between the production artifacts (`pnpm build:production && pnpm pack:production` writes
 * `.deploy/<name>/`, run as `node dist/main.js`) and the development entry points of the source tree (the kit's CLI,
 * the gateway's `start`). SHIAN_TOPOLOGY_ENTRY=artifacts|source; by default the artifacts when all are there.
 */
export function entryKind(names: Artifact[]): 'artifacts' | 'source' {
  const asked = process.env.SHIAN_TOPOLOGY_ENTRY?.trim();
  if (asked === 'artifacts' || asked === 'source') return asked;
  if (asked) throw new Error(`SHIAN_TOPOLOGY_ENTRY=${asked}: artifacts or source`);
  return names.every((name) => existsSync(join(DEPLOY_DIR, name, 'dist', 'main.js'))) ? 'artifacts' : 'source';
}

/** What runs: its folder, its command line, and what the environment must add for this kind of entry. */
export interface Command {
  cwd: string;
  argv: string[];
  env?: Record<string, string>;
}

/** Where and how an artifact's entry runs, in the chosen kind. */
export function command(kind: 'artifacts' | 'source', name: Artifact, entry: Entry): Command {
  if (kind === 'artifacts') {
    const cwd = join(DEPLOY_DIR, name);
    const file = join(cwd, 'dist', `${entry}.js`);
    if (!existsSync(file)) throw new Error(`${file} is missing: pnpm build:production && pnpm pack:production ${name}`);
    // A packed gateway has no frontends beside it to collect the trusted operations from: it reads the manifest
    // collected at build time, or refuses every operation in production.
    const env =
      name === 'gateway' ? { TRUSTED_OPERATIONS_FILE: join(cwd, 'dist', 'trusted-operations.json') } : undefined;
    return { cwd, argv: [process.execPath, file], env };
  }
  if (name === 'gateway') {
    if (entry !== 'main') throw new Error(`the gateway has no ${entry} entry`);
    const cwd = join(REPO_ROOT, 'services', 'gateway');
    return { cwd, argv: [process.execPath, '--import', '@swc-node/register/esm-register', 'src/main.ts'] };
  }
  const cli = join(REPO_ROOT, 'packages', 'subgraph-kit', 'bin', 'shian-subgraph.mjs');
  return { cwd: join(REPO_ROOT, 'services', name), argv: [process.execPath, cli, entry === 'main' ? 'start' : entry] };
}

export interface Started {
  name: string;
  /** null: the root namespace. */
  host: Host | null;
  pid: number;
  child: ChildProcess;
  /** Resolves with the exit code (or 128 + signal) once the process has ended. */
  exited: Promise<number>;
  /** kill -9 of its whole process group (the source tree's CLI is a wrapper around the server). */
  kill9: () => void;
}

const SIGNALS: Record<string, number> = { SIGKILL: 9, SIGTERM: 15, SIGINT: 2 };

/** Runs one entry inside a host (null: the root namespace), its own process group, output appended to LOG_DIR/<log>.log. */
export function startIn(host: Host | null, spec: Command, env: Record<string, string>, log: string): Started {
  mkdirSync(LOG_DIR, { recursive: true });
  const out = createWriteStream(join(LOG_DIR, `${log}.log`), { flags: 'a' });
  const [program, ...args] = host ? inHost(host, spec.argv) : spec.argv;
  const child = spawn(program!, args, {
    cwd: spec.cwd,
    env: { ...env, ...spec.env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(out, { end: false });
  child.stderr?.pipe(out, { end: false });
  const exited = new Promise<number>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? 128 + (signal ? (SIGNALS[signal] ?? 0) : 0)));
  });
  if (child.pid === undefined) throw new Error(`${log}: could not start ${spec.argv.join(' ')}`);
  const pid = child.pid;
  return {
    name: log,
    host,
    pid,
    child,
    exited,
    kill9: () => {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // already gone
      }
    },
  };
}

/** Runs an entry to its end (migrate, seed): its exit code must be 0. */
export async function runIn(host: Host, spec: Command, env: Record<string, string>, log: string): Promise<void> {
  const started = startIn(host, spec, env, log);
  const code = await started.exited;
  if (code !== 0) throw new Error(`${log} exited with ${code}: see ${join(LOG_DIR, `${log}.log`)}`);
}

/** Polls `url` until it answers 200, or throws after `timeoutMs` (or as soon as the process has exited). */
export async function waitFor200(url: string, timeoutMs: number, process?: Started): Promise<number> {
  const started = Date.now();
  let ended = false;
  void process?.exited.then(() => {
    ended = true;
  });
  while (Date.now() - started < timeoutMs) {
    if (ended) throw new Error(`${process?.name} exited before ${url} answered: see ${LOG_DIR}/${process?.name}.log`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.status === 200) return Date.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
}
