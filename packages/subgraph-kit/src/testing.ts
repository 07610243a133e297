/**
 * Subgraph tests against a real database of each dialect, through the same schema, context and error masking that
 * serve() uses: only the HTTP layer is skipped.
 */
import { createHash, createPrivateKey, createPublicKey, randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import {
  DEMO_USERS,
  DEVELOPMENT_GATEWAY_PRIVATE_KEY,
  DEVELOPMENT_GATEWAY_PUBLIC_KEY,
  type GatewayCredentials,
  gatewayCredentials,
  gatewayCredentialVerifier,
  type ServiceName,
  signToken,
} from '@shian/auth';
import type { MikroORM } from '@mikro-orm/core';
import { todayInChina } from '@shian/clock';
import { createLogger } from '@shian/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubgraphDefinition } from './define';
import type { Context } from './context';
import {
  ENTITY_TOWNSHIPS_OPERATION,
  type EntityDirectory,
  entityDirectoryFromFile,
  staticEntityDirectory,
} from './entity-directory';
import { clientError, forbidden } from './errors';
import { type GatewayClient, operationName } from './gateway-client';
import { type DatabaseTarget, type Dialect, databaseTarget, openOrm, prepareDatabase } from './orm';
import { findReadOnly, markReadOnly } from './read-only';
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
  /** The `Idempotency-Key` header the gateway forwards, for creates sent again. */
  idempotencyKey?: string;
  /**
   * Calls as the gateway's background service of that name: a valid credential naming it (`act`). Combine with
   * `as: null` for the service alone; with a user it shows that the user's token wins.
   */
  service?: ServiceName;
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
const validGatewayCredential = (subgraph: string, service?: ServiceName) => {
  testGatewayCredentials ??= gatewayCredentials(createPrivateKey(DEVELOPMENT_GATEWAY_PRIVATE_KEY));
  return testGatewayCredentials.credentialFor(subgraph, service);
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
 * Seeded databases to copy, by subgraph definition, dialect and day. Migrating and seeding the demo data takes
 * seconds per database (sampling: 3-5 s), and every test file of a subgraph asked for the same on each dialect; the
 * files of a package share one worker (isolate: false), so the first seeds a template and the others copy it (a
 * file copy, `CREATE DATABASE … TEMPLATE`). Each file still gets a database of its own. Keyed by Beijing's day as
 * well, since the demo data is dated from today (fake timers may move it).
 */
const seededTemplates = new WeakMap<SubgraphDefinition, Map<string, Promise<DatabaseTarget>>>();
const TEMPLATE_PREFIX = 'shian_test_tpl_';
const sqliteTemplates: string[] = [];
const postgresTemplates: { definition: SubgraphDefinition; target: DatabaseTarget }[] = [];

process.once('exit', () => {
  for (const file of sqliteTemplates) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  }
});
// No hook runs after a worker's last file, and `exit` cannot wait for PostgreSQL: dropped here when the worker ends
// on an empty event loop, else by the next worker that makes a template (dropTemplatesOfDeadProcesses).
process.once('beforeExit', async () => {
  for (const { definition, target } of postgresTemplates.splice(0)) {
    await dropDatabase(definition, target).catch(() => {});
  }
});

function seededTemplate(definition: SubgraphDefinition, dialect: Dialect): Promise<DatabaseTarget> {
  const byKey = seededTemplates.get(definition) ?? new Map<string, Promise<DatabaseTarget>>();
  seededTemplates.set(definition, byKey);
  const key = `${dialect} ${todayInChina()}`;
  let template = byKey.get(key);
  if (!template) {
    template = createSeededTemplate(definition, dialect);
    byKey.set(key, template);
    // A template that failed is not kept: the next file seeds again (and reports its own failure).
    template.catch(() => byKey.delete(key));
  }
  return template;
}

async function createSeededTemplate(definition: SubgraphDefinition, dialect: Dialect): Promise<DatabaseTarget> {
  const target = testTarget(definition.name, dialect);
  if (target.dialect === 'postgresql') {
    // Named for this process, so that one that died before it could drop its templates is cleaned up by the next.
    target.dbName = `${TEMPLATE_PREFIX}${process.pid}_${target.dbName.slice('shian_test_'.length)}`;
    await dropTemplatesOfDeadProcesses(definition, target);
  } else {
    sqliteTemplates.push(target.dbName);
  }
  const orm = await openOrm(definition, { target });
  try {
    await prepareDatabase(orm, definition, { seed: true });
  } finally {
    await orm.close();
  }
  if (target.dialect === 'postgresql') postgresTemplates.push({ definition, target });
  return target;
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Runs `run` on the server's `postgres` database, where databases are created and dropped. */
async function onServer<T>(
  definition: SubgraphDefinition,
  target: DatabaseTarget,
  run: (connection: ReturnType<MikroORM['em']['getConnection']>) => Promise<T>,
): Promise<T> {
  const admin = await openOrm(definition, { target: { ...target, dbName: 'postgres' } });
  try {
    return await run(admin.em.getConnection());
  } finally {
    await admin.close();
  }
}

function dropTemplatesOfDeadProcesses(definition: SubgraphDefinition, target: DatabaseTarget) {
  return onServer(definition, target, async (connection) => {
    const rows = (await connection.execute(`select datname from pg_database where datname like ?`, [
      `${TEMPLATE_PREFIX}%`,
    ])) as { datname: string }[];
    for (const { datname } of rows) {
      const pid = Number(datname.slice(TEMPLATE_PREFIX.length).split('_')[0]);
      if (Number.isInteger(pid) && !isAlive(pid)) await connection.execute(`drop database if exists "${datname}"`);
    }
  });
}

function dropDatabase(definition: SubgraphDefinition, target: DatabaseTarget) {
  return onServer(definition, target, (connection) => connection.execute(`drop database if exists "${target.dbName}"`));
}

/** A copy of `template` at `target`, which must not exist yet. */
async function copyDatabase(definition: SubgraphDefinition, template: DatabaseTarget, target: DatabaseTarget) {
  if (target.dialect === 'sqlite') {
    copyFileSync(template.dbName, target.dbName);
    // Closing the template's last connection checkpoints its log; if one is left, it holds part of the data.
    if (existsSync(`${template.dbName}-wal`)) copyFileSync(`${template.dbName}-wal`, `${target.dbName}-wal`);
    return;
  }
  await onServer(definition, target, (connection) =>
    connection.execute(`create database "${target.dbName}" template "${template.dbName}"`),
  );
}

/**
 * The businesses a service's demo data links to (`@shian/demo-refs/entities.json`, generated from the entities demo
 * data, which the root suite keeps in step), standing in for the entities subgraph that a served subgraph asks.
 * Resolved from the service's own package, so only a service that depends on @shian/demo-refs gets them; any other
 * starts with an empty directory.
 */
function seedsEntityDirectory(definition: SubgraphDefinition): EntityDirectory {
  const root = definition.root ?? process.cwd();
  let file: string;
  try {
    file = createRequire(path.join(root, 'package.json')).resolve('@shian/demo-refs/entities.json');
  } catch {
    return staticEntityDirectory([]);
  }
  return entityDirectoryFromFile(file);
}

/**
 * A fake answer to one operation a subgraph sends through the gateway: the data the gateway would answer for the
 * caller (`ctx`). Throw `forbidden()` for what the owning subgraph would refuse as out of the caller's scope.
 */
export type FakeGatewayOperation = (variables: Record<string, any>, ctx: Context) => unknown;

const KIT_TRUSTED_OPERATIONS = new URL('../trusted-operations.json', import.meta.url);

/** The texts a production gateway would run for this service: the kit's file and the service's own. */
export function trustedServiceOperations(root: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const file of [KIT_TRUSTED_OPERATIONS, path.join(root, 'trusted-operations.json')]) {
    if (!existsSync(file)) continue;
    for (const [id, text] of Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)) {
      const digest = `sha256:${createHash('sha256').update(text).digest('hex')}`;
      if (digest !== id) throw new Error(`${String(file)}: ${id} is not the sha256 of its text (${digest})`);
      texts.set(text, id);
    }
  }
  return texts;
}

