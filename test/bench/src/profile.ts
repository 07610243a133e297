import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  endTime: number;
}

export interface ProfileSummary {
  file: string;
  totalMs: number;
  /** Self time by package (node_modules name, `node:` internals, our workspace packages, or `(idle)`/`(gc)`). */
  byPackage: { name: string; ms: number; share: number }[];
  /** Self time by function. */
  byFunction: { name: string; ms: number; share: number }[];
}

/** Where a frame's code lives: a package of node_modules, a workspace folder, Node's internals, or V8's own. */
export function packageOf(url: string, functionName: string): string {
  if (!url) return `(${functionName || 'native'})`;
  if (url.startsWith('node:')) return 'node (internals)';
  const inModules = url.lastIndexOf('/node_modules/');
  if (inModules >= 0) {
    const rest = url.slice(inModules + '/node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
  }
  const workspace = /\/(packages|services|test)\/([^/]+)\//.exec(url);
  return workspace ? `${workspace[1]}/${workspace[2]} (ours)` : url;
}

/** The largest .cpuprofile in `dir` (the gateway's; pnpm or a wrapper may write small ones beside it). */
export function largestProfile(dir: string): string | undefined {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => path.join(dir, f));
  return files.sort((a, b) => statSync(b).size - statSync(a).size)[0];
}

export interface SummaryOptions {
  top?: number;
  /** Only the profile's last `lastMs` (the load, without the start-up before it). */
  lastMs?: number;
  /** Leave idle time out: shares of the time the process was busy. */
  busyOnly?: boolean;
  /**
   * Where a bundle was built (`dist/` of its package in the workspace), from its URL: frames of a bundle with a
   * source map are then named after their TypeScript source (our workspace code is bundled into one file).
   */
  builtIn?: (url: string) => string | undefined;
}

/** Maps a frame of a bundled file to its source, through the bundle's `.map` beside it (read once). */
function sourceMapper(builtIn: SummaryOptions['builtIn']) {
  const maps = new Map<string, SourceMap | undefined>();
  return (frame: ProfileNode['callFrame']): { url: string; lineNumber: number } => {
    const dir = frame.url && builtIn?.(frame.url);
    if (!dir) return frame;
    if (!maps.has(frame.url)) {
      const file = `${fileURLToPath(frame.url)}.map`;
      maps.set(frame.url, existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, 'utf8'))) : undefined);
    }
    const entry = maps.get(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber);
    if (!entry || !('originalSource' in entry)) return frame;
    return { url: path.resolve(dir, entry.originalSource), lineNumber: entry.originalLine };
  };
}

export function summarizeProfile(file: string, options: SummaryOptions = {}): ProfileSummary {
  const top = options.top ?? 15;
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  // Sample times: the deltas add up to the end of the profile, so a window is counted back from there.
  const from = options.lastMs === undefined ? -Infinity : profile.endTime - options.lastMs * 1000;
  let at = profile.endTime - profile.timeDeltas.reduce((sum, delta) => sum + delta, 0);
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    at += delta;
    if (at >= from) self.set(id, (self.get(id) ?? 0) + delta);
  });
  const source = sourceMapper(options.builtIn);
  const packages = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  for (const [id, micros] of self) {
    const node = byId.get(id);
    if (!node) continue;
    const { functionName } = node.callFrame;
    if (options.busyOnly && functionName === '(idle)' && !node.callFrame.url) continue;
    total += micros;
    const { url, lineNumber } = source(node.callFrame);
    const pkg = packageOf(url, functionName);
    packages.set(pkg, (packages.get(pkg) ?? 0) + micros);
    // Our code is named by its file in the workspace (or a baseline's tree of it): its package says little.
    const local = url.startsWith('file://') ? fileURLToPath(url) : url;
    const ours = local.includes('/node_modules/') ? undefined : /\/((?:packages|services)\/[^/]+\/.+)$/.exec(local);
    const where = ours?.[1] ?? pkg;
    const fn = `${functionName || '(anonymous)'} ${url ? `${where}:${lineNumber + 1}` : ''}`.trim();
    functions.set(fn, (functions.get(fn) ?? 0) + micros);
  }
  const rank = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => ({ name, ms: Math.round(micros / 1000), share: micros / total }));
  return { file, totalMs: Math.round(total / 1000), byPackage: rank(packages), byFunction: rank(functions) };
}
