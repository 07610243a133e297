import type http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { ApolloGateway } from '@apollo/gateway';
import {
  assertSafeProduction,
  cachedVerifier,
  createVerifier,
  gatewayCredentials,
  loadGatewaySigningKey,
  SERVICE_IDENTITIES,
  type ServiceName,
  verifierConfigFromEnv,
} from '@shian/auth';
import type { GraphQLFormattedError } from 'graphql';
import { DOMAINS, envName, gatewayPort, subgraphUrl } from '@shian/platform';
import { createLogger, createMetrics, type HttpApp, type Logger, type RouteHandler, serveGraphQL } from '@shian/server';
import { type GatewayContext, gatewayContext, requireIdentity, tokenRoute } from './auth';
import { EntityReuseRegistry } from './entity-reuse';
import { faultSettingsFromEnv } from './faults';
import { healthRoute, liveRoute, readyRoute } from './health';
import { armor, costLimit, LIMITS } from './limits';
import { artifactReloadMetrics, gatewayFetchMetrics } from './metrics';
import { gatewayRateLimits } from './rate-limits';
import {
  type ArtifactName,
  type ArtifactSource,
  type ArtifactStatus,
  artifactSource,
  type PolledArtifact,
  pollArtifact,
  pollIntervalFromEnv,
  type ReloadEvent,
} from './reload';
import { createSubgraphTransport, SubgraphDataSource, type SubgraphEndpoint, subgraphsInSupergraph } from './subgraphs';
import {
  collectTrustedManifest,
  parseTrustedManifest,
  swappableTrustedOperations,
  type TrustedManifest,
  trustedManifestLocation,
  trustedMode,
  trustedOperations,
  trustedOperationsPlugin,
} from './trusted';

export const SUPERGRAPH_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../supergraph.graphql');
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface GatewayOptions {
  /** Default GATEWAY_PORT or 4000; 0 picks a free port. */
  port?: number;
  host?: string;
  /**
   * A fixed supergraph (never reloaded). Default: `SUPERGRAPH_URL`, else `SUPERGRAPH_PATH`, else the committed
   * services/gateway/supergraph.graphql, polled every `SUPERGRAPH_POLL_MS`.
   */
  supergraphSdl?: string;
  /** Subgraph name → GraphQL URL. Default: `subgraphUrl()` of @shian/platform for known domains, else the supergraph's. */
  subgraphUrls?: Record<string, string>;
  /**
   * The operations a trusted gateway runs (sha256 → document). Default: `TRUSTED_OPERATIONS_FILE`, else every
   * frontend's `src/gql/persisted-documents.json`. Enforced in production or with TRUSTED_OPERATIONS=on.
   */
  trustedOperations?: TrustedManifest;
  /**
   * Read for NODE_ENV, TRUSTED_OPERATIONS*, AUTH_*, GATEWAY_SIGNING_KEY*, CORS_ORIGINS, timeouts and the subgraph
   * URLs. Default process.env. With NODE_ENV=production an unsafe configuration is refused: startGateway throws
   * UnsafeProductionSettings (@shian/auth) naming each variable to fix.
   */
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  /**
   * Called on every attempt to load a new supergraph or trusted-operations manifest (`loaded` or `failed`, with the
   * reason): where a metrics counter hooks in.
   */
  onArtifactReload?: (event: ReloadEvent) => void;
  /**
   * A query operation's later `_entities` fetches answered from the entities it has already read from the same
   * subgraph (src/entity-reuse.ts). Default true; false sends every fetch of Apollo's plan (the bench's baseline).
   */
  reuseEntities?: boolean;
}

export interface Gateway extends HttpApp {
  /** The URL each subgraph is called at; a subgraph added by a new supergraph appears here once loaded. */
  subgraphUrls: Record<string, string>;
  /** Which version of each artifact is served, since when, and how many reloads and refusals so far. */
  artifacts(): Partial<Record<ArtifactName, ArtifactStatus>>;
  /**
   * Runs one operation in-process as a platform service (the reminder scheduler): through the same plugins as a
   * request (trusted operations, cost), with the service's identity and a credential naming it for the subgraphs.
   * Only code in this process can call it; no HTTP request reaches it.
   */
  runAsService(
    service: ServiceName,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ data?: Record<string, any> | null; errors?: readonly GraphQLFormattedError[] }>;
}

/** SUPERGRAPH_URL (http/https), else SUPERGRAPH_PATH, else the committed file. */
export function supergraphLocation(env: NodeJS.ProcessEnv): string {
  return env.SUPERGRAPH_URL?.trim() || env.SUPERGRAPH_PATH?.trim() || SUPERGRAPH_PATH;
}

