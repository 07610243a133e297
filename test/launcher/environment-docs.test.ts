import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The operator's guide lists every environment variable the code reads (docs/deployment.md, "Environment
 * variables") and .env.example carries each of them, so that a variable added without documentation fails CI
 * rather than surprising whoever deploys. Plain text scanning, no build: it runs in well under a second.
 */

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCANNED = ['services', 'packages', 'frontends', 'scripts', 'test', 'deploy'];
const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.turbo', 'test-results', '.deploy', 'gql']);
const SOURCE = /\.(?:[cm]?[jt]s|tsx|sh)$/;

/**
 * Test code (the root suite, any `test/` folder, `*.test.*`) reads variables of its own that no deployment sets:
 * those are the tests' business (test/README.md). Outside test code, these are read by tools or set by the
 * system, never set by an operator; each says why.
 */
const NOT_FOR_OPERATORS: [RegExp, string][] = [
  [/^SHIAN_TEST_/, 'the subgraph kit’s test helpers (SHIAN_TEST_DIALECTS): test/README.md'],
  [/^VITEST/, 'set by vitest itself'],
  [/^INIT_CWD$/, 'set by pnpm for package scripts'],
  [/^(?:CI|PATH|HOME)$/, 'set by the system or the CI runner'],
];

/** Documented, but read by a library rather than by our code, so no scan finds them. */
const READ_OUTSIDE_OUR_CODE = new Set(['OTEL_EXPORTER_OTLP_PROTOCOL']);

const isTestCode = (where: string) => /(?:^|\/)test\//.test(where) || /\.test\.[cm]?[jt]sx?$/.test(where);
const isForOperators = (name: string) => !NOT_FOR_OPERATORS.some(([pattern]) => pattern.test(name));

function* sourceFiles(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir)) {
    if (SKIPPED_DIRS.has(entry) || entry.startsWith('.')) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (SOURCE.test(entry) && entry !== 'environment-docs.test.ts') yield path;
  }
}

interface Read {
  /** A name (`DATABASE_URL`), or a name built at run time with `*` for the part computed (`*_PORT`). */
  name: string;
  where: string;
}

/**
 * The ways our code reads a variable: `env.NAME` (process.env, import.meta.env, any `…env` parameter),
 * `env['NAME']`, `env[\`${prefix}_NAME\`]`, a helper handed the env and a name (`port(env, 'GATEWAY_PORT', …)`),
 * the platform's `envName(domain, 'PORT')`, and in shell scripts `${NAME}` / `${NAME:-default}` of a capitalised
 * name.
 */
function readsIn(file: string): Read[] {
  const text = readFileSync(file, 'utf8');
  const where = relative(ROOT, file);
  const found: Read[] = [];
  const add = (name: string) => found.push({ name, where });
  if (file.endsWith('.sh')) {
    for (const m of text.matchAll(/\$\{([A-Z][A-Z0-9_]*)(?::?[-=?+][^}]*)?\}/g)) add(m[1]);
    // `eval "url=\${${var}_REMOTE_URL:-}"`: a name built from a variable.
    for (const m of text.matchAll(/\$\{\$\{\w+\}([A-Z0-9_]+)/g)) add(`*${m[1]}`);
    return found;
  }
  for (const m of text.matchAll(/[eE]nv\??\.([A-Z][A-Z0-9_]*)\b/g)) add(m[1]);
  for (const m of text.matchAll(/[eE]nv\??\.?\[\s*['"]([A-Z][A-Z0-9_]*)['"]\s*\]/g)) add(m[1]);
  for (const m of text.matchAll(/[eE]nv\??\.?\[\s*`([^`]*)`\s*\]/g)) add(m[1].replace(/\$\{[^}]*\}/g, '*'));
  for (const m of text.matchAll(/\(\s*[\w.]*[eE]nv\s*,\s*['"]([A-Z][A-Z0-9_]*)['"]/g)) add(m[1]);
  for (const m of text.matchAll(/\benvName\([^,()]+,\s*['"]([A-Z][A-Z0-9_]*)['"]\s*\)/g)) add(`*_${m[1]}`);
  return found;
}

function codeReads(): Map<string, Set<string>> {
  const reads = new Map<string, Set<string>>();
  for (const dir of SCANNED) {
    for (const file of sourceFiles(join(ROOT, dir))) {
      for (const { name, where } of readsIn(file)) {
        if (isTestCode(where)) continue;
        if (!reads.has(name)) reads.set(name, new Set());
        reads.get(name)?.add(where);
      }
    }
  }
  return reads;
}

/** The first cell's names of each row of the "Environment variables" table: `NAME` or `PREFIX_<PART>_NAME`. */
function documentedNames(): string[] {
  const text = readFileSync(join(ROOT, 'docs', 'deployment.md'), 'utf8');
  const section = text.split(/^## Environment variables\s*$/m)[1]?.split(/^## /m)[0];
  if (!section) throw new Error('docs/deployment.md has no "## Environment variables" section');
  const names: string[] = [];
  for (const line of section.split('\n')) {
    const first = /^\|([^|]*)\|/.exec(line)?.[1];
    if (!first) continue;
    for (const m of first.matchAll(/`([A-Z<][A-Z0-9_<>]*)`/g)) names.push(m[1]);
  }
  return names;
}

/** Every `NAME=` line of .env.example, commented out or not. */
function exampleNames(): string[] {
  const text = readFileSync(join(ROOT, '.env.example'), 'utf8');
  return [...text.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A documented `PARTNER_<DEPARTMENT>_CLIENT_ID` covers `PARTNER_POLICE_CLIENT_ID`. */
const patternOf = (documented: string) =>
  new RegExp(`^${escapeRegExp(documented).replace(/<[A-Z_]+>/g, '[A-Z0-9_]+')}$`);
/** A read built at run time (`*_PORT`) is covered by any documented name it can produce (`<DOMAIN>_PORT`). */
const templateOf = (read: string) => new RegExp(`^${read.split('*').map(escapeRegExp).join('[A-Z0-9_<>]+')}$`);

function covered(read: string, names: string[]): boolean {
  if (read.includes('*')) return names.some((name) => templateOf(read).test(name));
  return names.some((name) => name === read || (name.includes('<') && patternOf(name).test(read)));
}

describe('every environment variable the code reads is documented for operators', () => {
  const reads = codeReads();
  const operatorReads = [...reads.keys()].filter(isForOperators).sort();

  it('finds the reads it is meant to find (the scanner itself works)', () => {
    for (const name of ['DATABASE_URL', 'NODE_ENV', 'GATEWAY_PORT', 'GATEWAY_SIGNING_KEY', '*_PORT', '*_FILE']) {
      expect(operatorReads).toContain(name);
    }
  });

  it('lists each in docs/deployment.md’s table', () => {
    const names = documentedNames();
    const missing = operatorReads.filter((read) => !covered(read, names));
    expect(missing.map((name) => `${name} (read in ${[...(reads.get(name) ?? [])].join(', ')})`)).toEqual([]);
  });

  it('carries each in .env.example', () => {
    const names = exampleNames();
    const missing = operatorReads.filter((read) => !covered(read, names));
    expect(missing).toEqual([]);
  });

  it('documents nothing that no code reads', () => {
    const stale = documentedNames().filter(
      (name) =>
        !READ_OUTSIDE_OUR_CODE.has(name) &&
        !operatorReads.some((read) => (read.includes('*') ? templateOf(read).test(name) : covered(read, [name]))),
    );
    expect(stale).toEqual([]);
  });
});
