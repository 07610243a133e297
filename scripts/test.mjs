#!/usr/bin/env node
// `npm test`: install what is missing (pnpm, the workspace, Chromium, nginx), build, then lint, typecheck, every
// package's tests and the root suite (gateway over HTTP against real processes, browser end-to-end, the static web
// behind nginx). Exits non-zero on any failure, after running every check, and prints how long each took.
import { existsSync } from 'node:fs';
import { ensureInstall, ensurePnpm, printTimings, ROOT, run, step } from './lib/bootstrap.mjs';
import { colours, fail, info, warn } from './lib/log.mjs';

/** Package → the file it installs: chromium (browser tests), nginx (test/web, the static web's server). */
const DEBIAN_PACKAGES = { chromium: '/usr/bin/chromium', nginx: '/usr/sbin/nginx' };

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  fail(`Shian needs Node.js ≥ 20.19 (this is ${process.versions.node})`);
  process.exit(1);
}

/**
 * Debian packages the root suite drives: chromium for the browser tests, nginx for the web server's tests. Without
 * them those tests fail (they never skip), so install what is missing as root, or say why up front.
 */
async function ensureDebianPackages() {
  const missing = Object.entries(DEBIAN_PACKAGES).filter(([, path]) => !existsSync(path));
  if (missing.length === 0) return;
  const names = missing.map(([name]) => name).join(' ');
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    warn(
      `${names} missing and cannot be installed here (${isRoot ? 'no apt-get' : 'not root'}): ` +
        `their tests will fail. Install with \`sudo apt-get install -y ${names}\`.`,
    );
    return;
  }
  await step(`install ${names} (apt-get)`, async () => {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const updated = await run('apt-get', ['update', '-qq'], { env });
    const installed =
      updated === 0 ? await run('apt-get', ['install', '-y', '-qq', ...missing.map(([name]) => name)], { env }) : 1;
    const still = missing.filter(([, path]) => !existsSync(path)).map(([name]) => name);
    if (installed !== 0 || still.length > 0) {
      warn(
        `could not install ${still.join(' ') || names} (apt-get exit ${updated === 0 ? installed : updated}): their tests will fail`,
      );
    }
  });
}

const failures = [];

/** Runs one check as a named, timed step; a failing check is recorded and the next one still runs. */
async function check(name, command, args, options) {
  try {
    await step(name, async () => {
      const code = await run(command, args, options);
      if (code !== 0) throw new Error(`${name}: exit ${code}`);
    });
  } catch (error) {
    failures.push(name);
    fail(error instanceof Error ? error.message : String(error));
  }
}

try {
  await ensurePnpm();
  await ensureInstall();
  await ensureDebianPackages();
} catch (error) {
  printTimings();
  fail(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

// --continue everywhere: one package that fails to build or test must not hide how the others fare.
await check('build (turbo run build)', 'node', ['scripts/build.mjs', '--continue']);

await check('lint and format (biome check)', 'pnpm', ['exec', 'biome', 'check', '.']);
await check('typecheck (turbo run typecheck)', 'pnpm', [
  'exec',
  'turbo',
  'run',
  'typecheck',
  '--continue',
  '--output-logs=errors-only',
]);
await check('schema checks (pnpm check:schema)', 'pnpm', ['run', '--silent', 'check:schema']);
await check('package tests (turbo run test)', 'pnpm', [
  'exec',
  'turbo',
  'run',
  'test',
  '--continue',
  '--filter=!@shian/test',
  '--concurrency=2',
]);
await check('root suite (gateway over HTTP, browser)', 'pnpm', ['--filter', '@shian/test', 'run', 'test'], {
  cwd: ROOT,
});

printTimings();
if (failures.length > 0) {
  fail(`failed: ${failures.join(', ')}`);
  process.exit(1);
}
info(colours.bold(colours.green('all checks passed')));
