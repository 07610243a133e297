import { sortSteps, testSubgraph } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import subgraph from '../src/schema';

// The plan is SQLite's; PostgreSQL's depends on its statistics, so it is shown by the bench's scale table instead.
describe('the register reads its pages in order from an index (migration list_order_indexes)', () => {
  const t = testSubgraph(subgraph, { dialect: 'sqlite' });

  it.each([
    { filters: [] },
    { filters: ['township_id'] },
    { filters: ['township_id', 'category'] },
    { filters: ['risk_grade'] },
  ])('by name, ties by id, filtered by $filters, without a sort', async ({ filters }: { filters: string[] }) => {
    const where = filters.length ? `where ${filters.map((column) => `"${column}" = ?`).join(' and ')}` : '';
    const sql = `select * from "entity" ${where} order by "name" asc, "id" asc limit 21 offset 980`;
    expect(
      await sortSteps(
        t.orm,
        sql,
        filters.map(() => 'x'),
      ),
    ).toEqual([]);
  });
});