const fixedSource = (location: string, text: string): ArtifactSource => ({ location, read: async () => text });

/**
 * Where a subgraph is called: a known domain's from the environment and the platform's defaults, so the
 * supergraph never decides where subgraphs run (a subgraph a new supergraph adds included); any other subgraph's
 * from `<NAME>_URL` or `<NAME>_PORT` when set, else the URL it was composed with.
 */
function subgraphUrlFor(name: string, composedUrl: string, env: NodeJS.ProcessEnv, fixed?: Record<string, string>) {
  if (fixed?.[name]) return fixed[name];
  const domain = DOMAINS.find((d) => d.name === name);
  if (domain) return subgraphUrl(domain, env);
  const port = env[envName(name, 'PORT')];
  return env[envName(name, 'URL')] || (port ? `http://127.0.0.1:${port}/graphql` : composedUrl);
}

const numberFromEnv = (value: string | undefined, fallback: number) =>
  value && Number.isFinite(Number(value)) ? Number(value) : fallback;

/** The request's deadline counts from its arrival, token verification included. */
function withDeadline(
  context: (req: http.IncomingMessage) => Promise<GatewayContext>,
  timeoutMs: number,
): (req: http.IncomingMessage) => Promise<GatewayContext> {
  return async (req) => {
    const deadline = Date.now() + timeoutMs;
    const value = await context(req);
    value.deadline = deadline;
    return value;
  };
}

