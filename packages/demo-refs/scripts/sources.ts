/**
 * Where each data/*.json comes from: the owning domain's demo generator, read at development time only (by
 * scripts/generate.ts, and by the root suite's test/demo/demo-refs.test.ts to find a stale file). No service imports
 * another's files; this package is the one place that reads them, and services read its output.
 *
 * Each function imports its generator when called, so that a fresh process (generate.ts runs one per step) reads
 * the data files the previous step just wrote: sampling's demo data samples the businesses, enforcement's opens cases
 * from sampling's disposals.
 */

/** The entities domain's businesses, as the other domains' demo records name them. */
export async function entityRefs() {
  const { buildDemoData } = await import('../../../services/entities/seeds/demo-data');
  return buildDemoData().entities.map(({ id, name, category, townshipId, status }) => ({
    id,
    name,
    category,
    townshipId,
    status,
  }));
}

/** Its 包保 officials (risk's duties and risks are owned by them; an official's township scopes a duty). */
export async function officialRefs() {
  const { buildDemoData } = await import('../../../services/entities/seeds/demo-data');
  return buildDemoData().officials.map(({ id, name, level, townshipId }) => ({ id, name, level, townshipId }));
}

/**
 * Sampling's 2024 disposals that filed a case (立案): each opens one of enforcement's 2024 cases. Any day after
 * 2024 gives the same 2024 records (sampling's current batch never touches 2024).
 */
export async function disposalRefs() {
  const { buildDemoData } = await import('../../../services/sampling/seeds/demo-data');
  const sampling = buildDemoData({ today: '2025-12-31' });
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
      };
    });
}

/** Enforcement's roll of inspectors (training's demo signs the on-duty ones into its officer sessions). */
export async function inspectorRefs() {
  const { INSPECTORS } = await import('../../../services/enforcement/seeds/people');
  return INSPECTORS.map(({ id, name, badgeNumber, unit, active }) => ({ id, name, badgeNumber, unit, active }));
}

/**
 * The enforcement cases risk's demo links two 2025 hazards to: one in the demo township, one still open. 2024 cases,
 * because enforcement's 2024 demo records come out the same whatever day it is seeded on; its later ones do not.
 */
export const LINKED_CASE_IDS = ['CASE-2024-0042', 'CASE-2024-0025'] as const;

export async function caseRefs() {
  const { buildDemoData } = await import('../../../services/enforcement/seeds/demo-data');
  const { cases } = buildDemoData({ today: '2025-12-31' });
  return LINKED_CASE_IDS.map((id) => {
    const found = cases.find((c) => c.id === id);
    if (!found) throw new Error(`enforcement's demo data has no case ${id}`);
    const { entityId, townshipId, title, receivedOn, status } = found;
    return { id, entityId, townshipId, title, receivedOn, status };
  });
}

/**
 * The 立案编号 enforcement gives each case a disposal opened: the disposal keeps its case's number, as
 * `completeDisposal` stores it, rather than one of its own.
 */
export async function disposalCaseRefs() {
  const { buildDemoData } = await import('../../../services/enforcement/seeds/demo-data');
  const { cases } = buildDemoData({ today: '2025-12-31' });
  return cases.flatMap(({ id, disposalId, number }) => (disposalId ? [{ disposalId, caseId: id, number }] : []));
}

/** Every data file with what it is made from, in the order the steps must run (each reads the ones before). */
export const STEPS = [
  { files: { 'entities.json': entityRefs, 'officials.json': officialRefs } },
  { files: { 'disposals.json': disposalRefs } },
  { files: { 'inspectors.json': inspectorRefs, 'cases.json': caseRefs, 'disposal-cases.json': disposalCaseRefs } },
] as const;
