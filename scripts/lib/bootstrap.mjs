// What `npm start` and `npm test` do before anything else: make sure pnpm is there, install the workspace when
// node_modules is missing or stale, build. Plain Node, no dependencies: this runs on a machine with only Node and npm.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { colours, formatDuration, info, warn } from './log.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const PNPM_VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).packageManager.split('@')[1];

/** Runs a command with inherited output; resolves with its exit code (never rejects on a non-zero exit). */
export function run(command, args, options = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolvePromise(code ?? (signal ? 128 : 1)));
  });
}

function pnpmVersionOnPath() {
  const probe = spawnSync('pnpm', ['--version'], {
    encoding: 'utf8',
    env: { ...process.env, COREPACK_ENABLE_STRICT: '0' },
  });
  return probe.status === 0 ? probe.stdout.trim() : undefined;
}

function prependToPath(dir) {
  process.env.PATH = `${dir}${delimiter}${process.env.PATH ?? ''}`;
}

/**
 * Makes `pnpm` (the pinned version) callable by name, for us and for every child: turbo and the packages'
 * scripts call `pnpm` from PATH, so a one-off `npx pnpm` would not be enough for them.
 */
export async function ensurePnpm() {
  const found = pnpmVersionOnPath();
  if (found === PNPM_VERSION) return;
  warn(
    found
      ? `pnpm ${found} found, the workspace pins ${PNPM_VERSION}`
      : `pnpm not found: installing pnpm@${PNPM_VERSION}`,
  );

  if ((await run('npm', ['install', '--global', `pnpm@${PNPM_VERSION}`, '--no-fund', '--no-audit'])) === 0) {
    const prefix = spawnSync('npm', ['prefix', '--global'], { encoding: 'utf8' }).stdout.trim();
    if (prefix) prependToPath(process.platform === 'win32' ? prefix : join(prefix, 'bin'));
    if (pnpmVersionOnPath() === PNPM_VERSION) return;
  }

  // No write access to the global prefix: keep a private copy (what `npx -y pnpm@…` would fetch) and put it on PATH.
  const toolDir = join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'shian', `pnpm-${PNPM_VERSION}`);
  mkdirSync(toolDir, { recursive: true });
  warn(`installing pnpm@${PNPM_VERSION} into ${toolDir}`);
  const code = await run('npm', ['install', '--prefix', toolDir, `pnpm@${PNPM_VERSION}`, '--no-fund', '--no-audit']);
  prependToPath(join(toolDir, 'node_modules', '.bin'));
  if (code !== 0 || pnpmVersionOnPath() !== PNPM_VERSION) {
    throw new Error(`could not install pnpm@${PNPM_VERSION}: try \`npm i -g pnpm@${PNPM_VERSION}\` by hand`);
  }
}

const WORKSPACE_DIRS = ['packages', 'services', 'frontends'];
const STAMP = join(ROOT, 'node_modules', '.shian-install-stamp');

/** What an install depends on: the lockfile, the workspace file and every package.json. */
function installInputsHash() {
  const hash = createHash('sha256');
  const files = ['pnpm-lock.yaml', 'pnpm-workspace.yaml', 'package.json', 'test/package.json'];
  for (const dir of WORKSPACE_DIRS) {
    if (!existsSync(join(ROOT, dir))) continue;
    for (const name of readdirSync(join(ROOT, dir)).sort()) files.push(`${dir}/${name}/package.json`);
  }
  for (const file of files) {
    const path = join(ROOT, file);
    if (existsSync(path)) hash.update(`${file}\0`).update(readFileSync(path));
  }
  return hash.digest('hex');
}

export async function ensureInstall() {
  const wanted = installInputsHash();
  const current = existsSync(STAMP) ? readFileSync(STAMP, 'utf8').trim() : '';
  if (current === wanted && existsSync(join(ROOT, 'node_modules', '.modules.yaml'))) {
    info(colours.dim('dependencies up to date'));
    return;
  }
  await step('pnpm install --frozen-lockfile', async () => {
    const code = await run('pnpm', ['install', '--frozen-lockfile']);
    if (code !== 0) throw new Error(`pnpm install failed (exit ${code})`);
  });
  writeFileSync(STAMP, `${wanted}\n`);
}

export async function build(extraArgs = []) {
  await step('build (turbo run build)', async () => {
    const { buildAll } = await import('../build.mjs');
    const code = await buildAll(extraArgs);
    if (code !== 0) throw new Error(`build failed (exit ${code})`);
  });
}

export const timings = [];

/** Runs one named step, recording how long it took; rethrows its failure after recording it. */
export async function step(name, body) {
  info(colours.bold(name));
  const started = Date.now();
  try {
    const result = await body();
    timings.push({ name, ms: Date.now() - started, ok: true });
    return result;
  } catch (error) {
    timings.push({ name, ms: Date.now() - started, ok: false });
    throw error;
  }
}

export function printTimings() {
  if (timings.length === 0) return;
  console.log(`\n${colours.bold('timings')}`);
  for (const { name, ms, ok } of timings) {
    const mark = ok ? colours.green('✓') : colours.red('✗');
    console.log(`  ${mark} ${name.padEnd(44)} ${formatDuration(ms).padStart(10)}`);
  }
  const total = timings.reduce((sum, t) => sum + t.ms, 0);
  console.log(`    ${'total'.padEnd(44)} ${formatDuration(total).padStart(10)}`);
}
