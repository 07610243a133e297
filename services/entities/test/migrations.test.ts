import { dialects, schemaDrift, testSubgraph } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import subgraph from '../src/schema';

/**
 * Kept: PostgreSQL's covering index for the overdue sum is declared on OverdueTally (entities/ResponsibilityTally.ts)
 * so that PostgreSQL's diff keeps it; SQLite keeps that table in key order and has no such index.
 */
const KNOWN = { sqlite: [/^create index `overdue_tally_sum`/], postgresql: [] };

describe.each(await dialects())('the migrations on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect });

  it('make the tables the entities describe: migration:create would write nothing', async () => {
    expect(await schemaDrift(t.orm, KNOWN[dialect])).toEqual([]);
  });
});
