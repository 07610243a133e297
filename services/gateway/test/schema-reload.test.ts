import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeSupergraph } from '../src';
import { CLOCK_SDL, shelfSdl } from './reload-fixture';

/**
 * Issue 16 item 4, with real processes: a gateway started on a supergraph file, two subgraphs (test/reload-fixture.ts),
 * and `pnpm compose`'s CLI. One subgraph is restarted with a field more and recomposed: the same gateway process
 * serves the field within its poll interval while a steady load on the other subgraph sees no error. A breaking
 * change is refused by compose, a broken supergraph or manifest written by hand is refused by the gateway (still
 * serving the last good one, and saying why in its log), and a new trusted operation runs once the manifest has it.
 *
 * Ports: 4130-4132 + SHIAN_TEST_PORT_OFFSET (default 10000).
 */
const OFFSET = Number(process.env.SHIAN_TEST_PORT_OFFSET || 10_000);
const PORTS = { gateway: 4130 + OFFSET, shelf: 4131 + OFFSET, clock: 4132 + OFFSET };
const POLL_MS = 300;
const gatewayDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NODE_ARGS = ['--import', '@swc-node/register/esm-register'];

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function run(args: string[], env: Record<string, string> = {}): Running {
  // The servers run as in development, not as a unit test: vitest's NODE_ENV=test is not theirs.
  const { NODE_ENV: _, ...inherited } = process.env;
  const child = spawn(process.execPath, [...NODE_ARGS, ...args], {
    cwd: gatewayDir,
    env: { ...inherited, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

const startFixture = (name: 'shelf' | 'clock', env: Record<string, string> = {}) =>
  run(['test/reload-fixture.ts', name, String(PORTS[name])], env);

async function stop(process_: Running | undefined) {
  if (!process_ || process_.child.exitCode !== null) return;
  process_.child.kill('SIGTERM');
  const timer = setTimeout(() => process_.child.kill('SIGKILL'), 5_000);
  await process_.exited;
  clearTimeout(timer);
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const started = Date.now();
  let last: unknown;
  while (Date.now() - started < timeoutMs) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
}

/** The gateway's /ready (its supergraph is loaded), a fixture's /health. */
// A process's start-up waits long: on a busy 2-core CI machine a TypeScript process has taken over a minute.
const ready = (port: number, process_: Running, probe = '/health') =>
  waitFor(
    `port ${port}`,
    async () => {
      if (process_.child.exitCode !== null) throw new Error(`exited ${process_.child.exitCode}:\n${process_.output()}`);
      return (await fetch(`http://127.0.0.1:${port}${probe}`)).ok || undefined;
    },
    180_000,
  );

/** `pnpm compose …` as the root script runs it, without pnpm's own start-up. */
async function compose(args: string[]) {
  const cli = run(['src/compose-cli.ts', ...args]);
  const code = await cli.exited;
  return { code, output: cli.output() };
}

/** As a release writes a file the gateway polls: whole or not at all (written beside, then renamed). */
function replaceFile(file: string, text: string) {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

const digest = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;
const manifestOf = (...operations: string[]) =>
  `${JSON.stringify(Object.fromEntries(operations.map((op) => [digest(op), op])), null, 2)}\n`;

const TICKS = '{ ticks }';
const TITLES = '{ shelves { id title } }';
const LABELS = '{ shelves { id label } }';

describe('schema and trusted operations swapped under a running gateway', { timeout: 600_000 }, () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'shian-reload-'));
  const supergraphFile = path.join(dir, 'supergraph.graphql');
  const trustedFile = path.join(dir, 'trusted-operations.json');
  const baselines = path.join(dir, 'baselines');
  const subgraphArgs = [
    '--only',
    '--subgraph',
    `shelf=http://127.0.0.1:${PORTS.shelf}/graphql`,
    '--subgraph',
    `clock=http://127.0.0.1:${PORTS.clock}/graphql`,
    '--baselines',
    baselines,
  ];
  let shelf: Running | undefined;
  let clock: Running | undefined;
  let gateway: Running | undefined;
  let token = '';

  const gql = async (query: string) => {
    const response = await fetch(`http://127.0.0.1:${PORTS.gateway}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as {
      data?: Record<string, any>;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
  };

  beforeAll(async () => {
    for (const port of Object.values(PORTS)) {
      const busy = await fetch(`http://127.0.0.1:${port}/live`).then(
        () => true,
        () => false,
      );
      if (busy) throw new Error(`port ${port} is in use: set SHIAN_TEST_PORT_OFFSET to move this test's ports`);
    }
    mkdirSync(baselines);
    // The published contract of `shelf` is its first version: taking a field away from it is a breaking change.
    writeFileSync(path.join(baselines, 'shelf.graphql'), shelfSdl(false));
    writeFileSync(trustedFile, manifestOf(TICKS, TITLES));
    // The first supergraph in process (the CLI's turn comes with the release), so that all three start at once.
    const url = (port: number) => `http://127.0.0.1:${port}/graphql`;
    const { supergraphSdl } = composeSupergraph([
      { name: 'shelf', url: url(PORTS.shelf), typeDefs: shelfSdl(false) },
      { name: 'clock', url: url(PORTS.clock), typeDefs: CLOCK_SDL },
    ]);
    replaceFile(supergraphFile, supergraphSdl);
    shelf = startFixture('shelf');
    clock = startFixture('clock');

    gateway = run(['src/main.ts'], {
      GATEWAY_PORT: String(PORTS.gateway),
      SUPERGRAPH_PATH: supergraphFile,
      SUPERGRAPH_POLL_MS: String(POLL_MS),
      TRUSTED_OPERATIONS: 'on',
      TRUSTED_OPERATIONS_FILE: trustedFile,
      // The load below is one user from one address, faster than any person.
      RATE_LIMIT_USER_PER_MIN: '0',
      RATE_LIMIT_IP_PER_MIN: '0',
    });
    await Promise.all([ready(PORTS.shelf, shelf), ready(PORTS.clock, clock), ready(PORTS.gateway, gateway, '/ready')]);
    const signIn = await fetch(`http://127.0.0.1:${PORTS.gateway}/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'officer', password: 'shian-demo' }),
    });
    token = ((await signIn.json()) as { token: string }).token;
  }, 600_000);

  afterAll(async () => {
    await Promise.all([stop(gateway), stop(shelf), stop(clock)]);
    rmSync(dir, { recursive: true, force: true });
  }, 30_000);

  it('serves a recomposed field from the same process, with no error under load, and keeps it over broken files', async () => {
    expect((await gql(TITLES)).data?.shelves).toHaveLength(2);

    // A breaking change never reaches a file: compose runs beside the rest (it needs no process), checked below.
    const withoutTitle = path.join(dir, 'shelf-without-title.graphql');
    const clockFile = path.join(dir, 'clock.graphql');
    const refusedOut = path.join(dir, 'refused-supergraph.graphql');
    writeFileSync(withoutTitle, shelfSdl(true).replace('title: String!', ''));
    writeFileSync(clockFile, CLOCK_SDL);
    const breaking = compose([
      '--only',
      '--subgraph',
      `shelf=${withoutTitle}`,
      '--subgraph',
      `clock=${clockFile}`,
      '--baselines',
      baselines,
      '--out',
      refusedOut,
    ]);

    // A steady load on the subgraph that does not change, across every swap below.
    let loadRunning = true;
    const loadErrors: string[] = [];
    let loadRequests = 0;
    const load = (async () => {
      while (loadRunning && gateway?.child.exitCode === null) {
        const result = await gql(TICKS).catch((error: Error) => ({
          errors: [{ message: error.message }],
          data: undefined,
        }));
        loadRequests += 1;
        if (result.errors || typeof result.data?.ticks !== 'number') loadErrors.push(JSON.stringify(result));
        // Steady, not flat out: the gateway and three other processes share two cores.
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();

    // Not in the manifest: refused before the schema is even consulted.
    expect((await gql(LABELS)).errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_TRUSTED');
    replaceFile(trustedFile, manifestOf(TICKS, TITLES, LABELS));
    // Trusted now; the field does not exist yet, so the refusal is the schema's.
    const validation = await waitFor('the new manifest', async () => {
      const code = (await gql(LABELS)).errors?.[0]?.extensions?.code;
      return code === 'OPERATION_NOT_TRUSTED' ? undefined : code;
    });
    expect(validation).toBe('GRAPHQL_VALIDATION_FAILED');

    // The release of one subgraph: restart it in its new version, recompose.
    await stop(shelf);
    shelf = startFixture('shelf', { RELOAD_FIXTURE_EXTRA: '1' });
    await ready(PORTS.shelf, shelf);
    const recomposed = await compose([...subgraphArgs, '--out', supergraphFile]);
    expect(recomposed.code, recomposed.output).toBe(0);
    const written = Date.now();
    const labels = await waitFor('the new field', async () => {
      const result = await gql(LABELS);
      return result.errors ? undefined : result.data?.shelves;
    });
    const servedAfter = Date.now() - written;
    expect(labels).toEqual([
      { id: '1', label: '冷藏' },
      { id: '2', label: '常温' },
    ]);
    // One poll interval, with room for a loaded CI machine.
    expect(servedAfter).toBeLessThan(POLL_MS + 2_000);
    expect(gateway?.child.exitCode).toBeNull();
    console.info(`new field served ${servedAfter} ms after compose wrote the supergraph (poll ${POLL_MS} ms)`);

    const refused = await breaking;
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/Breaking change: Field 'title' .*was removed.*Shelf\.title/);
    expect(existsSync(refusedOut)).toBe(false);

    const before = readFileSync(supergraphFile, 'utf8');

    // Broken artifacts written by hand: each refused with its reason, the last good ones still served.
    const refusals = () => gateway?.output().match(/the new version was refused/g)?.length ?? 0;
    const brokenFiles: [string, string, string][] = [
      [supergraphFile, before.slice(0, before.length / 2), 'Syntax Error'],
      [supergraphFile, before.replace(/@join__type\(graph: SHELF/g, '@join__type(graph: NOWHERE'), 'NOWHERE'],
      [trustedFile, '{ "sha256:0": ', 'not valid JSON'],
    ];
    for (const [file, text, reason] of brokenFiles) {
      const seen = refusals();
      replaceFile(file, text);
      await waitFor(`the refusal of ${path.basename(file)}`, async () => (refusals() > seen ? true : undefined));
      expect(
        gateway
          ?.output()
          .split('\n')
          .filter((line) => line.includes('was refused'))
          .at(-1),
      ).toContain(reason);
      expect((await gql(LABELS)).data?.shelves).toHaveLength(2);
    }
    // Several polls later the broken files are still refused (logged once each), the good versions served.
    await new Promise((resolve) => setTimeout(resolve, POLL_MS * 3));
    expect(refusals()).toBe(brokenFiles.length);
    expect((await gql(LABELS)).data?.shelves).toHaveLength(2);
    expect((await gql(TITLES)).data?.shelves).toHaveLength(2);

    // Counted where Prometheus reads them: one supergraph and one manifest loaded, two and one refused.
    const metrics = await (await fetch(`http://127.0.0.1:${PORTS.gateway}/metrics`)).text();
    const reloads = (artifact: string, outcome: string) =>
      metrics.match(
        new RegExp(
          `^shian_gateway_artifact_reloads_total\\{artifact="${artifact}",outcome="${outcome}"[^}]*\\} (\\d+)`,
          'm',
        ),
      )?.[1];
    expect([
      reloads('supergraph', 'loaded'),
      reloads('supergraph', 'failed'),
      reloads('trusted-operations', 'loaded'),
      reloads('trusted-operations', 'failed'),
    ]).toEqual(['1', '2', '1', '1']);

    loadRunning = false;
    await load;
    expect(loadErrors).toEqual([]);
    expect(loadRequests).toBeGreaterThan(20);
    expect(gateway?.child.exitCode).toBeNull();
    console.info(`${loadRequests} requests on the unchanged subgraph across the swaps, 0 errors`);
  });
});
