import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DataloaderType, type MigrationObject, MikroORM, type Options } from '@mikro-orm/core';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { Migrator } from '@mikro-orm/migrations';
import { type Knex, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { AUDIT_TABLE, AuditSubscriber, auditedBulkLoad } from './audit';
import type { SubgraphDefinition } from './define';
import { createKitTables, dialectOf, dropKitTables, KIT_TABLE_NAMES } from './writes';

export type Dialect = 'sqlite' | 'postgresql';

export interface DatabaseTarget {
  dialect: Dialect;
  /** A file path for SQLite, a database name for PostgreSQL. */
  dbName: string;
  /** PostgreSQL server URL without the database. */
  clientUrl?: string;
}

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * Where a subgraph's data lives. Embedded SQLite by default (one file per subgraph under `data/`, so a fresh clone
 * needs no server); PostgreSQL when DATABASE_URL is set, one database per subgraph named after the URL's database
 * (`postgresql://…/shian` → `shian_entities`), so subgraphs never share tables.
 */
export function databaseTarget(domain: string, env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  if (env.DATABASE_URL) {
    const url = new URL(env.DATABASE_URL);
    const base = decodeURIComponent(url.pathname.replace(/^\//, '')) || 'shian';
    url.pathname = '/';
    return { dialect: 'postgresql', dbName: `${base}_${domain.replace(/-/g, '_')}`, clientUrl: url.toString() };
  }
  const dataDir = path.resolve(env.DATA_DIR ?? path.join(REPO_ROOT, 'data'));
  return { dialect: 'sqlite', dbName: path.join(dataDir, `${domain}.db`) };
}

/**
 * The TypeScript sources (`migrations/<dialect>/`) in the workspace; in a packed artifact, which ships no sources,
 * the JavaScript that `shian-build --subgraph` compiled from them (`dist/migrations/<dialect>/`, same file names,
 * so MikroORM's record of what ran holds either way).
 */
export function migrationsDir(definition: SubgraphDefinition, dialect: Dialect): string {
  const root = definition.root ?? process.cwd();
  const sources = path.join(root, 'migrations', dialect);
  const compiled = path.join(root, 'dist', 'migrations', dialect);
  return !existsSync(sources) && existsSync(compiled) ? compiled : sources;
}

/**
 * Migrations are imported by the kit rather than by MikroORM, so that whatever runs the TypeScript (swc under
 * node, vite under vitest) also loads the migration files.
 */
async function loadMigrations(dir: string): Promise<MigrationObject[]> {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((file) => /^Migration.*\.(ts|js)$/.test(file) && !file.endsWith('.d.ts'))
    .sort();
  const migrations: MigrationObject[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(path.join(dir, file)).href)) as Record<string, unknown>;
    const migrationClass = Object.values(module).find((value) => typeof value === 'function');
    if (!migrationClass) throw new Error(`${file} exports no migration class`);
    migrations.push({
      name: path.basename(file, path.extname(file)),
      class: migrationClass as MigrationObject['class'],
    });
  }
  return migrations;
}

export interface OrmOptions {
  target?: DatabaseTarget;
  /** Called with every SQL statement the ORM runs (statement counting in tests). */
  onQuery?: (sql: string) => void;
}

export async function ormConfig(definition: SubgraphDefinition, options: OrmOptions = {}): Promise<Options> {
  const target = options.target ?? databaseTarget(definition.name);
  const dir = migrationsDir(definition, target.dialect);
  if (target.dialect === 'sqlite') mkdirSync(path.dirname(target.dbName), { recursive: true });
  const common: Options = {
    entities: definition.entities,
    dbName: target.dbName,
    extensions: [Migrator],
    // Every change the ORM writes leaves its row in the audit trail, in the same transaction (audit.ts).
    subscribers: [new AuditSubscriber()],
    // The kit's own tables are no entity's: `migration:create` must not diff them away (a service migration may
    // create shian_audit, as enforcement's history move does), and they are dropped by name (dropKitTables).
    schemaGenerator: { skipTables: [AUDIT_TABLE, ...KIT_TABLE_NAMES, SEED_TABLE] },
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    allowGlobalContext: false,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    migrations: {
      path: dir,
      pathTs: dir,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      migrationsList: await loadMigrations(dir),
    },
    debug: options.onQuery ? ['query'] : false,
    colors: false,
    logger: (message: string) => {
      if (message.startsWith('[query]')) options.onQuery?.(message);
    },
  };
  if (target.dialect === 'postgresql') {
    return { ...common, driver: PostgreSqlDriver, clientUrl: target.clientUrl } as Options;
  }
  return { ...common, driver: LibSqlDriver, pool: { afterCreate: sqliteConnectionSetup } } as Options;
}