/**
 * A gateway that answers the given operations (by name) and nothing else. Every operation must also be listed,
 * exactly, in the kit's or the service's `trusted-operations.json`, as a production gateway requires; a test that
 * sends an unlisted or unanswered one gets a SERVICE_UNAVAILABLE error saying what to add.
 */
export function fakeGateway(
  handlers: Record<string, FakeGatewayOperation>,
  trusted?: ReadonlyMap<string, string>,
): GatewayClient {
  return {
    async run<T>(ctx: Context, operation: string, variables: Record<string, unknown> = {}) {
      const name = operationName(operation);
      if (trusted && !trusted.has(operation))
        throw clientError(
          'SERVICE_UNAVAILABLE',
          `testSubgraph: ${name} is sent through the gateway but is not in trusted-operations.json (the kit's or the service's): list it as "sha256:<hex of the exact text>": text, or production's gateway refuses it`,
        );
      const handler = handlers[name];
      if (!handler)
        throw clientError(
          'SERVICE_UNAVAILABLE',
          `testSubgraph: the code under test sent ${name} through the gateway and this test has no answer for it; pass testSubgraph(subgraph, { gateway: { ${name}: (variables, ctx) => data } })`,
        );
      try {
        return { data: (await handler(variables, ctx)) as T, forbidden: false };
      } catch (error) {
        if (error instanceof GraphQLError && error.extensions?.code === 'FORBIDDEN')
          return { data: null, forbidden: true };
        throw error;
      }
    },
    close: async () => {},
  };
}

