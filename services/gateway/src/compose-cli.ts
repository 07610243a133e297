/**
 * `pnpm compose` (root) and `pnpm --filter @shian/gateway build`: composes the subgraphs' SDL into the supergraph,
 * checks it against the baselines (services/gateway/schema-baseline), and writes the artifacts a gateway loads.
 * Fails loudly, printing every composition error and every unacknowledged breaking change with the frontend
 * operations it breaks, before anything is written: no gateway and no frontend ever gets a schema that breaks them.
 *
 *   --out <file>             the supergraph (default services/gateway/supergraph.graphql, with api-schema.graphql
 *                            beside it); a running gateway polling that file (SUPERGRAPH_PATH) picks it up
 *   --live                   each domain's SDL from its running subgraph (<DOMAIN>_URL / <DOMAIN>_PORT), not from
 *                            services/<domain>/schema.graphql
 *   --subgraph <name>=<src>  this subgraph's SDL from <src>, a URL (read live) or a file (repeatable): replaces a
 *                            domain's, or adds a subgraph
 *   --only                   compose only the --subgraph ones
 *   --baselines <dir>        where the baselines and acknowledged-changes.json are (default schema-baseline/)
 *   --trusted-operations     also write the trusted-operations manifest (dist/trusted-operations.json), or
 *   --trusted-out <file>     there
 *
 * Paths are relative to the directory the command was started in. Files are replaced atomically (written beside
 * and renamed), so a gateway polling one never reads half of it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DEMO_USERS,
  GATEWAY_CREDENTIAL_HEADER,
  loadGatewaySigningKey,
  signGatewayCredential,
  signToken,
  verifierConfigFromEnv,
} from '@shian/auth';
import { DOMAINS, subgraphUrl } from '@shian/platform';
import {
  CompositionFailed,
  composeSupergraph,
  fetchSubgraphSdl,
  loadDomainSubgraphs,
  type SubgraphSource,
} from './compose';
import { writeArtifact } from './reload';
import { runSchemaChecks } from './schema-checks';
import { collectTrustedManifest, parseTrustedManifest } from './trusted';

const gatewayDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.resolve(gatewayDir, '../..');
// pnpm runs package scripts in the package's directory; the caller's paths are relative to where they typed them.
const callerDir = process.env.INIT_CWD ?? process.cwd();

class UsageError extends Error {}

interface Options {
  out?: string;
  live: boolean;
  only: boolean;
  subgraphs: { name: string; source: string }[];
  baselines?: string;
  trustedOut?: string;
}

function parseArgs(args: string[]): Options {
  const options: Options = { live: false, only: false, subgraphs: [] };
  const value = (flag: string, i: number) => {
    const next = args[i + 1];
    if (!next || next.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    return next;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') continue;
    if (arg === '--live') options.live = true;
    else if (arg === '--only') options.only = true;
    else if (arg === '--trusted-operations')
      options.trustedOut = path.join(gatewayDir, 'dist', 'trusted-operations.json');
    else if (arg === '--out') options.out = path.resolve(callerDir, value(arg, i++));
    else if (arg === '--trusted-out') options.trustedOut = path.resolve(callerDir, value(arg, i++));
    else if (arg === '--baselines') options.baselines = path.resolve(callerDir, value(arg, i++));
    else if (arg === '--subgraph') {
      const spec = value(arg, i++);
      const at = spec.indexOf('=');
      if (at <= 0) throw new UsageError(`--subgraph ${spec}: expected <name>=<url or file>`);
      options.subgraphs.push({ name: spec.slice(0, at), source: spec.slice(at + 1) });
    } else throw new UsageError(`unknown argument ${arg}`);
  }
  return options;
}

/**
 * What a running subgraph asks of a caller before it answers `_service`: the gateway credential (signed with the
 * gateway's own key) and a person's token (`SHIAN_TOKEN`, else, where the development secret is trusted, one
 * signed for the demo leader).
 */
