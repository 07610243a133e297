import { dialects, testSubgraph } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import subgraph from '../src/schema';

describe.each(await dialects())('enforcement subgraph queries on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true });

  it('counts the 2024 figures from the records', async () => {
    const res = await t.execute(
      '{ workReport(year: 2024) { enforcement { casesFiled casesTransferred rectifications campaigns randomDraws jointOperations bySource { source count } } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.workReport.enforcement).toMatchObject({
      casesFiled: 119,
      casesTransferred: 4,
      rectifications: 12,
      campaigns: 4,
    });
    const filed = await t.execute('{ cases(filter: { year: 2024, filed: true }) { totalCount } }');
    expect(filed.data?.cases.totalCount).toBe(119);
  });

  it('lists cases as api.md says: id title status entity { id } transfer { department }', async () => {
    const res = await t.execute(
      '{ cases(first: 5, filter: { transferredTo: POLICE }) { totalCount nodes { id title status entity { id } transfer { department } } pageInfo { hasNextPage endCursor } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.cases.nodes[0].transfer.department).toBe('POLICE');
  });
});
