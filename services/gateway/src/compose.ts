import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import type { DomainDefinition } from '@shian/platform';
import { parse, printSchema } from 'graphql';

export interface SubgraphSource {
  /** The subgraph's name in the supergraph (= the domain's name). */
  name: string;
  /** The URL written into the supergraph; the gateway overrides it at run time. */
  url: string;
  /** The subgraph's SDL, as its `build` wrote it to schema.graphql. */
  typeDefs: string;
}

export interface ComposedSupergraph {
  supergraphSdl: string;
  /** The client-facing schema (no federation machinery): what codegen and the frontends read. */
  apiSchemaSdl: string;
  /** Composition hints: not errors, but worth a look. */
  hints: string[];
}

/** Composition failed: `messages` are the composer's own, one per problem. */
export class CompositionFailed extends Error {
  constructor(readonly messages: string[]) {
    super(`Supergraph composition failed:\n${messages.map((m) => `  - ${m}`).join('\n')}`);
  }
}

/** Composes subgraph SDLs into a supergraph; throws CompositionFailed with every composition error. */
export function composeSupergraph(subgraphs: SubgraphSource[]): ComposedSupergraph {
  const services = subgraphs.map(({ name, url, typeDefs }) => {
    try {
      return { name, url, typeDefs: parse(typeDefs) };
    } catch (error) {
      throw new CompositionFailed([`[${name}] schema.graphql does not parse: ${(error as Error).message}`]);
    }
  });
  const result = composeServices(services);
  if (result.errors) throw new CompositionFailed(result.errors.map((error) => error.message));
  return {
    supergraphSdl: result.supergraphSdl,
    apiSchemaSdl: printSchema(result.schema.toAPISchema().toGraphQLJSSchema()),
    hints: result.hints.map((hint) => hint.toString()),
  };
}

/** Where a domain's subgraph writes its SDL. */
export const schemaPath = (repoRoot: string, domain: string) =>
  path.join(repoRoot, 'services', domain, 'schema.graphql');

/**
 * Reads every domain's schema.graphql. The URLs are the development defaults; the gateway replaces them at run
 * time from the environment, so the committed supergraph does not depend on where subgraphs are deployed.
 */
export function loadDomainSubgraphs(repoRoot: string, domains: DomainDefinition[]): SubgraphSource[] {
  const missing = domains.filter((domain) => !existsSync(schemaPath(repoRoot, domain.name)));
  if (missing.length > 0) {
    throw new CompositionFailed(
      missing.map(
        (domain) =>
          `${path.relative(repoRoot, schemaPath(repoRoot, domain.name))} is missing: ` +
          `produce it with \`pnpm --filter @shian/service-${domain.name} build\``,
      ),
    );
  }
  return domains.map((domain) => ({
    name: domain.name,
    url: `http://localhost:${domain.subgraphPort}/graphql`,
    typeDefs: readFileSync(schemaPath(repoRoot, domain.name), 'utf8'),
  }));
}

/** What a running subgraph is asked for its SDL (Federation's own field, what a registry would ask). */
const SERVICE_SDL_QUERY = '{ _service { sdl } }';

/**
 * Reads a running subgraph's SDL. `headers` carry what the subgraph asks of every caller (the gateway credential,
 * a bearer token); a subgraph that is down or refuses is a CompositionFailed naming it and its URL.
 */
export async function fetchSubgraphSdl(
  name: string,
  url: string,
  headers: Record<string, string> = {},
  timeoutMs = 10_000,
): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: SERVICE_SDL_QUERY }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new CompositionFailed([`[${name}] ${url} did not answer: ${(error as Error).message}`]);
  }
  const body = (await response.json().catch(() => ({}))) as {
    data?: { _service?: { sdl?: string } };
    errors?: { message: string }[];
  };
  const sdl = body.data?._service?.sdl;
  if (!response.ok || !sdl) {
    const why = body.errors?.map((e) => e.message).join('; ') || `HTTP ${response.status}`;
    throw new CompositionFailed([`[${name}] ${url} gave no SDL: ${why}`]);
  }
  return sdl;
}
