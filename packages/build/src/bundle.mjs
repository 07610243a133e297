import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { transformFile } from '@swc/core';
import { build } from 'esbuild';

/**
 * esbuild resolves and bundles; swc compiles each TypeScript file, because type-graphql and MikroORM read the
 * `design:type` metadata that only a compiler emitting decorator metadata writes (esbuild alone drops it, and the
 * schema then fails with NoExplicitTypeError at start). The options mirror tsconfig.base.json.
 */
const SWC_OPTIONS = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true, tsx: false },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'es6' },
  sourceMaps: 'inline',
  swcrc: false,
  configFile: false,
};

const swcTypeScript = {
  name: 'swc-typescript',
  setup(build) {
    build.onLoad({ filter: /\.[cm]?ts$/ }, async (args) => {
      if (
        args.path.includes(`${path.sep}node_modules${path.sep}`) &&
        !args.path.includes(`${path.sep}@shian${path.sep}`)
      )
        return undefined;
      const { code } = await transformFile(args.path, { ...SWC_OPTIONS, filename: args.path });
      return { contents: code, loader: 'js', resolveDir: path.dirname(args.path) };
    });
  },
};

/**
 * Workspace packages (`@shian/*`, and relative files) go into the bundle: they are TypeScript that nothing else
 * compiles. Every other package stays an import that `pnpm deploy --prod` satisfies, so native modules (libsql),
 * packages that read their own files at run time (oidc-provider, pino's workers) and licences stay as published.
 */
const thirdPartyExternal = {
  name: 'third-party-external',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@shian/')) return undefined;
      if (args.kind === 'entry-point') return undefined;
      return { path: args.path, external: true };
    });
  },
};

/** Entry files whose bundle must not contain certain sources: a subgraph's server must not carry the demo data. */
function assertExcluded(metafile, outdir, forbidden) {
  const problems = [];
  for (const [output, info] of Object.entries(metafile.outputs)) {
    if (!forbidden[path.basename(output)]) continue;
    const pattern = forbidden[path.basename(output)];
    for (const input of Object.keys(info.inputs)) if (pattern.test(input)) problems.push(`${output}: ${input}`);
  }
  if (problems.length > 0) {
    throw new Error(
      `bundled what must stay out of ${outdir} (split it into the entry that needs it):\n  ${problems.join('\n  ')}`,
    );
  }
}

/**
 * Bundles `entries` (output name → source file, or `{ contents }`: an entry written here, inside the package) into
 * `<root>/dist/<name>.js`, ESM for Node 20. `exclude` maps an output file to a pattern its inputs must not match.
 */
export async function bundle({ root, entries, exclude = {}, copy = [] }) {
  const outdir = path.join(root, 'dist');
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const generated = path.join(root, 'node_modules', '.shian-build');
  const entryPoints = {};
  for (const [name, entry] of Object.entries(entries)) {
    if (typeof entry === 'string') {
      entryPoints[name] = path.resolve(root, entry);
    } else {
      // Written inside the package, so that its imports resolve exactly as the package's own files do.
      mkdirSync(generated, { recursive: true });
      const file = path.join(generated, `${name}.ts`);
      writeFileSync(file, entry.contents);
      entryPoints[name] = file;
    }
  }
  const result = await build({
    absWorkingDir: root,
    entryPoints,
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // NODE_OPTIONS=--enable-source-maps makes stack traces name the TypeScript sources.
    sourcemap: 'linked',
    // No code splitting: each entry is one file that holds everything it runs, so what a file does not contain
    // (the server's demo data) is plain to see, and a deployed entry never misses a chunk.
    metafile: true,
    // MikroORM and type-graphql name entities and types after their classes: when two bundled files declare the
    // same class name (a kit's decorator import and a service's own class), esbuild renames one, and the entity
    // would be registered under the new name. keepNames keeps each class's own `name`.
    keepNames: true,
    logLevel: 'warning',
    plugins: [thirdPartyExternal, swcTypeScript],
  });
  rmSync(generated, { recursive: true, force: true });
  assertExcluded(result.metafile, path.relative(process.cwd(), outdir) || outdir, exclude);
  for (const folder of copy) cpSync(path.join(root, folder), path.join(outdir, folder), { recursive: true });
  return result;
}

/**
 * Compiles every `Migration*.ts` of `<root>/migrations/<dialect>/` to `<root>/dist/migrations/<dialect>/*.js`, one
 * module each: the kit loads them by file name at run time, and MikroORM records each by that name.
 */
export async function compileMigrations(root) {
  const source = path.join(root, 'migrations');
  if (!existsSync(source)) return 0;
  let count = 0;
  for (const dialect of readdirSync(source)) {
    const files = readdirSync(path.join(source, dialect)).filter((f) => /^Migration.*\.ts$/.test(f));
    if (files.length === 0) continue;
    const result = await build({
      absWorkingDir: root,
      entryPoints: files.map((f) => path.join(source, dialect, f)),
      outdir: path.join(root, 'dist', 'migrations', dialect),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
      plugins: [thirdPartyExternal, swcTypeScript],
    });
    if (result.errors.length > 0) throw new Error(`migrations of ${dialect} did not compile`);
    count += files.length;
  }
  return count;
}
