import { dialects, testSubgraph } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import subgraph from '../src/schema';

const FIGURES = `training { sessions participants assessmentBatches resitBatches peopleAssessed peoplePassed workshopsUpgraded
  byAudience { audience sessions participants } byMonth { month sessions participants assessmentBatches workshopsUpgraded }
  officers { sessions officersTrained attendances hours } }`;

const sum = (rows: Record<string, number>[], key: string) => rows.reduce((total, row) => total + (row[key] ?? 0), 0);

describe.each(await dialects())('WorkReport.training on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true });

  it('answers the 2024 figures and their breakdowns by month and audience from the records', async () => {
    const res = await t.execute(`{ workReport(year: 2024) { year ${FIGURES} } }`);
    expect(res.errors).toBeUndefined();
    const figures = res.data!.workReport.training;
    expect(figures).toMatchObject({ sessions: 13, participants: 2000, assessmentBatches: 580, workshopsUpgraded: 295 });
    expect(figures.byMonth.map((m: { month: number }) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(sum(figures.byMonth, 'sessions')).toBe(13);
    expect(sum(figures.byMonth, 'participants')).toBe(2000);
    expect(sum(figures.byMonth, 'assessmentBatches')).toBe(580);
    expect(sum(figures.byMonth, 'workshopsUpgraded')).toBeGreaterThanOrEqual(295);
    expect(sum(figures.byAudience, 'sessions')).toBe(13);
    const sessions = await t.execute('{ trainingSessions(first: 100, filter: { year: 2024 }) { nodes { heldOn } } }');
    const perMonth = Array(12).fill(0);
    for (const node of sessions.data!.trainingSessions.nodes) perMonth[Number(node.heldOn.slice(5, 7)) - 1] += 1;
    expect(figures.byMonth.map((m: { sessions: number }) => m.sessions)).toEqual(perMonth);
  });

  it('answers zeros for a year without records', async () => {
    const res = await t.execute(`{ workReport(year: 2019) { year ${FIGURES} } }`);
    expect(res.errors).toBeUndefined();
    const figures = res.data!.workReport.training;
    expect(figures).toMatchObject({
      sessions: 0,
      participants: 0,
      assessmentBatches: 0,
      resitBatches: 0,
      peopleAssessed: 0,
      peoplePassed: 0,
      workshopsUpgraded: 0,
      byAudience: [],
    });
    expect(figures.byMonth).toHaveLength(12);
    expect(figures.byMonth.every((m: Record<string, number>) => m.sessions + m.participants === 0)).toBe(true);
  });

  it('answers several years in one query, in the order asked, in a fixed number of statements per year', async () => {
    const res = await t.execute('{ workReports(years: [2024, 2023, 2019]) { year training { sessions } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data!.workReports).toEqual([
      { year: 2024, training: { sessions: 13 } },
      { year: 2023, training: { sessions: 2 } },
      { year: 2019, training: { sessions: 0 } },
    ]);
    const one = await t.countStatements(() => t.execute(`{ workReport(year: 2024) { ${FIGURES} } }`));
    const other = await t.countStatements(() => t.execute(`{ workReport(year: 2023) { ${FIGURES} } }`));
    expect(one.statements).toBe(other.statements);
    // 7: the officers' figures are one statement of their own (src/figures.ts).
    expect(one.statements).toBeLessThanOrEqual(7);
    const bad = await t.execute('{ workReports(years: [1999]) { year } }');
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'years' });
  });

  it('refuses partners and anonymous callers', async () => {
    for (const query of [
      '{ workReport(year: 2024) { year } }',
      '{ workReports(years: [2024]) { year } }',
      '{ workReport(year: 2024) { training { sessions } } }',
    ]) {
      expect((await t.execute(query, {}, { as: 'education' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await t.execute(query, {}, { as: null })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});