/** Starts the gateway: the static supergraph, served through @shian/server. */
export async function startGateway(options: GatewayOptions = {}): Promise<Gateway> {
  const env = options.env ?? process.env;
  const logger = options.logger ?? createLogger('gateway');
  const production = env.NODE_ENV === 'production';
  assertSafeProduction(env, 'gateway');
  const devIdp = !production || env.AUTH_DEV_IDP === 'on';
  const artifacts: Partial<Record<ArtifactName, PolledArtifact>> = {};
  const stopPolling = () => {
    for (const artifact of Object.values(artifacts)) artifact.stop();
  };

  // /health walks this list on every call: it is refilled in place when a new supergraph is loaded.
  const subgraphs: SubgraphEndpoint[] = [];
  const urls: Record<string, string> = {};
  const reuse = options.reuseEntities === false ? undefined : new EntityReuseRegistry();
  const useSubgraphs = (supergraphSdl: string) => {
    reuse?.useSupergraph(supergraphSdl);
    const next = subgraphsInSupergraph(supergraphSdl).map(({ name, url }) => ({
      name,
      url: subgraphUrlFor(name, url, env, options.subgraphUrls),
    }));
    subgraphs.splice(0, subgraphs.length, ...next);
    for (const key of Object.keys(urls)) delete urls[key];
    Object.assign(urls, Object.fromEntries(next.map((s) => [s.name, s.url])));
  };

  // Subgraphs answer only requests that carry this credential; the development key outside production.
  const credentials = gatewayCredentials(loadGatewaySigningKey(env).key);
  const metrics = createMetrics('gateway');
  const subgraphFetch = createSubgraphTransport(faultSettingsFromEnv(env), gatewayFetchMetrics(metrics));
  const onArtifactReload = artifactReloadMetrics(metrics, artifacts, options.onArtifactReload);
  const location = supergraphLocation(env);
  const gateway = new ApolloGateway({
    // Called once at load. Each new text is handed to `update`, which builds and validates the supergraph before
    // anything changes and throws when it does not (the one in use stays); requests in flight finish on the plan
    // they started with. No subgraph health check gates an update: a subgraph that is down costs only its fields,
    // and must not hold every other subgraph's release back.
    supergraphSdl: async ({ update }) => {
      let loaded = false;
      let initial = '';
      artifacts.supergraph = await pollArtifact({
        artifact: 'supergraph',
        source:
          options.supergraphSdl !== undefined
            ? fixedSource('startGateway({ supergraphSdl })', options.supergraphSdl)
            : artifactSource(location),
        intervalMs: options.supergraphSdl !== undefined ? 0 : pollIntervalFromEnv(env.SUPERGRAPH_POLL_MS, env),
        logger,
        onEvent: onArtifactReload,
        apply: (text) => {
          subgraphsInSupergraph(text); // not a supergraph at all: refused before the gateway sees it
          if (loaded) update(text);
          else initial = text;
          useSubgraphs(text);
        },
      });
      loaded = true;
      return { supergraphSdl: initial, cleanup: async () => artifacts.supergraph?.stop() };
    },
    // Apollo validates a supergraph only outside production by default; a release must be checked everywhere.
    validateSupergraph: true,
    // Called with each operation's plan before its fetches: which subgraphs' answers are worth recording.
    experimental_didResolveQueryPlan: reuse
      ? ({ queryPlan, requestContext }) => {
          if (requestContext.operation?.operation === 'query') reuse.usePlan(requestContext, queryPlan);
        }
      : undefined,
    logger,
    buildService: ({ name, url }) =>
      new SubgraphDataSource({
        name,
        url: subgraphUrlFor(name, url ?? '', env, options.subgraphUrls),
        logger,
        fetcher: subgraphFetch.fetcherFor(name),
        credentials,
        reuse,
      }),
  });
  // Ready once the gateway can plan queries; whether each subgraph is up is /health's business, not readiness'.
  let supergraphLoaded = false;
  gateway.onSchemaLoadOrUpdate(() => {
    supergraphLoaded = true;
  });

  const trustedOnly = trustedMode(env);
  const trustedLocation = options.trustedOperations ? undefined : trustedManifestLocation(env);
  const trusted = swappableTrustedOperations(
    trustedOperations(options.trustedOperations ?? (trustedLocation ? {} : collectTrustedManifest(REPO_ROOT))),
  );
  if (trustedLocation) {
    try {
      artifacts['trusted-operations'] = await pollArtifact({
        artifact: 'trusted-operations',
        source: artifactSource(trustedLocation),
        intervalMs: pollIntervalFromEnv(env.TRUSTED_OPERATIONS_POLL_MS ?? env.SUPERGRAPH_POLL_MS, env),
        logger,
        onEvent: onArtifactReload,
        apply: (text) => trusted.swap(parseTrustedManifest(text).trusted),
      });
    } catch (error) {
      await subgraphFetch.close();
      throw new Error(`trusted operations: ${trustedLocation}: ${(error as Error).message}`);
    }
  }
  if (trustedOnly && trusted.size === 0) {
    logger.warn('trusted operations are enforced but the manifest is empty: every operation will be refused');
  }

  const limits = gatewayRateLimits(env);
  const protection = armor(production);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    logger,
    introspection: !production,
    ...protection,
    // Stack traces belong in the logs; a client (a partner's page included) never needs our file paths.
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: true,
    plugins: [
      trustedOperationsPlugin(trusted, trustedOnly),
      ...protection.plugins,
      requireIdentity(!production),
      costLimit(),
    ],
  });

  const routes: Record<string, RouteHandler> = {
    '/health': healthRoute(subgraphs, subgraphFetch, numberFromEnv(env.HEALTH_TIMEOUT_MS, 1500)),
    '/live': liveRoute(),
    '/ready': readyRoute(() => supergraphLoaded),
  };
  if (devIdp) routes['/auth/token'] = tokenRoute(env, limits.signin);

  let app: HttpApp;
  try {
    app = await serveGraphQL<GatewayContext>({
      name: 'gateway',
      port: options.port ?? gatewayPort(env),
      host: options.host,
      apollo,
      context: limits.perUser(
        withDeadline(
          gatewayContext(cachedVerifier(createVerifier(verifierConfigFromEnv(env)))),
          subgraphFetch.settings.requestTimeoutMs,
        ),
      ),
      admit: limits.admit,
      routes,
      logger,
      maxBatchSize: LIMITS.maxBatch,
      metrics,
    });
  } catch (error) {
    stopPolling();
    await subgraphFetch.close();
    throw error;
  }
  logger.info(
    {
      subgraphs: urls,
      devIdp,
      production,
      trustedOperations: trustedOnly ? trusted.size : 'off',
      supergraph: artifacts.supergraph?.status(),
    },
    'gateway ready',
  );

  const runAsService: Gateway['runAsService'] = async (service, query, variables) => {
    const contextValue: GatewayContext = {
      identity: { ...SERVICE_IDENTITIES[service] },
      service,
      deadline: Date.now() + subgraphFetch.settings.requestTimeoutMs,
    };
    const response = await apollo.executeOperation({ query, variables }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('incremental delivery is not used');
    const { data, errors } = response.body.singleResult;
    return { data: data as Record<string, any> | null | undefined, errors };
  };

  return {
    ...app,
    subgraphUrls: urls,
    runAsService,
    artifacts: () => Object.fromEntries(Object.entries(artifacts).map(([name, artifact]) => [name, artifact.status()])),
    close: async () => {
      stopPolling();
      await app.close();
      await subgraphFetch.close();
    },
  };
}
