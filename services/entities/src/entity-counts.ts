import { type CountFrom, sumTally } from '@shian/subgraph-kit';
import type { Entity } from './entities';

/** The tally's column of each property the register's filter tests by equality. */
const COLUMNS = { township: 'township_id', category: 'category', status: 'status', riskGrade: 'risk_grade' } as const;

/**
 * The register's counts from `register_tally` (kept by the database's triggers on `entity`, migration
 * register_tally): any of township, category, status and risk grade, each equal to one value. A village, a list of
 * ids or a search is not in the tally: `paginate` then counts the rows.
 */
export const ENTITY_COUNTS: readonly CountFrom<Entity>[] = [
  {
    by: { township: 'equal', category: 'equal', status: 'equal', riskGrade: 'equal' },
    count: (em, values) =>
      sumTally(
        em,
        'register_tally',
        Object.entries(COLUMNS).map(([property, column]) => [column, values[property as keyof typeof COLUMNS]]),
      ),
  },
];
