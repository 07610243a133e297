import { type CountFrom, sumTally } from '@shian/subgraph-kit';
import type { Sample } from './entities';

/**
 * The sample list's counts from `sample_tally` (kept by the database's triggers, migration sample_tally): by
 * township, year and one of its axes, every sample counted once on each axis that has its value. The verdict axis
 * holds every sample ('' for no verdict yet), so a where of township and year alone reads it too. Two axes at once
 * (a verdict and a category) are not in the tally: `paginate` then counts the rows.
 */
const AXES = [
  ['verdict', 'verdict'],
  ['category', 'category'],
  ['plan', 'plan'],
  ['focusVariety', 'variety'],
  ['focusPeriod', 'period'],
  ['focusArea', 'area'],
  // Not a figure of the work report: kept for the list alone (migration sample_tally_status).
  ['status', 'status'],
] as const satisfies readonly (readonly [keyof Sample & string, string])[];

export const SAMPLE_COUNTS: readonly CountFrom<Sample>[] = AXES.map(([property, axis]) => ({
  by: { townshipId: 'equal', sampledOn: 'year', [property]: 'equal' },
  count: (em, values) =>
    sumTally(em, 'sample_tally', [
      ['axis', axis],
      ['value', values[property]],
      ['township_id', values.townshipId],
      ['year', values.sampledOn],
    ]),
}));
