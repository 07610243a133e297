import { TOWNSHIPS } from './places';
import { buildAssessments, buildEntities, buildLicenses } from './demo-entities';
import { buildResponsibility, buildSupervision } from './demo-responsibility';
import { Random } from '@shian/subgraph-kit';
import type { DemoData } from './types';

export type * from './types';
export { CATEGORY_COUNTS } from './demo-entities';
export { DISTRICT_LEADERS, LEADER_ENTITIES, PROMPT_LETTERS_2024 } from './demo-responsibility';

/** Fixed, so that every database seeded anywhere holds the same ids, names and codes. */
export const DEMO_SEED = 20240101;

/**
 * The entities domain's demo data for 2023–2024 (巴中市巴州区), deterministic: the same records on every run.
 * Other subgraphs' demo data refer to these entity ids (E0001…) and township codes (511902001…).
 */
export function buildDemoData(seed = DEMO_SEED): DemoData {
  const random = new Random(seed);
  const townships = TOWNSHIPS.map(({ id, name, kind }) => ({ id, name, kind }));
  const entities = buildEntities(random);
  const licenses = buildLicenses(random, entities);
  const assessments = buildAssessments(random, entities, licenses);
  const { officials, assignments, visits } = buildResponsibility(random, entities, assessments);
  const { rounds, notices } = buildSupervision(random);
  return { townships, entities, licenses, assessments, officials, assignments, visits, rounds, notices };
}
