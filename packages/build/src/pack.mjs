#!/usr/bin/env node
// `pnpm pack:production [name…]`: build, then write `.deploy/<name>/` for each Node deployable (all by default):
// package.json, dist/ and node_modules holding the production dependencies only.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const DEPLOY_DIR = path.join(REPO_ROOT, '.deploy');

/** Every workspace package with a `build:production` script is a deployable, named after its folder. */
export function deployables() {
  const found = new Map();
  for (const group of ['services', 'frontends']) {
    for (const name of readdirSync(path.join(REPO_ROOT, group)).sort()) {
      const file = path.join(REPO_ROOT, group, name, 'package.json');
      if (!existsSync(file)) continue;
      const pkg = JSON.parse(readFileSync(file, 'utf8'));
      if (pkg.scripts?.['build:production']) found.set(name, { name, packageName: pkg.name, dir: path.dirname(file) });
    }
  }
  return found;
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: REPO_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: exit ${result.status ?? result.signal}`);
}

/** Builds and packs the named deployables; returns their folders. */
export function pack(names) {
  const all = deployables();
  const unknown = names.filter((name) => !all.has(name));
  if (unknown.length > 0)
    throw new Error(`not a deployable: ${unknown.join(', ')} (one of ${[...all.keys()].join(', ')})`);
  const chosen = (names.length > 0 ? names : [...all.keys()]).map((name) => all.get(name));
  run('pnpm', [
    'exec',
    'turbo',
    'run',
    'build:production',
    '--output-logs=errors-only',
    ...chosen.map((d) => `--filter=${d.packageName}`),
  ]);
  const folders = [];
  for (const deployable of chosen) {
    const target = path.join(DEPLOY_DIR, deployable.name);
    rmSync(target, { recursive: true, force: true });
    // Hoisted: every third-party package a bundle imports (its own and its workspace dependencies') sits in the
    // artifact's top-level node_modules, where Node finds it from dist/. --prod leaves every devDependency out,
    // which is where the TypeScript hooks, vite, vitest and the builder itself are declared.
    run('pnpm', [
      '--filter',
      deployable.packageName,
      'deploy',
      '--prod',
      '--config.node-linker=hoisted',
      '--config.confirm-modules-purge=false',
      target,
    ]);
    folders.push(target);
  }
  return folders;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  try {
    for (const folder of pack(process.argv.slice(2))) console.log(`packed ${path.relative(REPO_ROOT, folder)}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
