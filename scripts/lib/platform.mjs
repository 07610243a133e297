// Starts and stops the whole platform: the development OpenID provider, every subgraph of DOMAINS, the gateway, the
// shell, the remotes and the partner demo page. `npm start` uses it with the default ports; the root test suite
// (test/harness) with test ports and a temporary DATA_DIR. Plain Node so that it can run before `pnpm install`.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './bootstrap.mjs';
import { colours, eachLine, humanize, prefixFor } from './log.mjs';

/**
 * @typedef {{ name: string, label: string, subgraphPort: number, remotePort: number }} Domain
 * @typedef {'idp' | 'subgraph' | 'gateway' | 'remote' | 'shell' | 'partner-demo'} Kind
 * @typedef {{ name: string, kind: Kind, dir: string, port: number, url: string, health: string, packageName?: string, script?: string }} ProcessSpec
 * @typedef {{ processes: ProcessSpec[], skipped: string[], env: Record<string, string>, domains: Domain[],
 *   gatewayUrl: string, shellUrl: string, dataDir: string | undefined }} Plan
 */

/**
 * DOMAINS and the fixed ports as packages/platform/src/domains.ts declares them. That file is the single source; it
 * is read as text because this script runs before anything can compile TypeScript.
 * @returns {{ domains: Domain[], gatewayPort: number, shellPort: number, partnerDemoPort: number, idpPort: number }}
 */
export function readPlatformMap(root = ROOT) {
  const source = readFileSync(join(root, 'packages/platform/src/domains.ts'), 'utf8');
  const list = /export const DOMAINS\b[^=]*=\s*\[([\s\S]*?)\];/.exec(source)?.[1];
  if (list === undefined)
    throw new Error('packages/platform/src/domains.ts: cannot find `export const DOMAINS = [...]`');
  const domains = [...list.matchAll(/\{([^}]*)\}/g)].map(([, body]) => {
    const fields = Object.fromEntries(
      [...body.matchAll(/(\w+)\s*:\s*(?:'([^']*)'|"([^"]*)"|(\d+))/g)].map(([, key, single, double, number]) => [
        key,
        number !== undefined ? Number(number) : (single ?? double),
      ]),
    );
    if (!fields.name || !Number.isInteger(fields.subgraphPort) || !Number.isInteger(fields.remotePort)) {
      throw new Error(`packages/platform/src/domains.ts: cannot read the domain entry {${body.trim()}}`);
    }
    return /** @type {Domain} */ (fields);
  });
  const constant = (name) => {
    const value = new RegExp(`export const ${name}\\s*=\\s*(\\d+)`).exec(source)?.[1];
    if (value === undefined) throw new Error(`packages/platform/src/domains.ts: cannot find ${name}`);
    return Number(value);
  };
  return {
    domains,
    gatewayPort: constant('GATEWAY_PORT'),
    shellPort: constant('SHELL_PORT'),
    partnerDemoPort: constant('PARTNER_DEMO_PORT'),
    idpPort: constant('IDP_PORT'),
  };
}

/**
 * The demo users of packages/auth/src/demo-users.ts (read as text, like DOMAINS) with their role labels.
 * @returns {{ password: string, users: { username: string, name: string, role: string, roleLabel: string }[] }}
 */
export function readDemoUsers(root = ROOT) {
  const users = readFileSync(join(root, 'packages/auth/src/demo-users.ts'), 'utf8');
  const identity = readFileSync(join(root, 'packages/auth/src/identity.ts'), 'utf8');
  const password = /DEMO_PASSWORD\s*=\s*'([^']*)'/.exec(users)?.[1];
  const labels = /ROLE_LABELS[^=]*=\s*\{([^}]*)\}/.exec(identity)?.[1] ?? '';
  const roleLabel = (role) => new RegExp(`\\b${role}:\\s*'([^']*)'`).exec(labels)?.[1] ?? role;
  const list = [...users.matchAll(/\{\s*username:\s*'([^']*)',\s*name:\s*'([^']*)',\s*role:\s*'([^']*)'/g)];
  if (!password || list.length === 0) throw new Error('packages/auth/src/demo-users.ts: cannot read DEMO_USERS');
  return {
    password,
    users: list.map(([, username, name, role]) => ({ username, name, role, roleLabel: roleLabel(role) })),
  };
}

/** Ports of the plan that something else already listens on (a previous run, another program). */
export async function busyPorts(plan) {
  const busy = [];
  for (const spec of plan.processes) {
    const free = await new Promise((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(spec.port, () => server.close(() => resolve(true)));
    });
    if (!free) busy.push(spec);
  }
  return busy;
}

