import { buildDemoData as buildEnforcement } from '../../enforcement/seeds/demo-data';
import { buildDemoData as buildEntities } from '../../entities/seeds/demo-data';

/** The enforcement demo cases risk's 2025 hazards are linked to: one in the demo township, one that is still open. */
export const LINKED_CASE_IDS = ['CASE-2024-0042', 'CASE-2024-0025'] as const;

export function entityRefs() {
  return buildEntities().entities.map(({ id, name, category, townshipId, status }) => ({
    id,
    name,
    category,
    townshipId,
    status,
  }));
}

export function officialRefs() {
  return buildEntities().officials.map(({ id, name, level, townshipId }) => ({ id, name, level, townshipId }));
}

export function caseRefs() {
  // Any day after 2024 gives the same 2024 cases.
  const { cases } = buildEnforcement({ today: '2025-12-31' });
  return LINKED_CASE_IDS.map((id) => {
    const found = cases.find((c) => c.id === id);
    if (!found) throw new Error(`enforcement's demo data has no case ${id}`);
    const { entityId, townshipId, title, receivedOn, status } = found;
    return { id, entityId, townshipId, title, receivedOn, status };
  });
}
