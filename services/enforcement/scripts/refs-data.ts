import { buildDemoData as buildEntities } from '../../entities/seeds/demo-data';
import { buildDemoData as buildSampling } from '../../sampling/seeds/demo-data';

/** The entities domain's demo businesses as enforcement's demo data links to them. */
export function entityRefs() {
  return buildEntities().entities.map(({ id, name, category, townshipId, status }) => ({
    id,
    name,
    category,
    townshipId,
    status,
  }));
}

/**
 * Sampling's 2024 disposals that filed a case (立案): each opens one of enforcement's 2024 cases. Any day after 2024
 * gives the same 2024 records (sampling's current batch never touches 2024).
 */
export function disposalRefs() {
  const sampling = buildSampling({ today: '2025-12-31' });
  const samples = new Map(sampling.samples.map((sample) => [sample.id, sample]));
  return sampling.disposals
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
}
