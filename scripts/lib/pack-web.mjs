// The static web as one deployable folder: the built shell, every remote under a folder of its own version, and
// deploy/web's nginx template and entrypoint. Plain Node, no dependencies: `pnpm pack:web` and the root suite's
// web tests both call packWeb().
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './bootstrap.mjs';
import { readPlatformMap } from './platform.mjs';

/** What deploy/web contributes to the folder, beside shell/ and remotes/. */
const SERVER_FILES = ['entrypoint.sh', 'nginx.conf.template', 'README.md'];

/**
 * Not shipped: a remote's own index.html draws the module alone from root-relative URLs (useless under a versioned
 * folder), mf-stats.json is build statistics, and the shell's remotes.json is written at start instead.
 */
const LEFT_OUT = new Set(['index.html', 'mf-stats.json', 'remotes.json']);

function filesUnder(dir) {
  const files = [];
  const walk = (current) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(relative(dir, path));
    }
  };
  walk(dir);
  return files.sort();
}

/**
 * A remote build's version id: `<package version>-<first 10 hex of a hash of every file it ships>`. The same
 * sources build the same id, so a redeploy of an unchanged remote is a no-op, and any change makes a new folder.
 */
export function remoteVersion(distDir, packageVersion) {
  const hash = createHash('sha256');
  for (const file of filesUnder(distDir)) {
    if (LEFT_OUT.has(file)) continue;
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(distDir, file)));
  }
  return `${packageVersion}-${hash.digest('hex').slice(0, 10)}`;
}

function gitCommit(root) {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}

/** Whether frontends/<domain> is a remote of this checkout (the launcher's rule: it has a `start` script). */
function hasRemote(root, domain) {
  const file = join(root, 'frontends', domain, 'package.json');
  return existsSync(file) && Boolean(JSON.parse(readFileSync(file, 'utf8')).scripts?.start);
}

/**
 * Writes the web folder at `out` from the built frontends (`turbo run build` first). The shell is replaced; each
 * remote's build is added as `remotes/<domain>/<version>/` beside the versions packed before, of which the newest
 * `keep` stay, so that a rollback points the manifest at a folder that is still there.
 * @returns {{ out: string, remotes: { domain: string, version: string, added: boolean }[] }}
 */
export function packWeb({ out = join(ROOT, '.deploy', 'web'), keep = 5, root = ROOT } = {}) {
  const { domains } = readPlatformMap(root);
  const shellDist = join(root, 'frontends', 'shell', 'dist');
  if (!existsSync(join(shellDist, 'index.html'))) {
    throw new Error(`${shellDist}/index.html is missing: build the frontends first (pnpm turbo run build)`);
  }
  mkdirSync(out, { recursive: true });
  rmSync(join(out, 'shell'), { recursive: true, force: true });
  cpSync(shellDist, join(out, 'shell'), { recursive: true, filter: (src) => src !== join(shellDist, 'remotes.json') });

  const commit = gitCommit(root);
  const packed = [];
  const rows = [];
  for (const domain of domains) {
    if (!hasRemote(root, domain.name)) {
      rows.push([domain.name, domain.label, '']);
      continue;
    }
    const dir = join(root, 'frontends', domain.name);
    const dist = join(dir, 'dist');
    if (!existsSync(join(dist, 'remoteEntry.js'))) {
      throw new Error(`${dist}/remoteEntry.js is missing: build the frontends first (pnpm turbo run build)`);
    }
    const { version: packageVersion } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const version = remoteVersion(dist, packageVersion);
    const target = join(out, 'remotes', domain.name, version);
    const added = !existsSync(join(target, 'remoteEntry.js'));
    if (added) {
      rmSync(target, { recursive: true, force: true });
      cpSync(dist, target, { recursive: true, filter: (src) => !LEFT_OUT.has(relative(dist, src)) });
      locateManifest(join(target, 'mf-manifest.json'), version);
      const meta = { domain: domain.name, version, packageVersion, commit, packedAt: new Date().toISOString() };
      writeFileSync(join(target, 'version.json'), `${JSON.stringify(meta, null, 2)}\n`);
    }
    prune(join(out, 'remotes', domain.name), keep, version);
    rows.push([domain.name, domain.label, version]);
    packed.push({ domain: domain.name, version, added });
  }
  mkdirSync(join(out, 'remotes'), { recursive: true });
  writeFileSync(join(out, 'remotes', 'packed.tsv'), `${rows.map((row) => row.join('\t')).join('\n')}\n`);

  for (const file of SERVER_FILES) cpSync(join(root, 'deploy', 'web', file), join(out, file));
  chmodSync(join(out, 'entrypoint.sh'), 0o755);
  return { out, remotes: packed };
}

/**
 * The one place a remote's build keeps the address it was built for (its vite `base`): mf-manifest.json's
 * `publicPath`. Its JavaScript resolves everything against its own URL. "auto" makes a host that loads the manifest
 * take the folder the manifest is fetched from, wherever this version is served; the build version becomes the id.
 */
function locateManifest(file, version) {
  if (!existsSync(file)) return;
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  manifest.metaData.publicPath = 'auto';
  manifest.metaData.buildInfo = { ...manifest.metaData.buildInfo, buildVersion: version };
  writeFileSync(file, JSON.stringify(manifest));
}

/** Keeps the newest `keep` version folders of one remote (by when they were packed), and always `current`. */
function prune(domainDir, keep, current) {
  const versions = readdirSync(domainDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ name: entry.name, time: statSync(join(domainDir, entry.name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  let kept = 0;
  for (const { name } of versions) {
    if (name === current || kept < keep - 1) {
      if (name !== current) kept += 1;
      continue;
    }
    rmSync(join(domainDir, name), { recursive: true, force: true });
  }
}
