import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packWeb } from '../../scripts/lib/pack-web.mjs';
import { LOG_DIR } from './constants';

/** Debian's nginx: `npm test` installs it as root. A missing nginx fails the web tests; they never skip. */
export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

export interface PackedWeb {
  dir: string;
  /** Remote versions as packed: domain → version id. */
  versions: Record<string, string>;
  remove: () => void;
}

/**
 * The built frontends packed as `pnpm pack:web` packs them, into a folder of the test's own (readable by nginx's
 * workers, which run as nobody when the master is root).
 */
export function packTestWeb(): PackedWeb {
  const dir = mkdtempSync(join(tmpdir(), 'shian-web-'));
  chmodSync(dir, 0o755);
  const { remotes } = packWeb({ out: dir });
  return {
    dir,
    versions: Object.fromEntries(remotes.map((r) => [r.domain, r.version])),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Adds another version folder of a remote beside the packed one, made from it (a previous release, say). */
export function addRemoteVersion(web: PackedWeb, domain: string, version: string) {
  const source = join(web.dir, 'remotes', domain, web.versions[domain]!);
  const target = join(web.dir, 'remotes', domain, version);
  cpSync(source, target, { recursive: true });
  return target;
}

export interface RunningWeb {
  url: string;
  process: ChildProcess;
  /** Runs the entrypoint's `reload` with this environment: rewrites remotes.json and the CSP, nginx reloads. */
  reload: (env: Record<string, string>) => void;
  stop: () => Promise<void>;
}

/** The entrypoint's environment: the test's variables only, never the developer's GATEWAY_URL or *_REMOTE_URL. */
function entrypointEnv(runDir: string, port: number, env: Record<string, string>) {
  return {
    PATH: process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin',
    WEB_RUN_DIR: runDir,
    WEB_PORT: String(port),
    WEB_WORKER_PROCESSES: '1',
    ...env,
  };
}

/** Renders only (`entrypoint.sh render`): the exit code and stderr, for configurations that must be refused. */
export function renderWeb(web: PackedWeb, env: Record<string, string>) {
  const runDir = mkdtempSync(join(tmpdir(), 'shian-web-run-'));
  const result = spawnSync('sh', [join(web.dir, 'entrypoint.sh'), 'render'], {
    env: entrypointEnv(runDir, 1, env),
    encoding: 'utf8',
  });
  rmSync(runDir, { recursive: true, force: true });
  return { status: result.status, stderr: result.stderr };
}

/** Starts nginx through the packed entrypoint on `port`, pid and temporary files in a folder of its own. */
export async function startWeb(web: PackedWeb, port: number, env: Record<string, string>): Promise<RunningWeb> {
  if (!existsSync(NGINX)) {
    throw new Error(
      `nginx is not installed at ${NGINX}: run \`apt-get install -y nginx\` (npm test does this as root)`,
    );
  }
  const runDir = mkdtempSync(join(tmpdir(), 'shian-web-run-'));
  chmodSync(runDir, 0o755);
  mkdirSync(LOG_DIR, { recursive: true });
  // Its output (nginx's access and error logs) goes to test-results/logs, and its tail into a failure's message.
  const logFile = join(LOG_DIR, `web-${port}.log`);
  const log = openSync(logFile, 'w');
  const child = spawn('sh', [join(web.dir, 'entrypoint.sh')], {
    env: entrypointEnv(runDir, port, env),
    stdio: ['ignore', log, log],
    detached: true,
  });
  closeSync(log);
  const stderr = () => readFileSync(logFile, 'utf8').trim().split('\n').slice(-10).join('\n');
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      // QUIT: the entrypoint passes it on, nginx stops gracefully and the entrypoint exits with it.
      child.kill('SIGQUIT');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      // Its own process group (detached): the entrypoint, nginx and the log reader go together.
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
    }
    rmSync(runDir, { recursive: true, force: true });
  };
  try {
    const deadline = Date.now() + 15_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${stderr()}`);
      const up = await fetch(`${url}/remotes.json`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) break;
      if (Date.now() > deadline) throw new Error(`nginx did not answer on ${url} within 15 s: ${stderr()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    process: child,
    reload: (next) => {
      const result = spawnSync('sh', [join(web.dir, 'entrypoint.sh'), 'reload'], {
        env: entrypointEnv(runDir, port, next),
        encoding: 'utf8',
      });
      if (result.status !== 0) throw new Error(`entrypoint.sh reload failed (${result.status}): ${result.stderr}`);
    },
    stop,
  };
}
