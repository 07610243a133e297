import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DataloaderType, type MigrationObject, MikroORM, type Options } from '@mikro-orm/core';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { SubgraphDefinition } from './define';
import { createKitTables, dropKitTables } from './writes';

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

export function migrationsDir(definition: SubgraphDefinition, dialect: Dialect): string {
  return path.join(definition.root ?? process.cwd(), 'migrations', dialect);
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
  connection: { exec(sql: string): unknown },
  done: (error: Error | null, connection: unknown) => void,
): void {
  try {
    for (const pragma of SQLITE_PRAGMAS) connection.exec(`pragma ${pragma}`);
    done(null, connection);
  } catch (error) {
    done(error as Error, connection);
  }
}

export async function openOrm(definition: SubgraphDefinition, options: OrmOptions = {}): Promise<MikroORM> {
  return MikroORM.init(await ormConfig(definition, options));
}

const SEED_TABLE = 'shian_seed';

/** The service's own migrations, then the kit's tables (sequences, idempotency keys), which every service has. */
export async function migrateDatabase(orm: MikroORM): Promise<number> {
  const applied = await orm.getMigrator().up();
  await createKitTables(orm.em.getConnection());
  return applied.length;
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
    await definition.seed?.(em);
    await em.flush();
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

/** Drops everything (tables, migration history, seed marker): `seed --fresh`. */
export async function dropDatabaseSchema(orm: MikroORM): Promise<void> {
  await orm.schema.dropSchema({ dropMigrationsTable: true });
  await orm.em.getConnection().execute(`drop table if exists ${SEED_TABLE}`);
  await dropKitTables(orm.em.getConnection());
}