/**
 * Run on every SQLite connection the pool opens (the libsql dialect replaces its connection every 10 s, so a pragma
 * run once after connecting would silently lapse): WAL lets readers in other processes (the CLI, a backup) read
 * while a write is in progress, and the busy timeout makes a writer that meets a lock wait up to 5 s instead of
 * failing at once with SQLITE_BUSY. Foreign keys are per connection too.
 */
export const SQLITE_PRAGMAS = ['journal_mode = WAL', 'busy_timeout = 5000', 'foreign_keys = on'];

function sqliteConnectionSetup(
  connection: SqliteConnection,
  done: (error: Error | null, connection: unknown) => void,
): void {
  try {
    for (const pragma of SQLITE_PRAGMAS) connection.exec(`pragma ${pragma}`);
    reusePreparedStatements(connection);
    done(null, connection);
  } catch (error) {
    done(error as Error, connection);
  }
}

interface SqliteConnection {
  exec(sql: string): unknown;
  prepare(sql: string): unknown;
}

/** Distinct statement texts a connection keeps prepared; past it the cache starts over (a connection lives 10 s). */
export const PREPARED_STATEMENTS_PER_CONNECTION = 500;

/**
 * knex's libsql dialect prepares every statement anew, and preparing was 5 % of the entities subgraph's CPU under
 * load, the same few texts each time. A connection now keeps its statements by text. Sharing one is safe: the
 * dialect runs it synchronously to the end (`all`/`run`), so no two queries ever step the same statement at once,
 * and SQLite re-prepares a statement by itself when a migration changes the schema under it.
 */
function reusePreparedStatements(connection: SqliteConnection): void {
  const prepare = connection.prepare.bind(connection);
  const prepared = new Map<string, unknown>();
  connection.prepare = (sql: string) => {
    let statement = prepared.get(sql);
    if (statement === undefined) {
      if (prepared.size >= PREPARED_STATEMENTS_PER_CONNECTION) prepared.clear();
      statement = prepare(sql);
      prepared.set(sql, statement);
    }
    return statement;
  };
}

export async function openOrm(definition: SubgraphDefinition, options: OrmOptions = {}): Promise<MikroORM> {
  const config = await ormConfig(definition, options);
  try {
    return await MikroORM.init(config);
  } catch (error) {
    // Replicas (or migrate steps) starting together against a new PostgreSQL database all see it missing and all
    // create it; the losers' CREATE DATABASE fails. The database exists then: connecting again succeeds.
    if (!/already exists|pg_database_datname_index/.test(String((error as Error).message))) throw error;
    return MikroORM.init(await ormConfig(definition, options));
  }
}

const SEED_TABLE = 'shian_seed';

/**
 * The kit's tables (sequences, idempotency keys, the audit trail), which every service has, then the service's own
 * migrations.
 *
 * Several replicas (a migration Job retried, two rollouts overlapping) may run this at once. On PostgreSQL each
 * takes a transaction-scoped advisory lock keyed by the subgraph's name first, so one migrates while the others
 * wait, then find nothing pending; the lock goes with the transaction (or the connection, if the process dies).
 * SQLite is one file used by one process on one machine (the embedded development and single-host shape), where
 * replicas are not a deployment shape: the file's write lock and busy timeout still keep a second writer from
 * corrupting it, but concurrent migrate runs there are not designed for.
 */
