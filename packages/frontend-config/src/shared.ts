import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Shared as one copy on the page, provided by the host. react-router is among them because a remote's routes
 * nest in the shell's router; dayjs because its locale is global state.
 */
export const SINGLETONS = [
  'react',
  'react-dom',
  'react-router',
  'antd',
  'dayjs',
  'urql',
  '@urql/core',
  '@shian/graphql-client',
  '@shian/ui-kit',
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
