/**
 * Writes seeds/officer-refs.json: the bureau's inspector roll of the enforcement domain's demo data (id, name,
 * 执法证号, unit, on duty), which the officers' training demo data signs in. Domains never import each other at
 * run time; this script reads the enforcement demo roll once, at development time, and its output is committed.
 * Re-run it (`pnpm officer-refs`) when that roll changes.
 */
import { writeFileSync } from 'node:fs';
import { INSPECTORS } from '../../enforcement/seeds/people';

const lines = INSPECTORS.map(({ id, name, badgeNumber, unit, active }) =>
  JSON.stringify({ id, name, badgeNumber, unit, active }),
).map((line) => `  ${line}`);
const out = new URL('../seeds/officer-refs.json', import.meta.url);
writeFileSync(out, `[\n${lines.join(',\n')}\n]\n`);
console.log(`wrote ${lines.length} officers to ${out.pathname}`);
