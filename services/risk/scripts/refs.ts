/**
 * Writes the other domains' demo records that risk's demo data links to, as committed snapshots (domains never
 * import each other at run time; this reads their demo generators once, at development time):
 * - seeds/entity-refs.json: the entities domain's businesses (hazards and incidents happen at them; the kit's
 *   testSubgraph answers entityTownship from this file);
 * - seeds/official-refs.json: its 包保 officials (duties and risks they own; an official's township scopes a duty);
 * - seeds/case-refs.json: the enforcement cases two 2025 hazards are linked to (2024 cases: enforcement's 2024 demo
 *   records come out the same whatever day it is seeded on, its later ones do not).
 * Re-run when their demo data changes (`node --import @swc-node/register/esm-register scripts/refs.ts`, from a
 * package that has @swc-node/register); test/seed.test.ts fails until then.
 */
import { writeFileSync } from 'node:fs';
import { caseRefs, entityRefs, officialRefs } from './refs-data';

const lines = (rows: unknown[]) => `${JSON.stringify(rows, null, 2)}\n`;

writeFileSync(new URL('../seeds/entity-refs.json', import.meta.url), lines(entityRefs()));
writeFileSync(new URL('../seeds/official-refs.json', import.meta.url), lines(officialRefs()));
writeFileSync(new URL('../seeds/case-refs.json', import.meta.url), lines(caseRefs()));
console.log('wrote seeds/entity-refs.json, seeds/official-refs.json, seeds/case-refs.json');
