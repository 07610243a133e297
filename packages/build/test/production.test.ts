/**
 * Issue #15: the packed artifacts run as production runs them. One subgraph (entities) and the gateway are built
 * and packed (`pack:production`), then: no development package in their node_modules, no demo data in the
 * server's bundle, a production start on an unmigrated PostgreSQL database refused naming the migrate step, three
 * migrate steps at once applying each migration once, and the two serving a query with no TypeScript hook.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEMO_USERS, generateGatewayKeyPair, signToken } from '@shian/auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEPLOY_DIR, pack } from '../src/pack.mjs';

const OFFSET = Number(process.env.SHIAN_TEST_PORT_OFFSET ?? 20000);
const SUBGRAPH_PORT = 4001 + OFFSET;
const GATEWAY_PORT = 4000 + OFFSET;
const SERVER = process.env.SHIAN_TEST_POSTGRES ?? 'postgresql://postgres@127.0.0.1:5432';
const BASE = `shian_production_${process.pid}`;
const DATABASE = `${BASE}_entities`;
const SECRET = 'production-test-secret-0123456789abcdef';
const KEYS = generateGatewayKeyPair();

const entities = path.join(DEPLOY_DIR, 'entities');
const gateway = path.join(DEPLOY_DIR, 'gateway');

/** Production settings only: nothing of the runner's environment that could turn a development default on. */
const ENV = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  NODE_ENV: 'production',
  AUTH_SECRET: SECRET,
  CORS_ORIGINS: 'https://shian.example.gov.cn',
  GATEWAY_SIGNING_KEY: KEYS.privateKey,
  GATEWAY_PUBLIC_KEY: KEYS.publicKey,
  DATABASE_URL: `${SERVER}/${BASE}`,
  // entities refuses a production start without a photo store it can write.
  VILLAGE_PHOTOS_DIR: mkdtempSync(path.join(tmpdir(), 'shian-production-photos-')),
  GATEWAY_PORT: String(GATEWAY_PORT),
  ENTITIES_PORT: String(SUBGRAPH_PORT),
  // The other subgraphs are down: on ports of this test's own, not a development platform's that may be running.
  SAMPLING_PORT: String(4002 + OFFSET),
  ENFORCEMENT_PORT: String(4003 + OFFSET),
  TRAINING_PORT: String(4004 + OFFSET),
  PUBLICITY_PORT: String(4005 + OFFSET),
  TRUSTED_OPERATIONS_FILE: path.join(gateway, 'dist', 'trusted-operations.json'),
  SUPERGRAPH_POLL_MS: '0',
  TRUSTED_OPERATIONS_POLL_MS: '0',
};

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** `node <entry>` from the artifact's own folder, exactly as a container's command would run it. */
function node(root: string, entry: string): Run {
  const child = spawn(process.execPath, [entry], { cwd: root, env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  return { child, output: () => output, exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))) };
}

