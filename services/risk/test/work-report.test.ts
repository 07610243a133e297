import { addDays, HolidayCalendar, todayInChina } from '@shian/clock';
import { dialects, testSubgraph } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { buildRiskDemoData, DEMO_TOWNSHIP, DEMO_UNDATED_DUTY, type RiskDemoData } from '../seeds/demo-data';
import {
  DutyFrequency,
  DutyStatus,
  dutyClock,
  HazardStatus,
  IncidentLevel,
  LEVEL_ORDER,
  lastOverdueDueDate,
} from '../src/rules';
import subgraph from '../src/schema';

const FIGURES = `risk {
  risksByLevel { level count } risks duties dutiesDone dutiesOverdue hazardsFound hazardsRectified
  consultations incidentsByLevel { level count } incidents drills
}`;
const REPORT = `query ($year: Int!) { workReport(year: $year) { year ${FIGURES} } }`;

const data = buildRiskDemoData();
const calendar = HolidayCalendar.chinese();

/**
 * The figures the demo data should give, counted here from the records one by one with the rules' own clocks (the
 * database counts them in SQL): an independent check of the statements. `township` narrows to what that township's
 * officer sees in the lists.
 */
function expected(demo: RiskDemoData, township?: string) {
  const sees = (townshipIds: readonly string[]) => township === undefined || townshipIds.includes(township);
  const risks = demo.risks.filter((r) => sees(r.townshipIds));
  const byId = <T extends { id: string; townshipIds: string[] }>(list: T[], id: string | null) =>
    id ? list.find((r) => r.id === id)!.townshipIds : [];
  const duties = demo.duties.filter(
    (d) =>
      township === undefined ||
      d.townshipId === township ||
      d.ownerTownshipId === township ||
      byId(demo.risks, d.riskId).includes(township) ||
      byId(demo.consultations, d.consultationId).includes(township) ||
      byId(demo.drills, d.drillId).includes(township),
  );
  const today = todayInChina();
  const overdue = duties.filter(
    (d) =>
      dutyClock(
        { ...d, assignedOn: d.createdAt.toISOString().slice(0, 10), completedOn: d.completedAt },
        { calendar, today },
      ).status === 'OVERDUE',
  );
  const hazards = demo.hazards.filter((h) => township === undefined || h.townshipId === township);
  const incidents = demo.incidents.filter((i) => township === undefined || i.townshipId === township);
  return {
    risksByLevel: LEVEL_ORDER.map((level) => ({ level, count: risks.filter((r) => r.level === level).length })),
    risks: risks.length,
    duties: duties.length,
    dutiesDone: duties.filter((d) => d.status === DutyStatus.DONE).length,
    dutiesOverdue: overdue.length,
    hazardsFound: hazards.length,
    hazardsRectified: hazards.filter((h) => h.status !== HazardStatus.OPEN).length,
    consultations: demo.consultations.filter((c) => sees(c.townshipIds)).length,
    incidentsByLevel: Object.values(IncidentLevel).map((level) => ({
      level,
      count: incidents.filter((i) => i.level === level).length,
    })),
    incidents: incidents.length,
    drills: demo.drills.filter((d) => sees(d.townshipIds)).length,
  };
}

const ZEROS = expected({
  risks: [],
  duties: [],
  investigations: [],
  hazards: [],
  consultations: [],
  incidents: [],
  drills: [],
});

describe('the last due date already overdue', () => {
  it('agrees with the duty clock for every due date and day around a long holiday and a make-up Saturday', () => {
    // 2025-10-01..08 National Day, Saturday 10-11 a make-up working day; 2025-09-28 (Sunday) one too.
    for (let today = '2025-09-20'; today <= '2025-10-20'; today = addDays(today, 1)) {
      const cutoff = lastOverdueDueDate({ calendar, today });
      for (let due = '2025-09-15'; due <= '2025-10-20'; due = addDays(due, 1)) {
        const clock = dutyClock(
          { frequency: DutyFrequency.ONCE, dueDate: due, assignedOn: '2025-09-01', status: DutyStatus.PENDING },
          { calendar, today },
        );
        expect(due <= cutoff, `due ${due}, today ${today}`).toBe(clock.overdue);
      }
    }
    expect(lastOverdueDueDate({ calendar, today: '2025-10-09' })).toBe('2025-09-30');
  });
});

