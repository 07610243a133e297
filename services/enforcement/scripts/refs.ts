/**
 * Writes the other domains' demo records that enforcement's demo data links to, as committed snapshots:
 * seeds/entity-refs.json (the entities domain's businesses) and seeds/disposal-refs.json (sampling's 2024
 * disposals that filed a case). Domains never import each other at run time; this reads their demo generators once,
 * at development time. Re-run it (`pnpm entity-refs`) when their demo data changes; the root suite's demo tests fail
 * until then.
 */
import { writeFileSync } from 'node:fs';
import { disposalRefs, entityRefs } from './refs-data';

// The repository's JSON format (what biome writes), so regenerating changes only what changed.
const lines = (rows: unknown[]) => `${JSON.stringify(rows, null, 2)}\n`;

const entities = entityRefs();
const disposals = disposalRefs();
writeFileSync(new URL('../seeds/entity-refs.json', import.meta.url), lines(entities));
writeFileSync(new URL('../seeds/disposal-refs.json', import.meta.url), lines(disposals));
console.log(`wrote ${entities.length} entity and ${disposals.length} disposal references`);