async function liveHeaders(name: string): Promise<Record<string, string>> {
  const headers: Record<string, string> = {
    [GATEWAY_CREDENTIAL_HEADER]: await signGatewayCredential(loadGatewaySigningKey().key, name, 300),
  };
  let token = process.env.SHIAN_TOKEN?.trim();
  const { secret } = verifierConfigFromEnv();
  if (!token && secret) token = (await signToken(DEMO_USERS[0]!, { secret, expiresIn: 300 })).token;
  if (token) headers.authorization = `Bearer ${token}`;
  return headers;
}

/**
 * The URL written into the supergraph: a domain's development default (the gateway calls it where its environment
 * says, so the committed file does not depend on a deployment), any other subgraph's as given.
 */
const composedUrl = (name: string, given?: string) => {
  const domain = DOMAINS.find((d) => d.name === name);
  if (domain) return `http://localhost:${domain.subgraphPort}/graphql`;
  return given ?? `http://${name}.invalid/graphql`;
};

async function readSubgraph(name: string, source: string): Promise<SubgraphSource> {
  if (/^https?:\/\//.test(source)) {
    return {
      name,
      url: composedUrl(name, source),
      typeDefs: await fetchSubgraphSdl(name, source, await liveHeaders(name)),
    };
  }
  return { name, url: composedUrl(name), typeDefs: readFileSync(path.resolve(callerDir, source), 'utf8') };
}

/** Every domain (from its schema.graphql, or live), each `--subgraph` replacing or adding one; `--only`: just those. */
async function readSubgraphs(options: Options): Promise<SubgraphSource[]> {
  const given = new Map(options.subgraphs.map(({ name, source }) => [name, source]));
  const domains = options.only ? [] : DOMAINS.map((d) => d.name);
  const names = [...domains, ...[...given.keys()].filter((name) => !domains.includes(name))];
  const fromFiles = new Map(
    loadDomainSubgraphs(
      repoRoot,
      options.live ? [] : DOMAINS.filter((d) => domains.includes(d.name) && !given.has(d.name)),
    ).map((s) => [s.name, s]),
  );
  return Promise.all(
    names.map((name) => {
      const source = given.get(name);
      if (source) return readSubgraph(name, source);
      const file = fromFiles.get(name);
      if (file) return file;
      const domain = DOMAINS.find((d) => d.name === name)!;
      return readSubgraph(name, subgraphUrl(domain));
    }),
  );
}

/** For messages: a path under the caller's directory relative to it, anything else in full. */
const shown = (file: string) => {
  const relative = path.relative(callerDir, file);
  return relative && !relative.startsWith('..') ? relative : file;
};

async function main(args: string[]): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`compose: ${error.message}\n${USAGE}`);
    return 2;
  }
  const subgraphs = await readSubgraphs(options);
  const composed = composeSupergraph(subgraphs);
  const checks = await runSchemaChecks(repoRoot, subgraphs, composed.apiSchemaSdl, {
    validateOperations: false,
    baselineDir: options.baselines,
  });
  if (!checks.ok) {
    console.error(checks.report);
    return 1;
  }
  // Checked before anything is written: a release writes both artifacts or neither.
  const trusted = options.trustedOut
    ? parseTrustedManifest(JSON.stringify(collectTrustedManifest(repoRoot)))
    : undefined;

  const out = options.out ?? path.join(gatewayDir, 'supergraph.graphql');
  writeArtifact(out, composed.supergraphSdl);
  if (!options.out) {
    const header = '# Generated by `pnpm --filter @shian/gateway build` from services/*/schema.graphql. Do not edit.\n';
    writeArtifact(path.join(gatewayDir, 'api-schema.graphql'), `${header}\n${composed.apiSchemaSdl}\n`);
  }
  for (const hint of composed.hints) console.warn(`hint: ${hint}`);
  const names = subgraphs.map((s) => s.name).join(', ');
  console.log(`Composed ${names} into ${shown(out)}`);
  if (options.trustedOut && trusted) {
    writeArtifact(options.trustedOut, `${JSON.stringify(trusted.manifest, null, 2)}\n`);
    console.log(`${trusted.trusted.size} trusted operations → ${shown(options.trustedOut)}`);
  }
  return 0;
}

const USAGE =
  'usage: pnpm compose [--live] [--subgraph <name>=<url|file>]… [--only] [--out <file>] [--baselines <dir>] ' +
  '[--trusted-operations | --trusted-out <file>]';

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof CompositionFailed)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
