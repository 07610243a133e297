import refs from './entity-refs.json' with { type: 'json' };

/** A business of the entities domain's demo data, as far as publicity's demo data needs it (see scripts/entity-refs.ts). */
export interface EntityRefRecord {
  id: string;
  name: string;
  category: string;
  townshipId: string;
  status: string;
}

export const ENTITY_REFS: readonly EntityRefRecord[] = refs;

/** The first trading business of a category whose name contains every word: how the demo events find their subject. */
export function findEntity(category: string, ...words: string[]): EntityRefRecord {
  const found = ENTITY_REFS.find(
    (e) => e.category === category && e.status === 'OPERATING' && words.every((word) => e.name.includes(word)),
  );
  if (!found) throw new Error(`no ${category} entity named with ${words.join(', ')} in entity-refs.json`);
  return found;
}
