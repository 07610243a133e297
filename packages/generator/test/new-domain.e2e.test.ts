import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `pnpm new:domain inspections-demo` in a copy of the repository, then what a developer does next: build (which
 * composes), test, check the schemas, build for production, check the deploy manifests, start the new subgraph on
 * its own. Slow (about two minutes on two cores), so it
 * runs in CI (`CI` set, as .ci/run does) or with SHIAN_GENERATOR_E2E=1.
 *
 * The copy is the committed tree (`git archive HEAD`) with this package's working files on top, so that other
 * people's unfinished work in the same checkout cannot break it; outside a git checkout, the working tree without
 * what git would ignore.
 */
const ENABLED = Boolean(process.env.CI) || process.env.SHIAN_GENERATOR_E2E === '1';
const ROOT = join(import.meta.dirname, '../../..');
const PACKAGE = join(import.meta.dirname, '..');
const NAME = 'inspections-demo';

function sh(cwd: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(command, args, {
    cwd,
    env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes some tools print whatever NO_COLOR says
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output };
}

function expectSuccess(result: { status: number | null; output: string }, what: string) {
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status}):\n${result.output.slice(-6000)}`);
  return result.output;
}

const IGNORED = /(^|\/)(node_modules|dist|\.turbo|data|test-results|coverage)(\/|$)/;

function copyRepository(target: string) {
  if (sh(ROOT, 'git', ['rev-parse', '--verify', 'HEAD']).status === 0) {
    const tar = spawnSync('sh', ['-c', `git -C "${ROOT}" archive --format=tar HEAD | tar -x -C "${target}"`]);
    if (tar.status !== 0) throw new Error(`git archive | tar failed: ${tar.stderr}`);
    cpSync(PACKAGE, join(target, relative(ROOT, PACKAGE)), {
      recursive: true,
      filter: (source) => !IGNORED.test(relative(PACKAGE, source)),
    });
    return;
  }
  cpSync(ROOT, target, { recursive: true, filter: (source) => !IGNORED.test(relative(ROOT, source)) });
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

describe.skipIf(!ENABLED)('pnpm new:domain in a copy of the repository', { timeout: 600_000 }, () => {
  let repo: string;
  let generated: string;

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'shian-new-domain-'));
    copyRepository(repo);
    expectSuccess(sh(repo, 'pnpm', ['install', '--offline', '--no-frozen-lockfile']), 'pnpm install --offline');
    generated = expectSuccess(
      sh(repo, 'pnpm', ['new:domain', NAME, '--label', '日常检查', '--offline']),
      `pnpm new:domain ${NAME}`,
    );
  }, 600_000);

  afterAll(() => {
    if (repo && process.env.SHIAN_GENERATOR_KEEP !== '1') rmSync(repo, { recursive: true, force: true });
  }, 120_000);

  it('writes a subgraph and a remote shaped like the others, and registers them', () => {
    for (const file of [
      'services/inspections-demo/src/subgraph.ts',
      'services/inspections-demo/src/schema.ts',
      'services/inspections-demo/src/main.ts',
      'services/inspections-demo/src/entities/InspectionsDemoRecord.ts',
      'services/inspections-demo/src/resolvers/InspectionsDemoRecord.ts',
      'services/inspections-demo/seeds/seed.ts',
      'services/inspections-demo/test/subgraph.test.ts',
      'services/inspections-demo/test/migrations.test.ts',
      'frontends/inspections-demo/src/App.tsx',
      'frontends/inspections-demo/src/pages/RecordsPage.tsx',
      'frontends/inspections-demo/vite.config.ts',
    ]) {
      expect(existsSync(join(repo, file)), file).toBe(true);
    }
    const domains = readFileSync(join(repo, 'packages/platform/src/domains.ts'), 'utf8');
    expect(domains).toMatch(
      /\{ name: 'inspections-demo', label: '日常检查', subgraphPort: 40\d\d, remotePort: 50\d\d \}/,
    );
    const gateway = JSON.parse(readFileSync(join(repo, 'services/gateway/package.json'), 'utf8'));
    expect(gateway.devDependencies['@shian/service-inspections-demo']).toBe('workspace:*');
    expect(generated).toContain('registered inspections-demo');
  });

  it('builds: the SDL, the composed supergraph with the new subgraph, the typed remote', () => {
    const sdl = readFileSync(join(repo, 'services/inspections-demo/schema.graphql'), 'utf8');
    expect(sdl).toContain('type InspectionsDemoRecord @key(fields: "id")');
    const api = readFileSync(join(repo, 'services/gateway/api-schema.graphql'), 'utf8');
    expect(api).toContain('inspectionsDemoRecords(');
    expect(readFileSync(join(repo, 'services/gateway/supergraph.graphql'), 'utf8')).toMatch(
      /INSPECTIONS_DEMO @join__graph\(name: "inspections-demo"/,
    );
    expect(existsSync(join(repo, 'frontends/inspections-demo/src/gql/graphql.ts'))).toBe(true);
    expect(existsSync(join(repo, 'frontends/inspections-demo/dist/remoteEntry.js'))).toBe(true);
  });

  it('passes its own tests, typecheck and lint', () => {
    const filters = ['--filter=@shian/service-inspections-demo', '--filter=@shian/frontend-inspections-demo'];
    const tests = expectSuccess(
      sh(repo, 'pnpm', ['exec', 'turbo', 'run', 'test', 'typecheck', ...filters, '--concurrency=1']),
      'turbo run test typecheck',
    );
    expect(tests).toMatch(/Tasks:\s+\d+ successful/);
    expectSuccess(
      sh(repo, 'pnpm', [
        'exec',
        'biome',
        'check',
        'services/inspections-demo',
        'frontends/inspections-demo',
        'packages/platform/src/domains.ts',
        'services/gateway/package.json',
      ]),
      'biome check',
    );
  });

  it('passes the schema checks (composition, breaking changes, every frontend’s operations)', () => {
    const report = expectSuccess(sh(repo, 'pnpm', ['--silent', 'check:schema']), 'pnpm check:schema');
    expect(report).toContain('Schema check passed');
    expect(report).toContain('Subgraph inspections-demo has no baseline yet');
  });

  it('builds for production without its demo data, and has its deploy manifests', () => {
    const service = join(repo, 'services/inspections-demo');
    expectSuccess(
      sh(repo, 'pnpm', ['--filter', '@shian/service-inspections-demo', 'run', 'build:production']),
      'build:production',
    );
    // esbuild names each bundled source in a comment: only the seed entry may carry seeds/.
    for (const entry of ['main.js', 'migrate.js']) {
      const file = join(service, 'dist', entry);
      expect(existsSync(file), entry).toBe(true);
      expect(readFileSync(file, 'utf8'), entry).not.toMatch(/seeds\//);
    }
    expect(readFileSync(join(service, 'dist/seed.js'), 'utf8')).toMatch(/seeds\/seed\.ts/);
    expect(existsSync(join(service, 'dist/migrations/postgresql'))).toBe(true);

    expect(generated).toContain('wrote deploy/k8s/base/subgraphs/inspections-demo.yaml');
    expect(readFileSync(join(repo, 'deploy/k8s/base/subgraphs/inspections-demo.yaml'), 'utf8')).toContain(
      'name: inspections-demo-migrate',
    );
    // @shian/deploy's own check that the committed manifests are what DOMAINS generates.
    const current = expectSuccess(
      sh(repo, 'pnpm', [
        '--filter',
        '@shian/deploy',
        'exec',
        'vitest',
        'run',
        'test/manifests.test.ts',
        '-t',
        'are what deploy/src/subgraphs.ts makes',
      ]),
      '@shian/deploy manifests check',
    );
    expect(current).toMatch(/Tests\s+1 passed/);
  });

  it('is in the shell’s navigation and the launcher’s plan', () => {
    // The shell's navigation test: its menu is SECTIONS, which takes the new domain from DOMAINS (checked above).
    const shell = expectSuccess(
      sh(repo, 'pnpm', ['--filter', '@shian/shell', 'exec', 'vitest', 'run', 'test/shell.test.tsx']),
      'shell tests',
    );
    expect(shell).toMatch(/Tests\s+\d+ passed/);
    const plan = expectSuccess(
      sh(repo, 'node', [
        '--input-type=module',
        '-e',
        "const { platformPlan } = await import('./scripts/lib/platform.mjs'); console.log(JSON.stringify(platformPlan().processes.map((p) => p.name)));",
      ]),
      'platform plan',
    );
    expect(JSON.parse(plan.trim().split('\n').at(-1)!)).toEqual(
      expect.arrayContaining(['inspections-demo', 'inspections-demo-ui']),
    );
  });

  it('starts on its own: migrates, seeds, answers /health', async () => {
    const port = await freePort();
    const dataDir = join(repo, 'data-e2e');
    mkdirSync(dataDir, { recursive: true });
    const child = spawn('pnpm', ['--silent', 'run', 'start'], {
      cwd: join(repo, 'services/inspections-demo'),
      env: { ...process.env, INSPECTIONS_DEMO_PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: '' },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    try {
      let healthy = false;
      for (let i = 0; i < 120 && !healthy && child.exitCode === null; i += 1) {
        healthy = await fetch(`http://127.0.0.1:${port}/health`).then(
          (r) => r.ok,
          () => false,
        );
        if (!healthy) await new Promise((r) => setTimeout(r, 500));
      }
      expect(healthy, log).toBe(true);
      expect(existsSync(join(dataDir, 'inspections-demo.db'))).toBe(true);
    } finally {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    }
  });
});
