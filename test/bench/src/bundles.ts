import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What the browser downloads, read from the built `dist/` of the shell and each remote. Sizes are gzip (level 9,
 * what a static server with precompressed assets sends); every file is counted once.
 */
export const BUDGETS = { shellInitialKb: 300, remoteOwnKb: 120 };

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface BundleReport {
  name: string;
  files: FileSize[];
  raw: number;
  gzip: number;
}

const STATIC_IMPORT = /(?:\bfrom\s*|\bimport\s*)(["'`])(\.{1,2}\/[^"'`]+?\.js)\1/g;
const DYNAMIC_IMPORT = /\bimport\(\s*(["'`])(\.{1,2}\/[^"'`$]+?\.js)\1\s*\)/g;

interface Edges {
  static: string[];
  dynamic: string[];
}

/** The relative module imports of one built JS file, as absolute paths (`import("${x}")` with a variable is not followed). */
export function importsOf(file: string): Edges {
  const source = readFileSync(file, 'utf8');
  const dir = path.dirname(file);
  const resolve = (matches: IterableIterator<RegExpMatchArray>) =>
    [...new Set([...matches].map((m) => path.resolve(dir, m[2] as string)))].filter((f) => existsSync(f));
  // A dynamic import also matches the static pattern (`import(` is not `import "`, but `import(\`./x.js\`)` has
  // a backtick right after the parenthesis, which STATIC_IMPORT does not allow), so the two sets are disjoint.
  const dynamic = resolve(source.matchAll(DYNAMIC_IMPORT));
  const isDynamic = new Set(dynamic);
  return { static: resolve(source.matchAll(STATIC_IMPORT)).filter((f) => !isDynamic.has(f)), dynamic };
}

function sizeOf(file: string, root: string): FileSize {
  const content = readFileSync(file);
  return { file: path.relative(root, file), raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
}

function report(name: string, files: Iterable<string>, root: string): BundleReport {
  const sizes = [...files].map((file) => sizeOf(file, root)).sort((a, b) => b.gzip - a.gzip);
  return {
    name,
    files: sizes,
    raw: sizes.reduce((sum, f) => sum + f.raw, 0),
    gzip: sizes.reduce((sum, f) => sum + f.gzip, 0),
  };
}

/** Files reachable from `roots`, following static imports, and dynamic ones when `follow` allows the edge. */
function reachable(roots: string[], follow: (from: string, to: string, kind: 'static' | 'dynamic') => boolean) {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const edges = importsOf(file);
    for (const to of edges.static) if (follow(file, to, 'static')) queue.push(to);
    for (const to of edges.dynamic) if (follow(file, to, 'dynamic')) queue.push(to);
  }
  return seen;
}

export function requireDist(dir: string): string {
  const dist = path.join(dir, 'dist');
  if (!existsSync(dist)) throw new Error(`${dist} is missing: build first (pnpm turbo run build)`);
  return dist;
}

/**
 * The shell's initial JavaScript: the module scripts and modulepreloads of `index.html`, and everything they import
 * statically: its frame, with React and the antd components the frame draws. Pages, and the antd components they
 * use (`@shian/antd`, shared with the remotes), load on demand (see `shellOnDemand`). test/e2e/first-load.test.ts
 * checks this reading in Chromium.
 */
export function shellInitial(shellDir: string): BundleReport {
  const dist = requireDist(shellDir);
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const roots = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => path.join(dist, (m[1] as string).replace(/^\//, '')));
  return report(
    'shell (initial)',
    reachable(roots, (_from, _to, kind) => kind === 'static'),
    dist,
  );
}

/**
 * What the shell provides on demand to its pages and the remotes: the files behind the shared packages of the
 * federation plugin's `localSharedImportMap` that the initial load does not already bring (`@shian/antd` and the
 * UI kit's page components, mostly). Reported, not budgeted: every page loads it once.
 */
export function shellOnDemand(shellDir: string): BundleReport {
  const dist = requireDist(shellDir);
  const initial = new Set(shellInitial(shellDir).files.map((f) => path.join(dist, f.file)));
  const assets = path.join(dist, 'assets');
  const importMap = readdirSync(assets).find((f) => f.startsWith('_virtual_mf-localSharedImportMap'));
  const providers = importMap ? importsOf(path.join(assets, importMap)).dynamic : [];
  const files = reachable(
    providers.filter((f) => !initial.has(f)),
    (_from, to, kind) => kind === 'static' && !initial.has(to),
  );
  return report('shell (shared on demand)', files, dist);
}

/**
 * A remote's own code: everything `remoteEntry.js` loads, eagerly or lazily (pages, exports), except the fallback
 * copies of the shared singletons. Those are the targets of the dynamic imports in the federation plugin's
 * `localSharedImportMap` chunk: the remote loads them only when no host provides the package, and the shell
 * provides all of them. A fallback chunk the remote also imports statically is its own code and is counted.
 * `lazy` lists the part that loads only on demand (dynamic imports), included in the total.
 */
export function remoteOwn(remoteDir: string, name: string): BundleReport & { lazy: BundleReport } {
  const dist = requireDist(remoteDir);
  const entry = path.join(dist, 'remoteEntry.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: not a remote`);
  const assets = path.join(dist, 'assets');
  const importMap = readdirSync(assets).find((f) => f.startsWith('_virtual_mf-localSharedImportMap'));
  const fallbacks = new Set(importMap ? importsOf(path.join(assets, importMap)).dynamic : []);
  const follow = (from: string, to: string, kind: 'static' | 'dynamic') =>
    kind === 'static' || (!fallbacks.has(to) && !from.includes('_virtual_mf-localSharedImportMap'));
  const all = reachable([entry], follow);
  // Eager: the entry, then on loading `./App`, the exposed module's static graph.
  const eager = reachable([entry], (from, to, kind) => kind === 'static' || (from === entry && follow(from, to, kind)));
  const lazy = [...all].filter((file) => !eager.has(file));
  return { ...report(name, all, dist), lazy: report(`${name} (lazy)`, lazy, dist) };
}

/** The frontends to measure: the shell, and each domain of DOMAINS whose remote has been built. */
export function frontendDirs(repoRoot: string, domains: readonly { name: string }[]) {
  const remotes = domains
    .map((d) => ({ name: d.name, dir: path.join(repoRoot, 'frontends', d.name) }))
    .filter((r) => existsSync(path.join(r.dir, 'package.json')));
  return { shell: path.join(repoRoot, 'frontends/shell'), remotes };
}

export const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
