/**
 * Writes seeds/entity-refs.json: the ids, categories and townships of the entities domain's demo businesses, which
 * the sampling demo data samples from. Domains never import each other at run time; this script reads the entities
 * demo generator once, at development time, and its output is committed. Re-run it (`pnpm entity-refs`) when the
 * entities demo data changes; the root test `test/demo/entity-refs.test.ts` fails until then.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildDemoData } from '../../entities/seeds/demo-data';

const { entities } = buildDemoData();
const refs = entities.map(({ id, name, category, townshipId, status }) => ({ id, name, category, townshipId, status }));
const lines = refs.map((ref) => `  ${JSON.stringify(ref)}`).join(',\n');
const out = new URL('../seeds/entity-refs.json', import.meta.url);
writeFileSync(out, `[\n${lines}\n]\n`);
// In the repository's format, so that a regenerated file differs only where the data does.
execFileSync('pnpm', ['exec', 'biome', 'format', '--write', fileURLToPath(out)], { stdio: 'ignore' });
console.log(`wrote ${refs.length} entity references to ${out.pathname}`);
