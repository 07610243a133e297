import '@shian/telemetry/register';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import { GATEWAY_CREDENTIAL_HEADER, UnsafeProductionSettings, unsafeProductionSettings } from '@shian/auth';
import { findDomain, subgraphPort } from '@shian/platform';
import { createLogger, createMetrics, type HttpApp, sendJson, serveGraphQL, shutdownOnSignals } from '@shian/server';
import { traceStatements } from '@shian/telemetry';
import type { SubgraphDefinition } from './define';
import {
  assertMigrated,
  type DatabaseTarget,
  databaseTarget,
  openOrm,
  pendingMigrations,
  prepareDatabase,
} from './orm';
import { gatewayEntityDirectory } from './entity-directory';
import { httpGatewayClient } from './gateway-client';
import { ormPoolMetrics } from './metrics';
import { createRuntime } from './runtime';
import { buildFederatedSchema } from './schema';

export interface ServeOptions {
  port?: number;
  /**
   * Default SUBGRAPH_HOST, else 127.0.0.1: a subgraph is called by the gateway only, so by default it is not
   * reachable from other machines at all (containers set SUBGRAPH_HOST=0.0.0.0).
   */
  host?: string;
  /**
   * Outside production: migrate the database before serving and seed a fresh one with the demo data (what `start`
   * does). Default true. Production ignores it: there migrating is its own step (`migrate`, `dist/migrate.js`, a
   * Job), seeding never happens on start, and a database with a pending migration is refused (MigrationsPending).
   */
  prepare?: boolean;
  /** Install SIGINT/SIGTERM handlers that drain and exit. Default true; tests turn it off. */
  handleSignals?: boolean;
  /** Where the data lives. Default: `databaseTarget(name)`, from DATA_DIR / DATABASE_URL. */
  target?: DatabaseTarget;
  /** Called with every SQL statement the ORM runs (statement counts in tests and benchmarks). */
  onQuery?: (sql: string) => void;
}

/** Serves a subgraph: `src/main.ts` of every service is this one call. */
export async function serve(definition: SubgraphDefinition, options: ServeOptions = {}): Promise<HttpApp> {
  const log = createLogger(definition.name);
  // Before anything is opened: an unsafe production configuration must not serve a single request.
  assertSafeSubgraphProduction(definition, process.env);
  const target = options.target ?? databaseTarget(definition.name);
  const orm = await openOrm(definition, { target, onQuery: options.onQuery });
  // Each statement a span of the request that ran it, when tracing is on (@shian/telemetry).
  traceStatements(orm.config.getLogger(), { system: target.dialect, namespace: path.basename(target.dbName) });
  if (process.env.NODE_ENV === 'production') {
    // Replicas that migrated on start would race each other and a rollout's old version for the schema.
    await assertMigrated(orm).catch(async (error: unknown) => {
      await orm.close();
      throw error;
    });
  } else if (options.prepare ?? true) {
    const { seeded } = await prepareDatabase(orm, definition);
    log.info({ dialect: target.dialect, database: target.dbName, seeded }, 'database ready');
  }
  // One client (one connection pool) for every call made through the gateway on a caller's behalf.
  const gateway = httpGatewayClient();
  const entities = gatewayEntityDirectory(gateway);
  let migrated = false;
  const runtime = await createRuntime(definition, orm, log, undefined, entities, undefined, gateway);
  const metrics = createMetrics(definition.name);
  ormPoolMetrics(metrics, orm, target.dialect);
  const app = await serveGraphQL({
    name: definition.name,
    port: options.port ?? subgraphPort(findDomain(definition.name)),
    host: options.host ?? (process.env.SUBGRAPH_HOST?.trim() || '127.0.0.1'),
    apollo: runtime.apollo,
    context: (req) =>
      runtime.contextFor(
        req.headers.authorization,
        headerValue(req.headers[GATEWAY_CREDENTIAL_HEADER]),
        headerValue(req.headers['idempotency-key']),
      ),
    routes: {
      '/health': async (_req, res) => {
        const database = await orm.isConnected();
        sendJson(res, database ? 200 : 503, {
          status: database ? 'ok' : 'down',
          subgraph: definition.name,
          dialect: target.dialect,
        });
      },
      '/live': (_req, res) => sendJson(res, 200, { status: 'live', subgraph: definition.name }),
      // Ready: the database answers and no migration is pending (once true, migrations stay applied).
      '/ready': async (_req, res) => {
        if (!migrated && (await orm.isConnected())) migrated = await noPendingMigrations(orm);
        const ready = migrated && (await orm.isConnected());
        sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', subgraph: definition.name });
      },
    },
    logger: log,
    metrics,
  });
  const close = app.close;
  app.close = async () => {
    await close();
    await entities.close();
    await orm.close();
  };
  if (options.handleSignals ?? true) shutdownOnSignals(app, log);
  log.info({ url: app.url }, 'subgraph ready');
  return app;
}

/** The platform's production checks and the subgraph's own, refused together so one start names every fix. */
function assertSafeSubgraphProduction(definition: SubgraphDefinition, env: NodeJS.ProcessEnv): void {
  const problems = unsafeProductionSettings(env, 'subgraph');
  if (env.NODE_ENV === 'production' && definition.productionSettings)
    problems.push(...definition.productionSettings(env));
  if (problems.length > 0) throw new UnsafeProductionSettings(definition.name, problems);
}

async function noPendingMigrations(orm: MikroORM): Promise<boolean> {
  try {
    return (await pendingMigrations(orm)).length === 0;
  } catch {
    return false;
  }
}

const headerValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Writes the subgraph's SDL to `<root>/schema.graphql`, the input of the gateway's composition. */
/**
 * Writes ./schema.graphql and returns its path. With `onlyIfChanged`, leaves an identical file untouched (and
 * returns null): `pnpm dev` recomposes the supergraph whenever the file changes.
 */
export async function writeSdl(
  definition: SubgraphDefinition,
  options: { onlyIfChanged: true },
): Promise<string | null>;
export async function writeSdl(definition: SubgraphDefinition): Promise<string>;
export async function writeSdl(
  definition: SubgraphDefinition,
  options: { onlyIfChanged?: boolean } = {},
): Promise<string | null> {
  const { sdl } = await buildFederatedSchema(definition);
  const file = path.join(definition.root ?? process.cwd(), 'schema.graphql');
  const text = `${sdl.trim()}\n`;
  if (options.onlyIfChanged && existsSync(file) && readFileSync(file, 'utf8') === text) return null;
  writeFileSync(file, text);
  return file;
}
