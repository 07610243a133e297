import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { CountFrom, CountValues } from '@shian/subgraph-kit';
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
] as const satisfies readonly (readonly [keyof Sample & string, string])[];

async function fromTally(em: EntityManager, values: CountValues<Sample>, property: string, axis: string) {
  const tests: [string, string | number | undefined][] = [
    ['axis', axis],
    ['value', values[property as keyof Sample & string]],
    ['township_id', values.townshipId],
    ['year', values.sampledOn],
  ];
  const given = tests.filter((test): test is [string, string | number] => test[1] !== undefined);
  const where = given.map(([column]) => `${column} = ?`);
  const params = given.map(([, value]) => value);
  const [row] = (await (em as SqlEntityManager)
    .getConnection()
    .execute(`select coalesce(sum(n), 0) as "n" from sample_tally where ${where.join(' and ')}`, params)) as {
    n: number | string;
  }[];
  return Number(row?.n ?? 0);
}

export const SAMPLE_COUNTS: readonly CountFrom<Sample>[] = AXES.map(([property, axis]) => ({
  by: { townshipId: 'equal', sampledOn: 'year', [property]: 'equal' },
  count: (em, values) => fromTally(em, values, property, axis),
}));
