import cases from './case-refs.json' with { type: 'json' };
import entities from './entity-refs.json' with { type: 'json' };
import officials from './official-refs.json' with { type: 'json' };

/**
 * Other domains' demo records that risk's demo data links to, as committed snapshots (scripts/refs.ts writes them;
 * test/seed.test.ts checks they still match): businesses and 包保 officials of the entities domain, and the two
 * enforcement cases hazards are linked to.
 */
export interface EntityRefRecord {
  id: string;
  name: string;
  category: string;
  townshipId: string;
  status: string;
}

export interface OfficialRefRecord {
  id: string;
  name: string;
  level: string;
  townshipId: string | null;
}

export interface CaseRefRecord {
  id: string;
  entityId: string;
  townshipId: string;
  title: string;
  receivedOn: string;
  status: string;
}

export const ENTITY_REFS: readonly EntityRefRecord[] = entities;
export const OFFICIAL_REFS: readonly OfficialRefRecord[] = officials;
export const CASE_REFS: readonly CaseRefRecord[] = cases;

/** Businesses still trading (停业 ones too: suspended is not closed) of these categories in these townships. */
export function trading(categories: readonly string[], townshipIds: readonly string[]): EntityRefRecord[] {
  return ENTITY_REFS.filter(
    (e) =>
      categories.includes(e.category) &&
      townshipIds.includes(e.townshipId) &&
      (e.status === 'OPERATING' || e.status === 'SUSPENDED'),
  );
}

export function entityOf(id: string): EntityRefRecord {
  const entity = ENTITY_REFS.find((e) => e.id === id);
  if (!entity) throw new Error(`entity-refs.json has no business ${id}`);
  return entity;
}

/** A township's 包保 official (OT + the township code's last three digits). */
export function townshipOfficial(townshipId: string): OfficialRefRecord {
  const official = OFFICIAL_REFS.find((o) => o.level === 'TOWNSHIP' && o.townshipId === townshipId);
  if (!official) throw new Error(`official-refs.json has no township official for ${townshipId}`);
  return official;
}

export const DISTRICT_OFFICIALS = (): OfficialRefRecord[] => OFFICIAL_REFS.filter((o) => o.level === 'DISTRICT');
