/**
 * Writes the other domains' demo records that enforcement's demo data links to, as committed JSON snapshots:
 * - seeds/entity-refs.json: the entities domain's businesses (ids, names, categories, townships);
 * - seeds/source-refs.json: sampling's 2024 disposals that opened a case (立案), and publicity's opinion events.
 * Domains never import each other at run time; this script reads their demo generators once, at development time.
 * Re-run it (`pnpm refs`) when their demo data changes, then `pnpm test` (the demo-data test checks the links).
 */
import { writeFileSync } from 'node:fs';
import { buildDemoData as buildEntities } from '../../entities/seeds/demo-data';
import { buildDemoData as buildSampling } from '../../sampling/seeds/demo-data';

const lines = (rows: unknown[]) => `[\n${rows.map((row) => `  ${JSON.stringify(row)}`).join(',\n')}\n]\n`;

const { entities } = buildEntities();
const entityRefs = entities.map(({ id, name, category, townshipId, status }) => ({
  id,
  name,
  category,
  townshipId,
  status,
}));
writeFileSync(new URL('../seeds/entity-refs.json', import.meta.url), lines(entityRefs));

// Any day after 2024 gives the same 2024 records (sampling's current batch never touches 2024).
const sampling = buildSampling({ today: '2025-12-31' });
const samples = new Map(sampling.samples.map((sample) => [sample.id, sample]));
const disposals = sampling.disposals
  .filter((d) => d.actions.includes('FILE_CASE' as never) && d.startedOn.startsWith('2024'))
  .map((d) => {
    const sample = samples.get(d.sampleId)!;
    return {
      id: d.id,
      sampleId: d.sampleId,
      entityId: sample.entityId,
      townshipId: sample.townshipId,
      foodName: sample.foodName,
      failureKind: sample.failureKind,
      startedOn: d.startedOn,
      completedOn: d.completedOn,
      caseNumber: d.caseNumber,
    };
  });
writeFileSync(new URL('../seeds/disposal-refs.json', import.meta.url), lines(disposals));
console.log(`wrote ${entityRefs.length} entity and ${disposals.length} disposal references`);
