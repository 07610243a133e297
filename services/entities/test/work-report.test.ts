import { dialects, testSubgraph } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import subgraph from '../src/schema';

const FIGURES = `responsibility { leaders entitiesCovered visits overdueAssignments }
  supervision { townshipsCovered rounds batches promptLetters supervisionLetters rectificationNotices }
  riskGrading { gradedShare licensed graded byGrade { grade count }
    byTownship { township { id name } graded byGrade { grade count } } }`;

const sum = (rows: Record<string, number>[], key: string) => rows.reduce((total, row) => total + (row[key] ?? 0), 0);

describe.each(await dialects())('WorkReport (entities) on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true });

  it('answers the 2024 figures of the acceptance table, and grades by township that add up', async () => {
    const res = await t.execute(`{ workReport(year: 2024) { year ${FIGURES} }
      overview: responsibilityOverview(year: 2024) { leaders entitiesCovered visits overdueAssignments officials { id } } }`);
    expect(res.errors).toBeUndefined();
    const { responsibility, supervision, riskGrading } = res.data!.workReport;
    expect(responsibility).toMatchObject({ leaders: 12, entitiesCovered: 45 });
    expect(responsibility.visits).toBeGreaterThan(500);
    expect(supervision).toMatchObject({ townshipsCovered: 22, promptLetters: 12 });
    expect(riskGrading.gradedShare).toBe(1);
    expect(riskGrading.graded).toBe(riskGrading.licensed);
    const { overview } = res.data!;
    expect(overview).toMatchObject({ ...responsibility, leaders: 12 });
    expect(overview.officials).toHaveLength(12);
    expect(riskGrading.byTownship).toHaveLength(22);
    expect(sum(riskGrading.byTownship, 'graded')).toBe(sum(riskGrading.byGrade, 'count'));
    for (const grade of ['A', 'B', 'C', 'D']) {
      const total = riskGrading.byGrade.find((g: { grade: string }) => g.grade === grade).count;
      const perTownship = riskGrading.byTownship.reduce(
        (n: number, t: { byGrade: { grade: string; count: number }[] }) =>
          n + t.byGrade.find((g) => g.grade === grade)!.count,
        0,
      );
      expect(perTownship).toBe(total);
    }
    const b = await t.execute('{ entities(filter: { riskGrade: B }) { totalCount } }');
    expect(riskGrading.byGrade.find((g: { grade: string }) => g.grade === 'B').count).toBeLessThanOrEqual(
      b.data!.entities.totalCount,
    );
  });

  it('narrows the figures to the township officer’s township', async () => {
    const res = await t.execute(`{ workReport(year: 2024) { ${FIGURES} } }`, {}, { as: 'township' });
    expect(res.errors).toBeUndefined();
    const { supervision, riskGrading } = res.data!.workReport;
    expect(supervision.townshipsCovered).toBe(1);
    expect(riskGrading.byTownship.map((t: { township: { id: string } }) => t.township.id)).toEqual(['511902001']);
  });

  it('answers zeros for a year without records', async () => {
    const res = await t.execute(`{ workReport(year: 2019) { year ${FIGURES} } }`);
    expect(res.errors).toBeUndefined();
    const { responsibility, supervision, riskGrading } = res.data!.workReport;
    expect(responsibility).toEqual({ leaders: 0, entitiesCovered: 0, visits: 0, overdueAssignments: 0 });
    expect(supervision).toEqual({
      townshipsCovered: 0,
      rounds: 0,
      batches: 0,
      promptLetters: 0,
      supervisionLetters: 0,
      rectificationNotices: 0,
    });
    // Licences in force are a stock, not the year's work: some were already valid in 2019. Nobody was graded.
    expect(riskGrading).toMatchObject({ gradedShare: 0, graded: 0 });
    expect(sum(riskGrading.byGrade, 'count')).toBe(0);
    expect(sum(riskGrading.byTownship, 'graded')).toBe(0);
  });

  it('answers several years in one query, in a fixed number of statements per year', async () => {
    const res = await t.execute(
      '{ workReports(years: [2024, 2019]) { year responsibility { leaders } supervision { promptLetters } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.workReports).toEqual([
      { year: 2024, responsibility: { leaders: 12 }, supervision: { promptLetters: 12 } },
      { year: 2019, responsibility: { leaders: 0 }, supervision: { promptLetters: 0 } },
    ]);
    const one = await t.countStatements(() => t.execute(`{ workReport(year: 2024) { ${FIGURES} } }`));
    const empty = await t.countStatements(() => t.execute(`{ workReport(year: 2019) { ${FIGURES} } }`));
    expect(one.result.errors).toBeUndefined();
    expect(one.statements).toBe(empty.statements);
    expect(one.statements).toBeLessThanOrEqual(8);
  });

  it('refuses partners and anonymous callers', async () => {
    for (const query of [
      '{ workReport(year: 2024) { year } }',
      '{ workReports(years: [2024]) { year } }',
      '{ workReport(year: 2024) { riskGrading { gradedShare } } }',
    ]) {
      expect((await t.execute(query, {}, { as: 'police' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await t.execute(query, {}, { as: null })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});
