import { sortSteps, testSubgraph } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import subgraph from '../src/schema';

// The plan is SQLite's; PostgreSQL's depends on its statistics, so it is shown by the bench's scale table instead.
describe('the samples list reads its pages in order from an index (migration list_order_indexes)', () => {
  const t = testSubgraph(subgraph, { dialect: 'sqlite' });

  it.each([null, 'township_id', 'status', 'verdict', 'category', 'focus_variety', 'focus_period', 'focus_area'])(
    'newest first, ties by id, filtered by %s, without a sort',
    async (lead) => {
      const where = lead ? `where "${lead}" = ? and "sampled_on" between ? and ?` : '';
      const sql = `select * from "sample" ${where} order by "sampled_on" desc, "id" asc limit 21 offset 980`;
      expect(await sortSteps(t.orm, sql, lead ? ['x', '2024-01-01', '2024-12-31'] : [])).toEqual([]);
    },
  );
});