describe.each(await dialects())('WorkReport.risk on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true });

  it('answers 2025 from the demo records, counted by the database', async () => {
    const res = await t.execute(REPORT, { year: 2025 });
    expect(res.errors).toBeUndefined();
    const figures = expected(data);
    expect(res.data?.workReport).toEqual({ year: 2025, risk: figures });
    // The demo data is not trivially empty or full: each figure says something.
    expect(figures.dutiesOverdue).toBeGreaterThan(0);
    expect(figures.dutiesDone).toBeLessThan(figures.duties);
    expect(figures.hazardsRectified).toBeLessThan(figures.hazardsFound);
  });

  it('counts overdue duties as the list filters them (district and township), the undated recurring duty included', async () => {
    const LIST = `query ($year: Int!) {
      overdue: duties(first: 5, filter: { year: $year, overdue: true }) { totalCount nodes { clock { status } } }
      onTime: duties(first: 100, filter: { year: $year, overdue: false }) { totalCount nodes { clock { status } } }
      all: duties(first: 1, filter: { year: $year }) { totalCount }
      undated: duties(filter: { search: "${DEMO_UNDATED_DUTY}", overdue: true }) {
        nodes { code frequency dueDate clock { deadline overdue } } } }`;
    const counted: Record<string, number> = {};
    for (const as of ['officer', 'township']) {
      const [list, report] = await Promise.all([
        t.execute(LIST, { year: 2025 }, { as }),
        t.execute(REPORT, { year: 2025 }, { as }),
      ]);
      expect(list.errors, as).toBeUndefined();
      expect(report.errors, as).toBeUndefined();
      const figures = report.data?.workReport.risk;
      counted[as] = list.data?.overdue.totalCount;
      expect(counted[as], as).toBe(figures.dutiesOverdue);
      // The filter is the clock's verdict (OVERDUE: not done and past it; a duty done late is LATE, not overdue)
      // both ways, paged in the database, and splits the year's duties.
      expect(list.data?.overdue.nodes, as).toHaveLength(5);
      expect(list.data?.overdue.nodes.every((n: any) => n.clock.status === 'OVERDUE')).toBe(true);
      expect(list.data?.onTime.nodes.some((n: any) => n.clock.status === 'OVERDUE')).toBe(false);
      expect(list.data?.overdue.totalCount + list.data?.onTime.totalCount).toBe(list.data?.all.totalCount);
      expect(list.data?.all.totalCount).toBe(figures.duties);
      // A monthly duty of the demo township given no date: stored due at the end of its month, so counted.
      expect(list.data?.undated.nodes, as).toEqual([
        {
          code: DEMO_UNDATED_DUTY,
          frequency: 'MONTHLY',
          dueDate: '2025-11-30',
          clock: { deadline: '2025-12-01', overdue: true },
        },
      ]);
    }
    expect(counted.township).toBeLessThan(counted.officer!);
    // The filter opens nothing: a partner's list is refused with or without it, before any count is made.
    const partner = await t.execute('{ duties(filter: { overdue: true }) { totalCount } }', {}, { as: 'police' });
    expect(partner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(partner.data?.duties ?? null).toBeNull();
  });

  it('answers 2024, a year without risk records, with zeros', async () => {
    const res = await t.execute(REPORT, { year: 2024 });
    expect(res.errors).toBeUndefined();
    expect(res.data?.workReport).toEqual({ year: 2024, risk: ZEROS });
  });

  it('gives a township officer their township’s figures, as the lists scope them', async () => {
    const res = await t.execute(REPORT, { year: 2025 }, { as: 'township' });
    expect(res.errors).toBeUndefined();
    const mine = expected(data, DEMO_TOWNSHIP);
    expect(res.data?.workReport.risk).toEqual(mine);
    expect(mine.risks).toBeLessThan(data.risks.length);
    expect(mine.hazardsFound).toBeLessThan(data.hazards.length);
  });

  it('answers workReports(years) in the order asked, each year its own', async () => {
    const res = await t.execute(`{ workReports(years: [2025, 2024]) { year ${FIGURES} } }`, {}, { as: 'admin' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.workReports).toEqual([
      { year: 2025, risk: expected(data) },
      { year: 2024, risk: ZEROS },
    ]);
  });

  it('refuses partners (FORBIDDEN) and anonymous callers', async () => {
    for (const partner of ['police', 'education', 'agriculture']) {
      const res = await t.execute(REPORT, { year: 2025 }, { as: partner });
      expect(res.data?.workReport ?? null).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    // Reached as an entity reference (the gateway's path when another subgraph owns the query), still refused.
    const reference = await t.execute(
      `{ _entities(representations: [{ __typename: "WorkReport", year: 2025 }]) { ... on WorkReport { ${FIGURES} } } }`,
      {},
      { as: 'police' },
    );
    expect(reference.data?._entities?.[0] ?? null).toBeNull();
    expect(reference.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await t.execute(REPORT, { year: 2025 }, { as: null });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a year out of range in Chinese', async () => {
    const res = await t.execute(REPORT, { year: 1999 });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/年/);
  });

  it('takes the same statements for a full year and an empty one', async () => {
    const full = await t.countStatements(() => t.execute(REPORT, { year: 2025 }));
    const empty = await t.countStatements(() => t.execute(REPORT, { year: 2024 }));
    expect(full.statements).toBe(empty.statements);
    expect(full.statements).toBeLessThanOrEqual(6);
  });
});
