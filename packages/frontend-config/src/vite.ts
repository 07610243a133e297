import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { federation } from '@module-federation/vite';
import { findDomain, shellPort } from '@shian/platform';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import { pageDocumentPlugin, remoteTitle, SHELL_TITLE } from './html';
import {
  applyRemotesOverride,
  federationName,
  type RemotesManifest,
  type RemotesOverride,
  remoteLocation,
  remotesManifest,
} from './manifest';
import { sharedSingletons } from './shared';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Whether this checkout has the domain's remote (a `frontends/<domain>` package with a `start` script). */
export function remoteInRepo(domain: string): boolean {
  const file = join(REPO_ROOT, 'frontends', domain, 'package.json');
  if (!existsSync(file)) return false;
  return Boolean((JSON.parse(readFileSync(file, 'utf8')) as { scripts?: { start?: string } }).scripts?.start);
}

/**
 * The manifest the shell's server answers: computed from the environment, then `SHIAN_REMOTES_FILE` (if set and
 * present) applied on top, read again on every request. A malformed file is reported and ignored.
 */
export function currentRemotesManifest(env: NodeJS.ProcessEnv = process.env): RemotesManifest {
  const manifest = remotesManifest(env, undefined, remoteInRepo);
  const file = env.SHIAN_REMOTES_FILE?.trim();
  if (!file || !existsSync(file)) return manifest;
  try {
    return applyRemotesOverride(manifest, JSON.parse(readFileSync(file, 'utf8')) as RemotesOverride);
  } catch (error) {
    console.error(`SHIAN_REMOTES_FILE ${file} is ignored: ${(error as Error).message}`);
    return manifest;
  }
}

/** Serves `/remotes.json` from the environment of the running server (dev and preview); a default is built too. */
export function remotesManifestPlugin(): Plugin {
  const body = () => `${JSON.stringify(currentRemotesManifest(), null, 2)}\n`;
  const middleware = (_req: unknown, res: { setHeader(k: string, v: string): void; end(b: string): void }) => {
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('cache-control', 'no-store');
    res.end(body());
  };
  return {
    name: 'shian:remotes-manifest',
    configureServer(server) {
      server.middlewares.use('/remotes.json', middleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use('/remotes.json', middleware);
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'remotes.json', source: body() });
    },
  };
}

/**
 * The remote's own index.html (the module on its own) is only ever served by the remote itself: make the URLs the
 * federation plugin writes into it with the absolute base root-relative, so it also works on another port.
 */
function rootRelativeIndexHtml(base: string): Plugin {
  return {
    name: 'shian:root-relative-index-html',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (html?.type === 'asset' && typeof html.source === 'string') html.source = html.source.split(base).join('/');
    },
  };
}

/**
 * The shell imports the workspace packages it shares (`@shian/*`) as its own modules, not through the federation
 * runtime. It is the one that provides them, so its pages and the remotes get the same module either way, and the
 * runtime's wrappers stay out of its first load: they start loading every package they stand for as soon as the
 * shell starts, which would bring every page's antd components with the frame. A package's entry then loads with
 * the first chunk that imports it. Placed before the federation plugin, whose resolver would claim them first.
 */
function shellOwnsWorkspaceShares(dir: string, shared: Record<string, unknown>): Plugin {
  const files = new Map<string, string>();
  for (const key of Object.keys(shared).filter((name) => name.startsWith('@shian/'))) {
    const root = realpathSync(join(dir, 'node_modules', key));
    const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      exports: Record<string, string>;
    };
    files.set(key, join(root, exports['.'] as string));
  }
  return {
    name: 'shian:shell-owns-workspace-shares',
    enforce: 'pre',
    resolveId(source) {
      return files.get(source) ?? null;
    },
  };
}

/** The shell: a Module Federation host whose remotes are registered at run time from /remotes.json. */
export function shellConfig({ dir }: { dir: string }): UserConfig {
  const port = shellPort();
  const shared = sharedSingletons(dir);
  return {
    plugins: [
      pageDocumentPlugin(SHELL_TITLE),
      react(),
      shellOwnsWorkspaceShares(dir, shared),
      federation({ name: 'shian_shell', remotes: {}, shared, dts: false }),
      remotesManifestPlugin(),
    ],
    server: { port, strictPort: true },
    preview: { port, strictPort: true },
    build: { target: 'esnext', chunkSizeWarningLimit: 2500 },
  };
}

/**
 * `pnpm dev`: a remote's modules hosted by the shell receive the remote's hot updates, but React applies them
 * through the remote's own refresh runtime, which is not the one attached to the shell's React: the update is
 * "applied" and nothing re-renders. So on a page of another origin (the shell, a partner's page) an update of the
 * remote reloads the page instead; the remote's own page keeps React's fast refresh.
 */
function reloadHostOnUpdate(dir: string, exposed: string[]): Plugin {
  const files = new Set(exposed.map((file) => join(dir, file)));
  return {
    name: 'shian-reload-host-on-update',
    apply: 'serve',
    transform(code, id) {
      if (!files.has(id.split('?')[0]!)) return null;
      return `${code}
if (import.meta.hot && window.location.origin !== new URL(import.meta.url).origin) {
  import.meta.hot.on('vite:beforeUpdate', () => window.location.reload());
}
`;
    },
  };
}

/**
 * A domain's remote: exposes `./App` (and whatever else is given) from `remoteEntry.js`, with an absolute `base`
 * (its own origin), so that its chunks and CSS load from it when the shell hosts it.
 */
export function remoteConfig({
  domain,
  dir,
  exposes,
}: {
  domain: string;
  dir: string;
  exposes?: Record<string, string>;
}): UserConfig {
  const definition = findDomain(domain);
  const location = remoteLocation(definition);
  const port = Number(new URL(location.url).port) || undefined;
  const exposed = exposes ?? { './App': './src/App.tsx' };
  return {
    base: `${location.url}/`,
    plugins: [
      pageDocumentPlugin(remoteTitle(definition.label)),
      react(),
      reloadHostOnUpdate(dir, Object.values(exposed)),
      federation({
        name: federationName(domain),
        filename: 'remoteEntry.js',
        manifest: true,
        exposes: exposed,
        shared: sharedSingletons(dir),
        dts: false,
      }),
      rootRelativeIndexHtml(`${location.url}/`),
    ],
    // The absolute base is where the build expects to be served; the URLs inside the bundle are resolved at run
    // time against the chunk that loads them (import.meta.url), so they follow the remote if it is served on
    // another port or host than it was built for (the test harness does exactly that), and never resolve against
    // the host page's origin. Its own index.html is only ever served by the remote itself: root-relative.
    experimental: {
      renderBuiltUrl(filename, { hostType }) {
        return hostType === 'html' ? `/${filename}` : { relative: true };
      },
    },
    // Hosts on other origins (the shell, a partner's page) load the remote's modules: CORS must allow them.
    server: { port, strictPort: true, origin: location.url, cors: true },
    preview: { port, strictPort: true, cors: true },
    build: { target: 'esnext', chunkSizeWarningLimit: 2500 },
  };
}
