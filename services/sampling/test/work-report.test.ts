import { dialects, testSubgraph } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import subgraph from '../src/schema';

const FIGURES = `sampling { batches unqualified unqualifiedRate infantFormulaBatches infantFormulaCoverage disposalsCompleted
  casesFiled consumerRequests consumerRequestsAnswered byLevel { level batches unqualified quota }
  byMonth { month batches unqualified } byVerdict { verdict batches } byCategory { category batches }
  byFailureKind { kind batches } focusBatches byFocusVariety { variety batches }
  byFocusPeriod { period batches } byFocusArea { area batches } }`;

const sum = (rows: Record<string, number>[], key: string) => rows.reduce((total, row) => total + (row[key] ?? 0), 0);

describe.each(await dialects())('WorkReport.sampling on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true });

  it('answers the 2024 figures with breakdowns by level, month and verdict that add up', async () => {
    const res = await t.execute(`{ workReport(year: 2024) { year ${FIGURES} } }`);
    expect(res.errors).toBeUndefined();
    const figures = res.data!.workReport.sampling;
    expect(figures).toMatchObject({ batches: 1847, infantFormulaBatches: 90, infantFormulaCoverage: 1 });
    expect(sum(figures.byLevel, 'batches')).toBe(1847);
    expect(sum(figures.byMonth, 'batches')).toBe(1847);
    expect(sum(figures.byMonth, 'unqualified')).toBe(figures.unqualified);
    expect(sum(figures.byVerdict, 'batches')).toBe(1847);
    const verdicts = Object.fromEntries(
      figures.byVerdict.map((v: { verdict: string | null; batches: number }) => [String(v.verdict), v.batches]),
    );
    expect(verdicts.UNQUALIFIED).toBe(figures.unqualified);
    const lists = await t.execute(`{
      unqualified: samples(filter: { year: 2024, verdict: UNQUALIFIED }) { totalCount }
      qualified: samples(filter: { year: 2024, verdict: QUALIFIED }) { totalCount } }`);
    expect(lists.data!.unqualified.totalCount).toBe(figures.unqualified);
    expect(lists.data!.qualified.totalCount).toBe(verdicts.QUALIFIED);
    expect(figures.disposalsCompleted).toBeGreaterThan(0);
    expect(figures.casesFiled).toBeLessThanOrEqual(figures.disposalsCompleted);
  });

  it('answers zeros for a year without records', async () => {
    const res = await t.execute(`{ workReport(year: 2019) { year ${FIGURES} } }`);
    expect(res.errors).toBeUndefined();
    const figures = res.data!.workReport.sampling;
    expect(figures).toMatchObject({
      batches: 0,
      unqualified: 0,
      unqualifiedRate: 0,
      infantFormulaBatches: 0,
      infantFormulaCoverage: 0,
      disposalsCompleted: 0,
      casesFiled: 0,
      consumerRequests: 0,
      byCategory: [],
      byFailureKind: [],
    });
    expect(figures.byLevel.every((l: Record<string, number>) => l.batches + l.quota === 0)).toBe(true);
    expect(figures.byMonth).toHaveLength(12);
    expect(sum(figures.byMonth, 'batches') + sum(figures.byVerdict, 'batches')).toBe(0);
  });

  it('answers several years in one query, in a fixed number of statements per year', async () => {
    const res = await t.execute('{ workReports(years: [2024, 2019]) { year sampling { batches } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data!.workReports).toEqual([
      { year: 2024, sampling: { batches: 1847 } },
      { year: 2019, sampling: { batches: 0 } },
    ]);
    const one = await t.countStatements(() => t.execute(`{ workReport(year: 2024) { ${FIGURES} } }`));
    const empty = await t.countStatements(() => t.execute(`{ workReport(year: 2019) { ${FIGURES} } }`));
    expect(one.statements).toBe(empty.statements);
    // 8: every breakdown of the samples (focus included) is one statement over the figures' tally (src/figures.ts).
    expect(one.statements).toBeLessThanOrEqual(8);
  });

  it('refuses partners and anonymous callers', async () => {
    for (const query of [
      '{ workReport(year: 2024) { year } }',
      '{ workReports(years: [2024]) { year } }',
      '{ workReport(year: 2024) { sampling { batches } } }',
    ]) {
      expect((await t.execute(query, {}, { as: 'police' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await t.execute(query, {}, { as: null })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});
