import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UnsafeProductionSettings } from '@shian/auth';
import type { SubgraphDefinition } from './define';
import {
  type DatabaseTarget,
  type Dialect,
  databaseTarget,
  dropDatabaseSchema,
  MigrationsPending,
  migrateDatabase,
  migrationsDir,
  openOrm,
  prepareDatabase,
} from './orm';
import { serve, writeSdl } from './serve';

export const USAGE = `shian-subgraph <command>   (run inside services/<domain>)
  start                 serve on <DOMAIN>_PORT; outside production migrate (and seed a fresh database) first,
                        in production refuse a database with pending migrations
  migrate               apply pending migrations (one replica at a time: a PostgreSQL advisory lock per subgraph)
  seed [--fresh]        write the demo data into a fresh database (--fresh: drop everything first)
  dev                   start, restarting on every change to its source (the bin runs it under node --watch);
                        writes ./schema.graphql first when the schema changed, so \`pnpm dev\` recomposes
  sdl                   write ./schema.graphql (the input of the gateway's composition)
  migration:create [name]   diff the entities against the migrations, for SQLite and PostgreSQL`;

/**
 * A service's folder from the URL of one of its modules (`src/subgraph.ts` in the workspace, `dist/main.js` in a
 * packed artifact): both sit one level below it, so migrations are found whatever the working directory.
 */
export function serviceRoot(moduleUrl: string): string {
  return path.resolve(path.dirname(fileURLToPath(moduleUrl)), '..');
}

/** A throwaway database per dialect, holding exactly the committed migrations, to diff the entities against. */
function scratchTarget(definition: SubgraphDefinition, dialect: Dialect): DatabaseTarget {
  if (dialect === 'sqlite') {
    return { dialect, dbName: path.join(os.tmpdir(), `shian-scratch-${definition.name}-${process.pid}.db`) };
  }
  const url = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/shian_scratch';
  return databaseTarget(definition.name, { DATABASE_URL: url });
}

async function createMigrations(definition: SubgraphDefinition, name?: string): Promise<void> {
  for (const dialect of ['sqlite', 'postgresql'] as const) {
    const orm = await openOrm(definition, { target: scratchTarget(definition, dialect) });
    try {
      await dropDatabaseSchema(orm);
      await orm.getMigrator().up();
      const result = await orm.getMigrator().createMigration(migrationsDir(definition, dialect), false, false, name);
      console.log(result.fileName ? `${dialect}: wrote ${result.fileName}` : `${dialect}: no changes`);
      await dropDatabaseSchema(orm);
    } finally {
      await orm.close();
    }
  }
}

async function command(definition: SubgraphDefinition, [name, ...rest]: string[]): Promise<void> {
  switch (name) {
    case 'start':
      await serve(definition);
      return;
    case 'dev': {
      const written = await writeSdl(definition, { onlyIfChanged: true });
      if (written) console.log(`the schema changed: wrote ${written}`);
      await serve(definition);
      return;
    }
    case 'sdl':
      console.log(`wrote ${await writeSdl(definition)}`);
      return;
    case 'migration:create':
      await createMigrations(definition, rest[0]);
      return;
    case 'migrate':
    case 'seed': {
      const orm = await openOrm(definition);
      try {
        if (name === 'migrate') {
          console.log(`${definition.name}: applied ${await migrateDatabase(orm)} migration(s)`);
        } else {
          if (rest.includes('--fresh')) await dropDatabaseSchema(orm);
          const { seeded } = await prepareDatabase(orm, definition);
          console.log(seeded ? 'demo data written' : 'demo data already present (use --fresh to rewrite)');
        }
      } finally {
        await orm.close();
      }
      return;
    }
    default:
      console.error(`unknown command: ${name}\n\n${USAGE}`);
      process.exitCode = 2;
  }
}

/**
 * Runs one command of the kit's CLI for this definition: the workspace's `shian-subgraph`, and the packed
 * artifact's `dist/migrate.js` and `dist/seed.js`. Settings a person must fix exit 1 with only the message.
 */
export async function runSubgraphCommand(definition: SubgraphDefinition, argv: string[]): Promise<void> {
  try {
    await command(definition, argv);
  } catch (error) {
    const plain = error instanceof UnsafeProductionSettings || error instanceof MigrationsPending;
    console.error(plain ? (error as Error).message : error);
    process.exit(1);
  }
}
