import disposals from './disposal-refs.json' with { type: 'json' };
import entities from './entity-refs.json' with { type: 'json' };

/**
 * Other domains' demo records that enforcement's demo data links to, as committed snapshots (scripts/refs.ts):
 * the entities domain's businesses, sampling's 2024 disposals that opened a case, publicity's opinion events.
 */
export interface EntityRefRecord {
  id: string;
  name: string;
  category: string;
  townshipId: string;
  status: string;
}

export interface DisposalRefRecord {
  id: string;
  sampleId: string;
  entityId: string;
  townshipId: string;
  foodName: string;
  failureKind: string | null;
  startedOn: string;
  completedOn: string | null;
  caseNumber: string | null;
}

export const ENTITY_REFS: readonly EntityRefRecord[] = entities;
export const DISPOSAL_REFS: readonly DisposalRefRecord[] = disposals;

const byId = new Map(ENTITY_REFS.map((e) => [e.id, e]));
export const entityOf = (id: string): EntityRefRecord => {
  const found = byId.get(id);
  if (!found) throw new Error(`entity ${id} is not in entity-refs.json`);
  return found;
};

/** Businesses of a category that trade (停业 ones too: suspended is not closed). */
export const trading = (category?: string) =>
  ENTITY_REFS.filter(
    (e) => (!category || e.category === category) && (e.status === 'OPERATING' || e.status === 'SUSPENDED'),
  );

/** The first trading business of a category whose name contains every word (as publicity's demo data finds it). */
export function findEntity(category: string, ...words: string[]): EntityRefRecord {
  const found = ENTITY_REFS.find(
    (e) => e.category === category && e.status === 'OPERATING' && words.every((word) => e.name.includes(word)),
  );
  if (!found) throw new Error(`no ${category} entity named with ${words.join(', ')} in entity-refs.json`);
  return found;
}

/** Publicity's 2024 opinion events that led to a case (its demo data: OE2024001, OE2024003). */
export const OPINION_CASES = [
  {
    opinionEventId: 'OE2024001',
    entity: findEntity('FOOD_SELLER', '农贸市场', '冻品'),
    receivedOn: '2024-04-09',
    title: '涉嫌以母猪肉冒充普通猪肉销售案',
    description: '短视频反映农贸市场冻品店将母猪肉冒充普通猪肉销售,现场查扣涉嫌产品并抽样送检。',
  },
  {
    opinionEventId: 'OE2024003',
    entity: findEntity('FOOD_VENDOR', '卤菜', '苟记'),
    receivedOn: '2024-10-04',
    title: '在美食展销会上以猪里脊肉冒充牛肉销售案',
    description: '网民反映国庆美食展销会上卤菜摊以猪里脊肉冒充牛肉制作卤牛肉销售,检测确认后立案调查。',
  },
] as const;
