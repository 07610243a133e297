import refs from './entity-refs.json' with { type: 'json' };

/** A business of the entities domain's demo data, as far as training's demo data needs it (see scripts/entity-refs.ts). */
export interface EntityRefRecord {
  id: string;
  name: string;
  category: string;
  townshipId: string;
  status: string;
}

export const ENTITY_REFS: readonly EntityRefRecord[] = refs;

/** Businesses of a category that still trade (停业 ones too: suspended is not closed). */
export const active = (category: string) =>
  ENTITY_REFS.filter((e) => e.category === category && (e.status === 'OPERATING' || e.status === 'SUSPENDED'));
