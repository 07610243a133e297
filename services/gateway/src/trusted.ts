import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';
import { printExecutableGraphQLDocument } from '@graphql-tools/documents';
import { type DocumentNode, GraphQLError, Kind, parse, visit } from 'graphql';

/**
 * Trusted operations: in production the gateway runs only the operations the frontends were built with. Each
 * frontend's codegen writes `src/gql/persisted-documents.json` (sha256 → document); the gateway loads them all, or
 * one collected manifest (`TRUSTED_OPERATIONS_FILE`, written by `pnpm --filter @shian/gateway trusted-operations`).
 *
 * Clients send the full query (the frontends do; urql adds `__typename` where it needs it) and it is matched on
 * its normalised form: parsed, unaliased `__typename` selections dropped, printed sorted and without whitespace,
 * so formatting and field order do not matter and a client cannot slip anything else in. A client may instead send
 * only `extensions: { documentId: "sha256:…" }`, and the manifest's document runs.
 */

export type TrustedManifest = Record<string, string>;

export const NOT_TRUSTED = 'OPERATION_NOT_TRUSTED';
const MESSAGE = '该操作不在可信操作清单中:生产环境只执行各前端构建时登记的操作';

/** TRUSTED_OPERATIONS=on|off decides; otherwise production (NODE_ENV=production) runs only trusted operations. */
export function trustedMode(env: NodeJS.ProcessEnv): boolean {
  if (env.TRUSTED_OPERATIONS === 'on') return true;
  if (env.TRUSTED_OPERATIONS === 'off') return false;
  return env.NODE_ENV === 'production';
}

function withoutTypename(document: DocumentNode): DocumentNode {
  return visit(document, {
    Field(node) {
      const plain = !node.alias && !node.arguments?.length && !node.directives?.length && !node.selectionSet;
      return plain && node.name.value === '__typename' ? null : undefined;
    },
  });
}

/** The form two texts of the same operation share. Throws a GraphQLError when the text does not parse. */
export function normalizeOperation(query: string): string {
  const document = parse(query, { noLocation: true });
  if (document.definitions.some((d) => d.kind !== Kind.OPERATION_DEFINITION && d.kind !== Kind.FRAGMENT_DEFINITION)) {
    throw new GraphQLError('文档只能包含操作与片段');
  }
  return printExecutableGraphQLDocument(withoutTypename(document));
}

const digest = (text: string) => createHash('sha256').update(text).digest('hex');

export interface TrustedOperations {
  readonly size: number;
  /** Whether this query text is one of the manifest's operations (up to formatting and `__typename`). */
  allows(query: string): boolean;
  /** The manifest's document for a documentId (`sha256:…`). */
  document(id: string): string | undefined;
}

export function trustedOperations(manifest: TrustedManifest): TrustedOperations {
  const allowed = new Set(Object.values(manifest).map((text) => digest(normalizeOperation(text))));
  // Most requests repeat a few texts: remember answers, within bounds.
  const seen = new Map<string, boolean>();
  return {
    size: allowed.size,
    allows(query) {
      const known = seen.get(query);
      if (known !== undefined) return known;
      let answer = false;
      try {
        answer = allowed.has(digest(normalizeOperation(query)));
      } catch {
        answer = false;
      }
      if (seen.size >= 2000) seen.clear();
      seen.set(query, answer);
      return answer;
    },
    document: (id) => (Object.hasOwn(manifest, id) ? manifest[id] : undefined),
  };
}

/**
 * The operations the subgraphs themselves send through the gateway on a caller's behalf: the kit's (asking the
 * entities subgraph which township a business is in) and each service's own (`services/<name>/trusted-operations.json`,
 * e.g. checking that a linked record of another subgraph exists in the caller's scope). Each file maps
 * `sha256:<hex of the exact text>` to the text, like the frontends' persisted documents.
 */
export function serviceOperationFiles(repoRoot: string): string[] {
  const files = [path.join(repoRoot, 'packages', 'subgraph-kit', 'trusted-operations.json')];
  const services = path.join(repoRoot, 'services');
  if (existsSync(services))
    for (const name of readdirSync(services).sort()) files.push(path.join(services, name, 'trusted-operations.json'));
  return files.filter((file) => existsSync(file));
}

