import {
  type DemoEntityRef as EntityRefRecord,
  type DemoOfficialRef as OfficialRefRecord,
  ENTITY_REFS,
  isTrading,
  OFFICIAL_REFS,
} from '@shian/demo-refs';

/**
 * Other domains' demo records that risk's demo data links to, from @shian/demo-refs: businesses and 包保 officials
 * of the entities domain, and the two enforcement cases hazards are linked to.
 */
export type {
  DemoCaseRef as CaseRefRecord,
  DemoEntityRef as EntityRefRecord,
  DemoOfficialRef as OfficialRefRecord,
} from '@shian/demo-refs';
export { CASE_REFS, ENTITY_REFS, entityOf, OFFICIAL_REFS } from '@shian/demo-refs';

/** Businesses still trading (停业 ones too: suspended is not closed) of these categories in these townships. */
export function trading(categories: readonly string[], townshipIds: readonly string[]): EntityRefRecord[] {
  return ENTITY_REFS.filter(
    (e) => categories.includes(e.category) && townshipIds.includes(e.townshipId) && isTrading(e),
  );
}

/** A township's 包保 official (OT + the township code's last three digits). */
export function townshipOfficial(townshipId: string): OfficialRefRecord {
  const official = OFFICIAL_REFS.find((o) => o.level === 'TOWNSHIP' && o.townshipId === townshipId);
  if (!official) throw new Error(`@shian/demo-refs has no township official for ${townshipId}`);
  return official;
}

export const DISTRICT_OFFICIALS = (): OfficialRefRecord[] => OFFICIAL_REFS.filter((o) => o.level === 'DISTRICT');
