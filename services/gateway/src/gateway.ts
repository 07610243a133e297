import { readFileSync } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { ApolloGateway } from '@apollo/gateway';
import {
  assertSafeProduction,
  createVerifier,
  gatewayCredentials,
  loadGatewaySigningKey,
  verifierConfigFromEnv,
} from '@shian/auth';
import { DOMAINS, gatewayPort, subgraphUrl } from '@shian/platform';
import { createLogger, type HttpApp, type Logger, type RouteHandler, serveGraphQL } from '@shian/server';
import { type GatewayContext, gatewayContext, requireIdentity, tokenRoute } from './auth';
import { faultSettingsFromEnv } from './faults';
import { healthRoute, liveRoute, readyRoute } from './health';
import { armor, costLimit, LIMITS } from './limits';
import { gatewayRateLimits } from './rate-limits';
import { createSubgraphTransport, SubgraphDataSource, subgraphsInSupergraph } from './subgraphs';
import {
  loadTrustedManifest,
  type TrustedManifest,
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
  /** Default: the committed services/gateway/supergraph.graphql. */
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
}

export interface Gateway extends HttpApp {
  /** The URL each subgraph is called at. */
  subgraphUrls: Record<string, string>;
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
  const supergraphSdl = options.supergraphSdl ?? readFileSync(SUPERGRAPH_PATH, 'utf8');

  const subgraphs = subgraphsInSupergraph(supergraphSdl).map(({ name, url }) => {
    const domain = DOMAINS.find((d) => d.name === name);
    return { name, url: options.subgraphUrls?.[name] ?? (domain ? subgraphUrl(domain, env) : url) };
  });
  const urls = Object.fromEntries(subgraphs.map((s) => [s.name, s.url]));

  // Subgraphs answer only requests that carry this credential; the development key outside production.
  const credentials = gatewayCredentials(loadGatewaySigningKey(env).key);
  const subgraphFetch = createSubgraphTransport(faultSettingsFromEnv(env));
  const gateway = new ApolloGateway({
    supergraphSdl,
    logger,
    buildService: ({ name, url }) =>
      new SubgraphDataSource({
        name,
        url: urls[name] ?? url,
        logger,
        fetcher: subgraphFetch.fetcherFor(name),
        credentials,
      }),
  });
  // Ready once the gateway can plan queries; whether each subgraph is up is /health's business, not readiness'.
  let supergraphLoaded = false;
  gateway.onSchemaLoadOrUpdate(() => {
    supergraphLoaded = true;
  });

  const trustedOnly = trustedMode(env);
  const trusted = trustedOperations(options.trustedOperations ?? loadTrustedManifest(env, REPO_ROOT));
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
          gatewayContext(createVerifier(verifierConfigFromEnv(env))),
          subgraphFetch.settings.requestTimeoutMs,
        ),
      ),
      admit: limits.admit,
      routes,
      logger,
      maxBatchSize: LIMITS.maxBatch,
    });
  } catch (error) {
    await subgraphFetch.close();
    throw error;
  }
  logger.info(
    { subgraphs: urls, devIdp, production, trustedOperations: trustedOnly ? trusted.size : 'off' },
    'gateway ready',
  );

  return {
    ...app,
    subgraphUrls: urls,
    close: async () => {
      await app.close();
      await subgraphFetch.close();
    },
  };
}
