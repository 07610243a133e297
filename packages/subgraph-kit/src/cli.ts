import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runSubgraphCommand, USAGE } from './commands';
import type { SubgraphDefinition } from './define';

/** `src/schema.ts`: in the workspace the CLI serves and seeds the definition together with its demo data. */
async function loadDefinition(): Promise<SubgraphDefinition> {
  const file = path.join(process.cwd(), 'src', 'schema.ts');
  const module = (await import(pathToFileURL(file).href)) as { default?: SubgraphDefinition };
  if (!module.default) throw new Error(`${file} has no default export (export default defineSubgraph({...}))`);
  return { root: process.cwd(), ...module.default };
}

const argv = process.argv.slice(2);
if (!argv[0] || argv[0] === '--help') {
  console.log(USAGE);
} else {
  await runSubgraphCommand(await loadDefinition(), argv);
}