function psql(sql: string, database = 'postgres'): string {
  const result = spawnSync('psql', [`${SERVER}/${database}`, '-Atc', sql], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout.trim();
}

/** Every package folder under node_modules, nested ones included. */
function installedPackages(dir: string, found: string[] = []): string[] {
  if (!existsSync(dir)) return found;
  for (const name of readdirSync(dir)) {
    if (name.startsWith('.')) continue;
    const folder = path.join(dir, name);
    if (name.startsWith('@')) {
      for (const inner of readdirSync(folder)) {
        found.push(`${name}/${inner}`);
        installedPackages(path.join(folder, inner, 'node_modules'), found);
      }
    } else {
      found.push(name);
      installedPackages(path.join(folder, 'node_modules'), found);
    }
  }
  return found;
}

const DEVELOPMENT_ONLY =
  /^(@swc\/|@swc-node\/|vite$|vitest$|@vitest\/|typescript$|@biomejs\/|turbo$|esbuild$|@shian\/build$)/;

async function waitForReady(url: string, run: Run, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (run.child.exitCode !== null) throw new Error(`exited ${run.child.exitCode}:\n${run.output()}`);
    const status = await fetch(url).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms:\n${run.output()}`);
}

async function stop(run: Run | undefined): Promise<void> {
  if (!run || run.child.exitCode !== null) return;
  run.child.kill('SIGTERM');
  await run.exited;
}

describe('packed artifacts in production', { timeout: 180_000 }, () => {
  const running: Run[] = [];

  beforeAll(() => {
    pack(['entities', 'gateway']);
  }, 300_000);

  afterAll(async () => {
    await Promise.all(running.map(stop));
    psql(`drop database if exists "${DATABASE}" with (force)`);
  });

  it('hold production dependencies only, and the server bundle carries no demo data', () => {
    for (const root of [entities, gateway]) {
      const packages = installedPackages(path.join(root, 'node_modules'));
      expect(packages.length, root).toBeGreaterThan(50);
      expect(
        packages.filter((name) => DEVELOPMENT_ONLY.test(name)),
        root,
      ).toEqual([]);
      expect(existsSync(path.join(root, 'dist', 'main.js')), root).toBe(true);
    }
    expect(existsSync(path.join(gateway, 'supergraph.graphql'))).toBe(true);
    // esbuild names each bundled source in a comment: the seed entry has the generators, the server does not.
    expect(readFileSync(path.join(entities, 'dist', 'seed.js'), 'utf8')).toMatch(/seeds\/seed\.ts/);
    for (const entry of ['main.js', 'migrate.js'])
      expect(readFileSync(path.join(entities, 'dist', entry), 'utf8')).not.toMatch(/seeds\//);
  });

  it('refuses to start on an unmigrated database, naming the migrate step', async () => {
    psql(`drop database if exists "${DATABASE}" with (force)`);
    const run = node(entities, 'dist/main.js');
    running.push(run);
    expect(await run.exited, run.output()).toBe(1);
    expect(run.output()).toContain('node dist/migrate.js');
    expect(run.output()).toContain(DATABASE);
  });

  it('migrates once from three migrate steps started together', async () => {
    const runs = [1, 2, 3].map(() => node(entities, 'dist/migrate.js'));
    running.push(...runs);
    const codes = await Promise.all(runs.map((run) => run.exited));
    const outputs = runs.map((run) => run.output());
    expect(codes, outputs.join('\n---\n')).toEqual([0, 0, 0]);
    const migrations = readdirSync(path.join(entities, 'dist', 'migrations', 'postgresql')).filter((file) =>
      file.endsWith('.js'),
    );
    const applied = outputs.map((output) => Number(/applied (\d+) migration/.exec(output)?.[1]));
    expect(applied.sort()).toEqual([0, 0, migrations.length]);
    expect(psql('select count(*) from mikro_orm_migrations', DATABASE)).toBe(String(migrations.length));
  });

  it('serves a query through the gateway, each process plain node with no TypeScript hook', async () => {
    const subgraph = node(entities, 'dist/main.js');
    const gatewayRun = node(gateway, 'dist/main.js');
    running.push(subgraph, gatewayRun);
    await waitForReady(`http://127.0.0.1:${SUBGRAPH_PORT}/ready`, subgraph);
    await waitForReady(`http://127.0.0.1:${GATEWAY_PORT}/ready`, gatewayRun);

    const officer = DEMO_USERS.find((user) => user.username === 'officer');
    const { token } = await signToken(officer!, { secret: SECRET });
    // One of the entities frontend's persisted operations: production runs only those.
    const response = await fetch(`http://127.0.0.1:${GATEWAY_PORT}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'query TownshipOptions { townships { id kind name } }' }),
    });
    expect(await response.json()).toEqual({ data: { townships: [] } });

    for (const run of [subgraph, gatewayRun]) {
      const cmdline = readFileSync(`/proc/${run.child.pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
      expect(cmdline).toEqual([process.execPath, 'dist/main.js']);
      expect(cmdline.join(' ')).not.toMatch(/--import|--loader|--require|swc|tsx|ts-node/);
    }
  });
});