/** The entities subgraph's answer to the directory's operation, from a static directory (partners: FORBIDDEN). */
function entityTownshipsAnswer(directory: EntityDirectory): FakeGatewayOperation {
  return async (variables, ctx) => {
    if (ctx.identity.role === 'partner') throw forbidden();
    const found = await directory.lookup(variables.ids as string[], ctx);
    return {
      entities: {
        nodes: [...found.values()].map((e) => ({ id: e.id, name: e.name, township: { id: e.townshipId } })),
      },
    };
  };
}

/**
 * A fresh, migrated database (optionally with the demo data, copied from a seeded template) for one test file,
 * removed afterwards. Call at the top level of a describe block; the returned object is usable inside tests.
 */
export function testSubgraph(
  definition: SubgraphDefinition,
  options: {
    dialect: Dialect;
    seed?: boolean;
    /** Who says which township a business is in. Default: the demo businesses of @shian/demo-refs, if it depends on it. */
    entities?: EntityDirectory;
    /**
     * Answers to the operations the service sends through the gateway (`ctx.gateway`), by operation name, beside the
     * default answer to the entity directory's (from `entities`). Anything else is refused, naming the operation.
     */
    gateway?: Record<string, FakeGatewayOperation>;
  },
): TestSubgraph {
  const target = testTarget(definition.name, options.dialect);
  const sql: string[] = [];
  let counting = false;
  let orm: MikroORM | undefined;
  let runtime: SubgraphRuntime | undefined;
  const log = createLogger(`${definition.name}-test`);
  const entities = options.entities ?? seedsEntityDirectory(definition);
  const gateway = fakeGateway(
    { [operationName(ENTITY_TOWNSHIPS_OPERATION)]: entityTownshipsAnswer(entities), ...options.gateway },
    trustedServiceOperations(definition.root ?? process.cwd()),
  );

  beforeAll(async () => {
    const seeded = options.seed === true && definition.seed !== undefined;
    if (seeded) await copyDatabase(definition, await seededTemplate(definition, options.dialect), target);
    orm = await openOrm(definition, { target, onQuery: (statement) => counting && sql.push(statement) });
    if (!seeded) await prepareDatabase(orm, definition, { seed: options.seed ?? false });
    runtime = await createRuntime(
      definition,
      orm,
      log,
      undefined,
      entities,
      gatewayCredentialVerifier(createPublicKey(DEVELOPMENT_GATEWAY_PUBLIC_KEY), definition.name),
      gateway,
    );
    await runtime.apollo.start();
  }, 120_000);

  afterAll(async () => {
    await runtime?.apollo.stop();
    if (orm && target.dialect === 'postgresql') {
      await orm.close();
      await dropDatabase(definition, target);
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
          ? await validGatewayCredential(definition.name, execOptions.service)
          : execOptions.gatewayCredential;
      let contextValue: Awaited<ReturnType<SubgraphRuntime['contextFor']>>;
      try {
        contextValue = await ready().runtime.contextFor(authorization, gatewayCredential, execOptions.idempotencyKey);
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

/**
 * The steps of SQLite's plan for `sql` that sort (`USE TEMP B-TREE FOR … ORDER BY`): none when an index gives the
 * rows in the statement's order, so that a page reads only its own rows (and an offset page skips rows unread).
 */
export async function sortSteps(orm: MikroORM, sql: string, params: unknown[] = []): Promise<string[]> {
  const plan = (await orm.em.getConnection().execute(`explain query plan ${sql}`, params, 'all')) as {
    detail: string;
  }[];
  return plan.map((step) => step.detail).filter((detail) => /TEMP B-TREE FOR .*ORDER BY/.test(detail));
}

/**
 * The statements `migration:create` would write once every migration has run (`t.orm` of a `testSubgraph` without
 * seed): none when the migrations make the tables the entities describe. A drift the service knows of and keeps
 * (written down where it is tested) is left out by `known`.
 */
export async function schemaDrift(orm: MikroORM, known: readonly RegExp[] = []): Promise<string[]> {
  const sql = await orm.schema.getUpdateSchemaSQL({ wrap: false });
  return sql
    .split('\n')
    .map((statement) => statement.trim())
    .filter((statement) => statement !== '' && !known.some((pattern) => pattern.test(statement)));
}

/**
 * Registers, on each dialect of `dialects()`, the test that the subgraph's migrations make the tables its entities
 * describe (`schemaDrift` of a fresh, migrated database is empty but for the drifts `known` names, per dialect).
 * A service's `test/migrations.test.ts` is `await migrationTests(subgraph)`.
 */
export async function migrationTests(
  definition: SubgraphDefinition,
  known: Partial<Record<Dialect, readonly RegExp[]>> = {},
): Promise<void> {
  describe.each(await dialects())('the migrations on %s', (dialect) => {
    const t = testSubgraph(definition, { dialect });

    it('make the tables the entities describe: migration:create would write nothing', async () => {
      expect(await schemaDrift(t.orm, known[dialect])).toEqual([]);
    });
  });
}

/**
 * What a query's EntityManager makes of each entity type's rows (`findReadOnly`, `rowMapper`: no MikroORM hydration)
 * next to what `em.find` makes of them, property by property, for up to `limit` rows of every type that has any:
 * the differences, as `Type#id.property: read-only ≠ managed` (none when the two agree). Relations compare by key.
 */
export async function readOnlyDifferences(orm: MikroORM, limit = 200): Promise<string[]> {
  const differences: string[] = [];
  const plain = (value: unknown): unknown => {
    if (value instanceof Date) return `Date(${value.toISOString()})`;
    if (value !== null && typeof value === 'object' && 'id' in value)
      return `ref(${String((value as { id: unknown }).id)})`;
    return value;
  };
  for (const meta of Object.values(orm.getMetadata().getAll())) {
    if (meta.embeddable || meta.virtual || meta.abstract || meta.primaryKeys.length !== 1) continue;
    const orderBy = { [meta.primaryKeys[0] as string]: 'asc' } as never;
    const reader = orm.em.fork();
    markReadOnly(reader);
    const read = (await findReadOnly(reader, meta.className, {}, { orderBy, limit, offset: 0 })) as Record<
      string,
      unknown
    >[];
    const managed = (await orm.em.fork().find(meta.className, {}, { orderBy, limit })) as Record<string, unknown>[];
    if (read.length !== managed.length) differences.push(`${meta.className}: ${read.length} ≠ ${managed.length} rows`);
    for (const [index, row] of read.entries()) {
      const twin = managed[index] as Record<string, unknown>;
      if (!(row instanceof meta.class)) differences.push(`${meta.className}#${index}: not an instance of the class`);
      for (const prop of meta.props) {
        if (prop.persist === false || !prop.fieldNames?.length) continue;
        const [mine, theirs] = [plain(row[prop.name]), plain(twin?.[prop.name])];
        if (!isDeepStrictEqual(mine, theirs)) {
          differences.push(
            `${meta.className}#${String(twin?.id)}.${prop.name}: ${JSON.stringify(mine)} ≠ ${JSON.stringify(theirs)}`,
          );
        }
      }
    }
  }
  return differences;
}

/** Every field of the kit's InboxItem, for a test's selection of an inbox part. */
export const INBOX_ITEM_FIELDS = 'key domain kind title recordId recordCode townshipId dueDate dueAt state link';

/** An inbox item as a test reads it back (INBOX_ITEM_FIELDS). */
export interface InboxItemAnswer {
  key: string;
  domain: string;
  kind: string;
  title: string;
  recordId: string;
  recordCode: string | null;
  townshipId: string | null;
  dueDate: string;
  dueAt: string | null;
  state: 'DUE_SOON' | 'OVERDUE';
  link: string;
}

export {
  type CrossWrite,
  crossWriteTests,
  DEMO_ROLES,
  type DemoRole,
  type FakeLinked,
  fakeLinkedRecord,
  type KeyTypeScope,
  type OutsiderRead,
  outsiderReadTests,
  PARTNER_ROLES,
  referenceScopeTests,
} from './scope-testing';
export { whileTransactionOpen } from './overlap-testing';
