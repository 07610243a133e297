import { buildCases, planCases } from './demo-cases';
import { CAMPAIGNS, type DemoCampaign } from './campaigns';
import type { CaseRecords } from './case-builder';
import { buildInspections, type DemoDraw, type DemoInspection } from './demo-inspections';
import { buildComplaints, type DemoComplaint } from './demo-complaints';
import { buildJointOperations, type DemoJointOperation } from './demo-operations';
import { type DemoInspector, INSPECTORS } from './people';
import { Random } from '@shian/subgraph-kit';

export { CASES_FILED_2024, CRIMINAL_TRANSFERS_2024 } from './demo-cases';

/** Fixed, so that every database seeded anywhere holds the same 2024 records. */
export const DEMO_SEED = 20240415;

export interface DemoData extends CaseRecords {
  inspectors: readonly DemoInspector[];
  campaigns: readonly DemoCampaign[];
  inspections: DemoInspection[];
  draws: DemoDraw[];
  operations: DemoJointOperation[];
  complaints: DemoComplaint[];
}

/**
 * The enforcement domain's demo data (巴州区), deterministic for 2023–2024: 119 cases filed in 2024 (of every
 * source), 4 transferred to the police, joint operations with each partner, the campaigns and their inspections,
 * five 双随机 draws. Seeded after 2024, it adds the current months' cases, inspections, a draw and transfers,
 * dated up to `today`, so that clocks run (and some are overdue) and partners have something to receive.
 */
export function buildDemoData(options: { today: string; seed?: number }): DemoData {
  const random = new Random(options.seed ?? DEMO_SEED);
  const { inspections, draws } = buildInspections(random, options.today);
  const plans = planCases(random, inspections, options.today);
  const names = new Map(CAMPAIGNS.map((c) => [c.id, c.name]));
  const records = buildCases(plans, names);
  const operations = buildJointOperations(random, options.today);
  // Built last and from their own PRNG: the complaints add records without moving any other.
  const complaints = buildComplaints(records.cases, options.today);
  return { inspectors: INSPECTORS, campaigns: CAMPAIGNS, inspections, draws, operations, ...records, complaints };
}
