import type { EntityManager } from '@mikro-orm/core';
import type { CountFrom } from '@shian/subgraph-kit';
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
    async count(em: EntityManager, values) {
      const tests = Object.entries(COLUMNS).filter(
        ([property]) => values[property as keyof typeof COLUMNS] !== undefined,
      );
      const [row] = (await em.getConnection().execute(
        `select coalesce(sum(n), 0) as "n" from register_tally${tests.length ? ' where ' : ''}${tests
          .map(([, column]) => `${column} = ?`)
          .join(' and ')}`,
        tests.map(([property]) => values[property as keyof typeof COLUMNS] as string),
      )) as { n: number | string }[];
      return Number(row?.n ?? 0);
    },
  },
];
