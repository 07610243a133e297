/**
 * Subgraph tests against a real database of each dialect, through the same schema, context and error masking that
 * serve() uses: only the HTTP layer is skipped.
 */
import { createPrivateKey, createPublicKey, randomUUID } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {
  DEMO_USERS,
  DEVELOPMENT_GATEWAY_PRIVATE_KEY,
  DEVELOPMENT_GATEWAY_PUBLIC_KEY,
  type GatewayCredentials,
  gatewayCredentials,
  gatewayCredentialVerifier,
  signToken,
} from '@shian/auth';
import type { MikroORM } from '@mikro-orm/core';
import { createLogger } from '@shian/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { afterAll, beforeAll } from 'vitest';
import type { SubgraphDefinition } from './define';
import { type EntityDirectory, entityDirectoryFromFile, staticEntityDirectory } from './entity-directory';
import { type DatabaseTarget, type Dialect, databaseTarget, openOrm, prepareDatabase } from './orm';
import { createRuntime, type SubgraphRuntime } from './runtime';

export const TEST_DATABASE_URL = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/shian_test';

let postgresReachable: boolean | undefined;

function canConnect(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 5432) });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/**
 * The dialects to test on: SQLite always; PostgreSQL when it is reachable. Set SHIAN_TEST_DIALECTS=sqlite (or
 * postgresql) to choose; CI sets DATABASE_URL, and then an unreachable server fails the run instead of being skipped.
 */
export async function dialects(): Promise<Dialect[]> {
  const chosen = process.env.SHIAN_TEST_DIALECTS?.split(',').filter(Boolean) as Dialect[] | undefined;
  if (chosen?.length) return chosen;
  postgresReachable ??= process.env.DATABASE_URL ? true : await canConnect(TEST_DATABASE_URL);
  return postgresReachable ? ['sqlite', 'postgresql'] : ['sqlite'];
}

export interface ExecuteOptions {
  /** A demo username (admin, officer, township, police, …), or null for an anonymous call. Default 'officer'. */
  as?: string | null;
  /** A raw Authorization header value, for token tests; overrides `as`. */
  authorization?: string;
  /**
   * The gateway credential (`x-shian-gateway`) the call carries. Default: a valid one, as the gateway sends; null
   * sends none, a string sends that value (a call straight to the subgraph, a forged or expired credential).
   */
  gatewayCredential?: string | null;
}

export interface ExecuteResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: readonly GraphQLFormattedError[];
}

export interface TestSubgraph {
  readonly orm: MikroORM;
  readonly runtime: SubgraphRuntime;
  readonly target: DatabaseTarget;
  execute<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: ExecuteOptions,
  ): Promise<ExecuteResult<T>>;
  /** Runs `action` and counts the SQL statements it made. */
  countStatements<R>(action: () => Promise<R>): Promise<{ result: R; statements: number; sql: string[] }>;
}

const tokens = new Map<string, string>();

// The runtime under test trusts the development key pair whatever GATEWAY_PUBLIC_KEY says, so the default
// credential below is always the valid one.
let testGatewayCredentials: GatewayCredentials | undefined;
const validGatewayCredential = (subgraph: string) => {
  testGatewayCredentials ??= gatewayCredentials(createPrivateKey(DEVELOPMENT_GATEWAY_PRIVATE_KEY));
  return testGatewayCredentials.credentialFor(subgraph);
};

async function authorizationFor(username: string): Promise<string> {
  let token = tokens.get(username);
  if (!token) {
    const user = DEMO_USERS.find((candidate) => candidate.username === username);
    if (!user) throw new Error(`no demo user ${username}`);
    token = (await signToken(user)).token;
    tokens.set(username, token);
  }
  return `Bearer ${token}`;
}