/** Every frontend's `src/gql/persisted-documents.json` in the repository, and the subgraphs' own, merged. */
export function collectTrustedManifest(repoRoot: string): TrustedManifest {
  const frontends = path.join(repoRoot, 'frontends');
  const manifest: TrustedManifest = {};
  for (const file of serviceOperationFiles(repoRoot))
    Object.assign(manifest, JSON.parse(readFileSync(file, 'utf8')) as TrustedManifest);
  if (!existsSync(frontends)) return manifest;
  for (const name of readdirSync(frontends).sort()) {
    const file = path.join(frontends, name, 'src', 'gql', 'persisted-documents.json');
    if (existsSync(file)) Object.assign(manifest, JSON.parse(readFileSync(file, 'utf8')) as TrustedManifest);
  }
  return manifest;
}

/**
 * Where a deployed gateway reads its collected manifest (`TRUSTED_OPERATIONS_URL`, else `TRUSTED_OPERATIONS_FILE`);
 * undefined: the repository's own files, read once.
 */
export function trustedManifestLocation(env: NodeJS.ProcessEnv): string | undefined {
  return env.TRUSTED_OPERATIONS_URL?.trim() || env.TRUSTED_OPERATIONS_FILE?.trim() || undefined;
}

/**
 * A collected manifest's text, checked before it replaces the one in use: JSON, an object of `sha256:…` ids to
 * operation texts, not empty (a release never means "refuse everything"), every text an operation that parses.
 */
export function parseTrustedManifest(text: string): { manifest: TrustedManifest; trusted: TrustedOperations } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`not valid JSON: ${(error as Error).message}`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('not a JSON object of id → text');
  const entries = Object.entries(value);
  if (entries.length === 0) throw new Error('the manifest is empty: it would refuse every operation');
  const bad = entries.find(([id, text]) => !id.startsWith('sha256:') || typeof text !== 'string');
  if (bad) throw new Error(`entry ${JSON.stringify(bad[0])} is not "sha256:<hex>": "<operation text>"`);
  const manifest = value as TrustedManifest;
  for (const [id, operation] of entries) {
    try {
      normalizeOperation(operation as string);
    } catch (error) {
      throw new Error(`operation ${id} does not parse: ${(error as Error).message}`);
    }
  }
  return { manifest, trusted: trustedOperations(manifest) };
}

/**
 * The operations in force, swapped whole when a new manifest is loaded: a request checks against the manifest that
 * was current when it arrived, and the next one against the new manifest.
 */
export function swappableTrustedOperations(initial: TrustedOperations): TrustedOperations & {
  swap(next: TrustedOperations): void;
} {
  let current = initial;
  return {
    get size() {
      return current.size;
    },
    allows: (query) => current.allows(query),
    document: (id) => current.document(id),
    swap(next) {
      current = next;
    },
  };
}

const notTrusted = () => new GraphQLError(MESSAGE, { extensions: { code: NOT_TRUSTED, http: { status: 400 } } });

/** Stands in for a refused operation: trivially valid, so that nothing of the refused text is parsed or checked. */
const REFUSED_PLACEHOLDER = '{ __typename }';

/**
 * Fills in the manifest's document for a request that sends only its id, and, when `enforce`, refuses every
 * operation that is not in the manifest before it is parsed, validated or planned. Apollo answers an error thrown
 * where the request starts as an internal error, so a refused operation is swapped for a placeholder and refused
 * once resolved, where errors reach the client as they are (one error, HTTP 400).
 */
export function trustedOperationsPlugin(trusted: TrustedOperations, enforce: boolean): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const id = (request.extensions as { documentId?: unknown } | undefined)?.documentId;
      if (!request.query && typeof id === 'string') {
        const document = trusted.document(id);
        if (document) request.query = document;
      }
      if (!enforce || (request.query && trusted.allows(request.query))) return;
      request.query = REFUSED_PLACEHOLDER;
      request.operationName = undefined;
      return {
        async didResolveOperation() {
          throw notTrusted();
        },
      };
    },
  };
}
