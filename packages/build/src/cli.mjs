#!/usr/bin/env node
// `shian-build`: the `build:production` script of every Node deployable (run inside its package).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { bundle, compileMigrations } from './bundle.mjs';

const USAGE = `shian-build <entry.ts> [--copy <folder>]…   one entry → dist/main.js (folders copied into dist/)
shian-build --subgraph                        a subgraph: dist/main.js (src/main.ts), dist/migrate.js, dist/seed.js,
                                              dist/migrations/<dialect>/*.js`;

/** A subgraph's three entry points. Only the seed entry imports src/schema.ts, the definition with its demo data. */
function subgraphEntries(root) {
  for (const file of ['src/main.ts', 'src/subgraph.ts', 'src/schema.ts']) {
    if (!existsSync(path.join(root, file))) {
      throw new Error(
        `${file} is missing: a subgraph keeps its definition in src/subgraph.ts (no demo data), src/schema.ts adds ` +
          'the seed, src/main.ts serves src/subgraph.ts (see packages/build/README.md)',
      );
    }
  }
  const command = (definition, args) => ({
    contents:
      `import { runSubgraphCommand } from '@shian/subgraph-kit';\n` +
      `import definition from '../../src/${definition}';\n` +
      `await runSubgraphCommand(definition, ${args});\n`,
  });
  return {
    entries: {
      main: 'src/main.ts',
      migrate: command('subgraph', "['migrate']"),
      seed: command('schema', "['seed', ...process.argv.slice(2)]"),
    },
    // The demo data generators are development material: neither the server nor the migration step carries them.
    exclude: { 'main.js': /(^|\/)seeds\//, 'migrate.js': /(^|\/)seeds\// },
  };
}

async function main(argv) {
  const root = process.cwd();
  if (argv.length === 0 || argv.includes('--help')) {
    console.log(USAGE);
    process.exitCode = argv.length === 0 ? 2 : 0;
    return;
  }
  const started = Date.now();
  if (argv[0] === '--subgraph') {
    const { entries, exclude } = subgraphEntries(root);
    await bundle({ root, entries, exclude });
    const migrations = await compileMigrations(root);
    console.log(
      `dist/main.js, dist/migrate.js, dist/seed.js, ${migrations} migration(s) in ${Date.now() - started} ms`,
    );
    return;
  }
  const copy = [];
  let entry;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--copy') copy.push(argv[++i]);
    else entry = argv[i];
  }
  await bundle({ root, entries: { main: entry }, copy });
  console.log(`dist/main.js in ${Date.now() - started} ms`);
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
