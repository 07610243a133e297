import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { UnsafeProductionSettings } from '@shian/auth';
import type { SubgraphDefinition } from './define';
import {
  type DatabaseTarget,
  type Dialect,
  databaseTarget,
  dropDatabaseSchema,
  migrateDatabase,
  migrationsDir,
  openOrm,
  prepareDatabase,
} from './orm';
import { serve, writeSdl } from './serve';

const USAGE = `shian-subgraph <command>   (run inside services/<domain>)
  start                 migrate (and outside production seed a fresh database), serve on <DOMAIN>_PORT
  migrate               apply pending migrations
  seed [--fresh]        write the demo data into a fresh database (--fresh: drop everything first)
  sdl                   write ./schema.graphql (the input of the gateway's composition)
  migration:create [name]   diff the entities against the migrations, for SQLite and PostgreSQL`;

async function loadDefinition(): Promise<SubgraphDefinition> {
  const file = path.join(process.cwd(), 'src', 'schema.ts');
  const module = (await import(pathToFileURL(file).href)) as { default?: SubgraphDefinition };
  if (!module.default) throw new Error(`${file} has no default export (export default defineSubgraph({...}))`);
  return { root: process.cwd(), ...module.default };
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

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  if (!command || command === '--help') {
    console.log(USAGE);
    return;
  }
  const definition = await loadDefinition();
  switch (command) {
    case 'start':
      await serve(definition);
      return;
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
        if (command === 'migrate') {
          console.log(`applied ${await migrateDatabase(orm)} migration(s)`);
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
      console.error(`unknown command: ${command}\n\n${USAGE}`);
      process.exitCode = 2;
  }
}

main().catch((error: unknown) => {
  // The message names every variable to fix; a stack trace would only bury it.
  console.error(error instanceof UnsafeProductionSettings ? error.message : error);
  process.exit(1);
});