function testTarget(name: string, dialect: Dialect): DatabaseTarget {
  const unique = `${name.replace(/-/g, '_')}_${randomUUID().slice(0, 8)}`;
  if (dialect === 'sqlite') return { dialect, dbName: path.join(os.tmpdir(), `shian-test-${unique}.db`) };
  const target = databaseTarget(name, { DATABASE_URL: TEST_DATABASE_URL });
  return { ...target, dbName: `shian_test_${unique}` };
}

/**
 * A fresh, migrated database (optionally with the demo data) for one test file, removed afterwards.
 * Call at the top level of a describe block; the returned object is usable inside tests.
 */
/**
 * The businesses a service's demo data links to (`seeds/entity-refs.json`, a committed copy of the entities demo
 * data that the root suite keeps in step), standing in for the entities subgraph that a served subgraph asks.
 */
function seedsEntityDirectory(definition: SubgraphDefinition): EntityDirectory {
  const file = path.join(definition.root ?? process.cwd(), 'seeds', 'entity-refs.json');
  return existsSync(file) ? entityDirectoryFromFile(file) : staticEntityDirectory([]);
}

export function testSubgraph(
  definition: SubgraphDefinition,
  options: {
    dialect: Dialect;
    seed?: boolean;
    /** Who says which township a business is in. Default: the service's `seeds/entity-refs.json`. */
    entities?: EntityDirectory;
  },
): TestSubgraph {
  const target = testTarget(definition.name, options.dialect);
  const sql: string[] = [];
  let counting = false;
  let orm: MikroORM | undefined;
  let runtime: SubgraphRuntime | undefined;
  const log = createLogger(`${definition.name}-test`);

  beforeAll(async () => {
    orm = await openOrm(definition, { target, onQuery: (statement) => counting && sql.push(statement) });
    await prepareDatabase(orm, definition, { seed: options.seed ?? false });
    runtime = await createRuntime(
      definition,
      orm,
      log,
      undefined,
      options.entities ?? seedsEntityDirectory(definition),
      gatewayCredentialVerifier(createPublicKey(DEVELOPMENT_GATEWAY_PUBLIC_KEY), definition.name),
    );
    await runtime.apollo.start();
  }, 120_000);

  afterAll(async () => {
    await runtime?.apollo.stop();
    if (orm && target.dialect === 'postgresql') {
      await orm.close();
      const admin = await openOrm(definition, { target: { ...target, dbName: 'postgres' } });
      await admin.em.getConnection().execute(`drop database if exists "${target.dbName}"`);
      await admin.close();
    } else {
      await orm?.close();
      rmSync(target.dbName, { force: true });
    }
  });

  const ready = () => {
    if (!orm || !runtime) throw new Error('testSubgraph is used before its beforeAll ran');
    return { orm, runtime };
  };

  return {
    get orm() {
      return ready().orm;
    },
    get runtime() {
      return ready().runtime;
    },
    target,
    async execute(query, variables, execOptions = {}) {
      const as = execOptions.as === undefined ? 'officer' : execOptions.as;
      const authorization = execOptions.authorization ?? (as ? await authorizationFor(as) : undefined);
      const gatewayCredential =
        execOptions.gatewayCredential === undefined
          ? await validGatewayCredential(definition.name)
          : execOptions.gatewayCredential;
      let contextValue: Awaited<ReturnType<SubgraphRuntime['contextFor']>>;
      try {
        contextValue = await ready().runtime.contextFor(authorization, gatewayCredential);
      } catch (error) {
        // Over HTTP a refused context is the whole answer: one error, no data.
        if (error instanceof GraphQLError) return { errors: [error.toJSON()] };
        throw error;
      }
      const response = await ready().runtime.apollo.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('incremental delivery is not used here');
      return response.body.singleResult as ExecuteResult<any>;
    },
    async countStatements(action) {
      sql.length = 0;
      counting = true;
      try {
        const result = await action();
        return { result, statements: sql.length, sql: [...sql] };
      } finally {
        counting = false;
      }
    },
  };
}