export async function migrateDatabase(orm: MikroORM): Promise<number> {
  const run = async () => {
    // The kit's tables first: a service's migration may write into them (enforcement's history onto the trail).
    await createKitTables(orm.em.getConnection());
    const applied = await orm.getMigrator().up();
    return applied.length;
  };
  if (orm.config.get('driver') !== PostgreSqlDriver) return run();
  const knex = (orm.em.getConnection() as unknown as { getKnex(): Knex }).getKnex();
  return knex.transaction(async (lock) => {
    await lock.raw('select pg_advisory_xact_lock(hashtext(?))', [migrationLockKey(orm)]);
    return run();
  });
}

const migrationLockKey = (orm: MikroORM) => `shian:migrate:${orm.config.get('dbName')}`;

/** A production subgraph started on a database that the migrate step has not brought up to date. */
export class MigrationsPending extends Error {
  constructor(
    readonly database: string,
    readonly pending: string[],
  ) {
    super(
      `拒绝启动:数据库 ${database} 有 ${pending.length} 个未执行的迁移(${pending.slice(0, 3).join(', ')}` +
        `${pending.length > 3 ? ', …' : ''})。生产环境的子图不在启动时迁移:先运行迁移步骤 ` +
        '`node dist/migrate.js`(工作区内:`pnpm --filter <服务> migrate`),再启动。\n' +
        `Refusing to start: database ${database} has ${pending.length} pending migration(s); run the migrate step ` +
        '(`node dist/migrate.js` in the artifact, `shian-subgraph migrate` in the workspace) first.',
    );
    this.name = 'MigrationsPending';
  }
}

/** The names of the committed migrations this database has not run. */
export async function pendingMigrations(orm: MikroORM): Promise<string[]> {
  return (await orm.getMigrator().getPendingMigrations()).map((migration) => migration.name);
}

/** Throws MigrationsPending when a migration has not run (the kit's tables come with the last migrate run). */
export async function assertMigrated(orm: MikroORM): Promise<void> {
  const pending = await pendingMigrations(orm);
  if (pending.length > 0) throw new MigrationsPending(orm.config.get('dbName'), pending);
}

/**
 * Brings the schema up to date, and writes the demo data into a database that has never had it. The seed runs in
 * one transaction together with its marker row, so a failed seed leaves an empty database that the next start
 * seeds again, never a half-seeded one.
 */
export async function prepareDatabase(
  orm: MikroORM,
  definition: SubgraphDefinition,
  { seed = true } = {},
): Promise<{ seeded: boolean }> {
  await migrateDatabase(orm);
  if (!seed || !definition.seed) return { seeded: false };
  const connection = orm.em.getConnection();
  await connection.execute(
    `create table if not exists ${SEED_TABLE} (name varchar(100) primary key, seeded_at varchar(40) not null)`,
  );
  const rows = await connection.execute(`select name from ${SEED_TABLE} where name = 'demo'`);
  if ((rows as unknown[]).length > 0) return { seeded: false };
  await orm.em.fork().transactional(async (em) => {
    await auditedBulkLoad(em, 'seed', async () => {
      await definition.seed?.(em);
      await em.flush();
    });
    await em
      .getConnection()
      .execute(
        `insert into ${SEED_TABLE} (name, seeded_at) values ('demo', ?)`,
        [new Date().toISOString()],
        'run',
        em.getTransactionContext(),
      );
  });
  return { seeded: true };
}

/**
 * Every function of the database's own schema that no extension owns (pg_trgm's stay). Migrations write trigger
 * functions (the tallies, the bigram postings) that MikroORM's dropSchema does not know of; left behind, the
 * migrations' `create function` fails when they run again (`seed --fresh`, `migration:create` run twice).
 */
const DROP_ROUTINES = `do $$ declare routine regprocedure; begin
  for routine in select p.oid::regprocedure from pg_proc p
    where p.pronamespace = current_schema()::regnamespace
      and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')
  loop execute format('drop routine if exists %s cascade', routine); end loop;
end $$`;

/** Drops everything (tables, the migrations' functions, migration history, seed marker): `seed --fresh`. */
export async function dropDatabaseSchema(orm: MikroORM): Promise<void> {
  await orm.schema.dropSchema({ dropMigrationsTable: true });
  const connection = orm.em.getConnection();
  await connection.execute(`drop table if exists ${SEED_TABLE}`);
  await dropKitTables(connection);
  if (dialectOf(connection) === 'postgresql') await connection.execute(DROP_ROUTINES);
}
