import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Shared as one copy on the page, provided by the host. dayjs is among them because its locale is global state.
 * antd and react-router are not shared as packages: the host would have to ship all of each (a remote may import
 * any part), so frontends import them through `@shian/antd` and `@shian/router`, which list the parts they use.
 * One copy of react-router matters beyond size: a remote's routes nest in the shell's router. The shell's frame
 * imports `@shian/ui-kit/frame` (not shared: remotes never need it).
 */
export const SINGLETONS = [
  'react',
  'react-dom',
  'dayjs',
  'urql',
  '@urql/core',
  '@shian/graphql-client',
  '@shian/ui-kit',
  '@shian/antd',
  '@shian/router',
] as const;

interface PackageJson {
  version?: string;
  dependencies?: Record<string, string>;
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as PackageJson;

/**
 * `singleton: true` with `requiredVersion` for every shared package, on host and remotes alike (the plugin has
 * regressed into loading a second React when either is missing). Versions come from the frontend's own
 * package.json (workspace packages: their version), so every frontend must depend on all of them.
 */
export function sharedSingletons(frontendDir: string) {
  const deps = readJson(join(frontendDir, 'package.json')).dependencies ?? {};
  const shared: Record<string, { singleton: true; requiredVersion: string }> = {};
  for (const name of SINGLETONS) {
    const range = deps[name];
    if (!range) throw new Error(`${frontendDir}/package.json must depend on ${name} (a shared singleton)`);
    const version = range.startsWith('workspace:')
      ? readJson(join(frontendDir, 'node_modules', name, 'package.json')).version!
      : range;
    shared[name] = { singleton: true, requiredVersion: version };
  }
  return shared;
}
