import cases from '../data/cases.json' with { type: 'json' };
import disposalCases from '../data/disposal-cases.json' with { type: 'json' };
import disposals from '../data/disposals.json' with { type: 'json' };
import entities from '../data/entities.json' with { type: 'json' };
import inspectors from '../data/inspectors.json' with { type: 'json' };
import officials from '../data/officials.json' with { type: 'json' };

/**
 * The records of one domain's demo data that another domain's demo data points at, generated once from the owning
 * domains' demo generators (`pnpm --filter @shian/demo-refs generate`) and committed. A service's seed reads them
 * from here instead of importing another service's files: at run time domains only meet through the gateway.
 */

/** A business of the entities register's demo data (its id, name, category, township and licence status). */
export interface DemoEntityRef {
  id: string;
  name: string;
  category: string;
  townshipId: string;
  status: string;
}

/** A 包保 official of the entities domain's demo data: district level (no township) or a township's. */
export interface DemoOfficialRef {
  id: string;
  name: string;
  level: string;
  townshipId: string | null;
}

/** An inspector of enforcement's demo roll (执法证号 = badgeNumber). */
export interface DemoInspectorRef {
  id: string;
  name: string;
  badgeNumber: string;
  unit: string;
  active: boolean;
}

/** A 2024 disposal of sampling's demo data that filed a case: each opens one of enforcement's 2024 cases. */
export interface DemoDisposalRef {
  id: string;
  sampleId: string;
  entityId: string;
  townshipId: string;
  foodName: string;
  failureKind: string | null;
  startedOn: string;
  completedOn: string | null;
}

/** The case enforcement's demo data opens from a disposal of sampling's, and its 立案编号 (null while a lead). */
export interface DemoDisposalCaseRef {
  disposalId: string;
  caseId: string;
  number: string | null;
}

/** An enforcement demo case another domain's demo records are linked to. */
export interface DemoCaseRef {
  id: string;
  entityId: string;
  townshipId: string;
  title: string;
  receivedOn: string;
  status: string;
}

export const ENTITY_REFS: readonly DemoEntityRef[] = entities;
export const OFFICIAL_REFS: readonly DemoOfficialRef[] = officials;
export const INSPECTOR_REFS: readonly DemoInspectorRef[] = inspectors;
export const DISPOSAL_REFS: readonly DemoDisposalRef[] = disposals;
export const CASE_REFS: readonly DemoCaseRef[] = cases;
export const DISPOSAL_CASE_REFS: readonly DemoDisposalCaseRef[] = disposalCases;

/** Still trading: 在营, and 停业 too (suspended is not closed); 注销 and 吊销 are not. */
export const isTrading = (entity: DemoEntityRef) => entity.status === 'OPERATING' || entity.status === 'SUSPENDED';

const byId = new Map(ENTITY_REFS.map((entity) => [entity.id, entity]));

/** The demo business with this id; a demo record naming one that does not exist is a bug, so this throws. */
export function entityOf(id: string): DemoEntityRef {
  const found = byId.get(id);
  if (!found) throw new Error(`@shian/demo-refs has no business ${id}`);
  return found;
}

/**
 * The first operating business of a category whose name holds every word: how demo records written by hand (an
 * opinion event, a case it led to) name their business without hard-coding an id the generator may renumber.
 */
export function findEntity(category: string, ...words: string[]): DemoEntityRef {
  const found = ENTITY_REFS.find(
    (e) => e.category === category && e.status === 'OPERATING' && words.every((word) => e.name.includes(word)),
  );
  if (!found) throw new Error(`@shian/demo-refs has no ${category} business named with ${words.join(', ')}`);
  return found;
}