/** The environment variable names of packages/platform/src/env.ts. */
export const envName = (domain, suffix) => `${domain.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_${suffix}`;

function packageJson(dir) {
  const file = join(dir, 'package.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

/**
 * Which processes to run, on which ports. `portOffset` shifts every default port (the tests use 10000: IdP 14400,
 * gateway 14000, subgraphs 14001…, shell 15000, remotes 15001…, partner demo 15100); ports already set in `env` win.
 * `dev` runs each package's `dev` script where it has one (watch mode: subgraphs and servers restart on change,
 * vite serves the shell and the remotes with hot reload), its `start` script otherwise.
 * @param {{ root?: string, env?: NodeJS.ProcessEnv, portOffset?: number, dataDir?: string, kinds?: Kind[], dev?: boolean }} [options]
 * @returns {Plan}
 */
export function platformPlan(options = {}) {
  const root = options.root ?? ROOT;
  const baseEnv = options.env ?? process.env;
  const offset = options.portOffset ?? 0;
  const map = readPlatformMap(root);
  /** @type {Record<string, string>} */
  const env = {};
  const port = (name, fallback) => {
    const value = Number(baseEnv[name] || fallback + offset);
    env[name] = String(value);
    return value;
  };
  const gatewayPort = port('GATEWAY_PORT', map.gatewayPort);
  const shellPort = port('SHELL_PORT', map.shellPort);
  const partnerDemoPort = port('PARTNER_DEMO_PORT', map.partnerDemoPort);
  const idpPort = port('IDP_PORT', map.idpPort);
  if (options.dataDir) env.DATA_DIR = options.dataDir;

  /** @type {ProcessSpec[]} */
  const candidates = [];
  // Every process trusts this provider's tokens outside production (@shian/auth reads IDP_PORT, set above).
  candidates.push({
    name: 'idp',
    kind: 'idp',
    dir: join(root, 'services/idp'),
    port: idpPort,
    url: `http://localhost:${idpPort}/`,
    health: `http://127.0.0.1:${idpPort}/.well-known/openid-configuration`,
  });
  for (const domain of map.domains) {
    const p = port(envName(domain.name, 'PORT'), domain.subgraphPort);
    candidates.push({
      name: domain.name,
      kind: 'subgraph',
      dir: join(root, 'services', domain.name),
      port: p,
      url: `http://localhost:${p}/graphql`,
      health: `http://127.0.0.1:${p}/health`,
    });
  }
  candidates.push({
    name: 'gateway',
    kind: 'gateway',
    dir: join(root, 'services/gateway'),
    port: gatewayPort,
    url: `http://localhost:${gatewayPort}/graphql`,
    health: `http://127.0.0.1:${gatewayPort}/health`,
  });
  for (const domain of map.domains) {
    const p = port(envName(domain.name, 'REMOTE_PORT'), domain.remotePort);
    candidates.push({
      name: `${domain.name}-ui`,
      kind: 'remote',
      dir: join(root, 'frontends', domain.name),
      port: p,
      url: `http://localhost:${p}/`,
      health: `http://127.0.0.1:${p}/remoteEntry.js`,
    });
  }
  candidates.push({
    name: 'shell',
    kind: 'shell',
    dir: join(root, 'frontends/shell'),
    port: shellPort,
    url: `http://localhost:${shellPort}/`,
    health: `http://127.0.0.1:${shellPort}/`,
  });
  candidates.push({
    name: 'partner-demo',
    kind: 'partner-demo',
    dir: join(root, 'frontends/partner-demo'),
    port: partnerDemoPort,
    url: `http://localhost:${partnerDemoPort}/`,
    health: `http://127.0.0.1:${partnerDemoPort}/`,
  });

  const processes = [];
  const skipped = [];
  for (const spec of candidates) {
    if (options.kinds && !options.kinds.includes(spec.kind)) continue;
    const pkg = packageJson(spec.dir);
    const script = options.dev && pkg?.scripts?.dev ? 'dev' : 'start';
    if (pkg?.scripts?.start) processes.push({ ...spec, packageName: pkg.name, script });
    else if (spec.kind !== 'partner-demo' || existsSync(spec.dir))
      skipped.push(`${spec.name} (${spec.dir}: no start script)`);
  }
  return {
    processes,
    skipped,
    env,
    domains: map.domains,
    gatewayUrl: `http://localhost:${gatewayPort}`,
    shellUrl: `http://localhost:${shellPort}`,
    dataDir: options.dataDir,
  };
}

/**
 * @typedef {{ spec: ProcessSpec, pid: number, exited: Promise<number>, running: () => boolean, stop: () => Promise<void> }} Running
 */

/**
 * Runs a package's `start` script in its own process group (so that stopping it also stops whatever pnpm started
 * beneath it). Output goes to the console with a coloured prefix, or to `<logDir>/<name>.log`.
 * @param {ProcessSpec} spec
 * @param {{ env?: Record<string, string | undefined>, logDir?: string }} [options]
 * @returns {Running}
 */
export function startProcess(spec, options = {}) {
  // An `undefined` in options.env removes the variable (e.g. VITEST, which would silence the servers' logs).
  const env = Object.fromEntries(
    Object.entries({ ...process.env, ...options.env }).filter(([, value]) => value !== undefined),
  );
  const child = spawn('pnpm', ['--silent', 'run', spec.script ?? 'start'], {
    cwd: spec.dir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stopping = false;
  let write;
  if (options.logDir) {
    mkdirSync(options.logDir, { recursive: true });
    const file = createWriteStream(join(options.logDir, `${spec.name}.log`), { flags: 'a' });
    write = (line) => {
      if (!file.writableEnded) file.write(`${line}\n`);
    };
    // 'close', not 'exit': output still buffered in the pipes arrives after the process has exited.
    child.on('close', () => file.end());
  } else {
    const prefix = prefixFor(spec.name);
    // pnpm reports the signal that ended its script as a failure: noise when we are the ones stopping it.
    write = (line) => {
      if (stopping && line.includes('ELIFECYCLE')) return;
      for (const part of humanize(line).split('\n')) console.log(`${prefix} ${part}`);
    };
  }
  eachLine(child.stdout, write);
  eachLine(child.stderr, write);

  let alive = true;
  const exited = new Promise((resolve) => {
    child.on('error', (error) => {
      write(`failed to start: ${error.message}`);
      alive = false;
      resolve(127);
    });
    child.on('exit', (code, signal) => {
      alive = false;
      resolve(code ?? (signal ? 128 : 1));
    });
  });
  const signalGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // the group is already gone
    }
  };
  return {
    spec,
    pid: child.pid ?? -1,
    exited,
    running: () => alive,
    async stop() {
      if (!alive) return;
      stopping = true;
      signalGroup('SIGTERM');
      const killer = setTimeout(() => signalGroup('SIGKILL'), 8000);
      await exited;
      clearTimeout(killer);
      // pnpm may exit before the server it started: make sure nothing of the group outlives it.
      signalGroup('SIGKILL');
    },
    /** Synchronous last resort for process exit handlers. */
    kill: () => signalGroup('SIGKILL'),
  };
}

/**
 * Resolves when `url` answers 200; rejects when `running()` turns false or after `timeoutMs`.
 * @param {string} url
 * @param {{ timeoutMs?: number, running?: () => boolean, name?: string }} [options]
 */
export async function waitForHttp(url, { timeoutMs = 120_000, running = () => true, name = url } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (!running()) throw new Error(`${name} exited before it was ready (${url}: ${last})`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(3000) });
      if (response.status === 200) return;
      last = `HTTP ${response.status}`;
      await response.body?.cancel();
    } catch (error) {
      last = error instanceof Error ? (error.cause?.code ?? error.message) : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} was not ready after ${Math.round(timeoutMs / 1000)} s (${url}: ${last})`);
}

/**
 * Starts every process of the plan and waits until each answers its health URL.
 * @param {Plan} plan
 * @param {{ logDir?: string, timeoutMs?: number, env?: Record<string, string | undefined> }} [options]
 */
export async function startPlatform(plan, options = {}) {
  const env = { ...options.env, ...plan.env };
  const running = plan.processes.map((spec) => startProcess(spec, { env, logDir: options.logDir }));
  let stopping;
  const stop = () => {
    stopping ??= Promise.all(running.map((p) => p.stop())).then(() => undefined);
    return stopping;
  };
  const killNow = () => {
    for (const p of running) if (p.running()) p.kill();
  };
  process.once('exit', killNow);
  try {
    await Promise.all(
      running.map((p) =>
        waitForHttp(p.spec.health, { timeoutMs: options.timeoutMs, running: p.running, name: p.spec.name }),
      ),
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { plan, running, stop };
}

export function describeUrls(plan) {
  const rows = plan.processes.map((p) => [p.name, p.url]);
  const width = Math.max(...rows.map(([name]) => name.length));
  return rows.map(([name, url]) => `  ${name.padEnd(width)}  ${colours.cyan(url)}`).join('\n');
}
