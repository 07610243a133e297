import { todayInChina } from '@shian/subgraph-kit';
import {
  dialects,
  outsiderReadTests,
  PARTNER_ROLES,
  testSubgraph,
  whileTransactionOpen,
} from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import type { OfficialLevel, RiskGrade } from '../src/entities';
import { visitSchedule, visitsPerYear } from '../src/rules/visit-frequency';
import subgraph from '../src/schema';

/**
 * The work report's 包保 visits and overdue assignments are read from tallies the database's triggers keep (migration
 * responsibility_tally). After each write of a series (assignOfficial and recordVisit, then raw SQL: visits moved,
 * deleted and added, an assignment's period, official and business changed, an official's level, a business's grade
 * and township, a rolled-back transaction, the migration undone and done again, an assignment's id changed, an
 * assignment deleted) the figures of past, current and future years must equal the register judged as the figures
 * always judged it: each running assignment by `visitSchedule`, with its last visit up to the day judged, for the
 * district and a township officer. Partner departments, a village liaison and calls that skip the gateway are refused
 * before any tally is read.
 */
const FIGURES = 'responsibility { leaders entitiesCovered visits overdueAssignments }';
const TOWNSHIP = '511902001';
const today = todayInChina();
const thisYear = Number(today.slice(0, 4));
const YEARS = [2021, 2022, 2023, 2024, 2025, thisYear, thisYear + 1];

interface Rows {
  entities: { id: string; township_id: string; risk_grade: RiskGrade | null }[];
  officials: { id: string; level: OfficialLevel }[];
  assignments: { id: string; official_id: string; entity_id: string; starts_on: string; ends_on: string | null }[];
  visits: { assignment_id: string; visited_on: string }[];
}

/** The year's figures judged from the rows in plain code, as src/figures.ts defines them. */
function recount(rows: Rows, year: number, township?: string) {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const asOf = to < today ? to : today;
  const entities = new Map(rows.entities.map((e) => [e.id, e]));
  const levels = new Map(rows.officials.map((o) => [o.id, o.level]));
  const running = rows.assignments.filter(
    (a) =>
      a.starts_on <= to &&
      (a.ends_on === null || a.ends_on >= from) &&
      (township === undefined || entities.get(a.entity_id)!.township_id === township),
  );
  const district = running.filter((a) => levels.get(a.official_id) === 'DISTRICT');
  const ids = new Set(running.map((a) => a.id));
  const lastVisit = (id: string) =>
    rows.visits
      .filter((v) => v.assignment_id === id && v.visited_on <= asOf)
      .map((v) => v.visited_on)
      .sort()
      .at(-1) ?? null;
  return {
    leaders: new Set(district.map((a) => a.official_id)).size,
    entitiesCovered: new Set(district.map((a) => a.entity_id)).size,
    visits: rows.visits.filter((v) => ids.has(v.assignment_id) && v.visited_on >= from && v.visited_on <= asOf).length,
    overdueAssignments: running.filter(
      (a) =>
        visitSchedule(
          { startsOn: a.starts_on, endsOn: a.ends_on },
          lastVisit(a.id),
          visitsPerYear(levels.get(a.official_id)!, entities.get(a.entity_id)!.risk_grade),
          asOf,
        ).overdue,
    ).length,
  };
}

describe.each(await dialects())('the 包保 figures kept as records change, on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true });
  const sql = (statement: string, params: unknown[] = []) =>
    t.orm.em.fork().getConnection().execute(statement, params, 'all') as Promise<Record<string, any>[]>;

  async function expectRecount(step: string) {
    const rows: Rows = {
      entities: (await sql('select id, township_id, risk_grade from entity')) as Rows['entities'],
      officials: (await sql('select id, level from official')) as Rows['officials'],
      assignments: (await sql(
        'select id, official_id, entity_id, starts_on, ends_on from assignment',
      )) as Rows['assignments'],
      visits: (await sql('select assignment_id, visited_on from visit')) as Rows['visits'],
    };
    for (const [as, township] of [
      ['officer', undefined],
      ['township', TOWNSHIP],
    ] as const) {
      for (const year of YEARS) {
        const res = await t.execute(`{ workReport(year: ${year}) { ${FIGURES} } }`, {}, { as });
        expect(res.errors).toBeUndefined();
        expect(res.data!.workReport.responsibility, `${step}: ${year} as ${as}`).toEqual(recount(rows, year, township));
      }
    }
  }

  // A past year's figures, read from the tallies; the register is the bureau's, so a village liaison is refused too.
  outsiderReadTests(t, 'the figures of 2024', {
    query: `{ workReport(year: 2024) { ${FIGURES} } }`,
    tables: ['visit_tally', 'overdue_tally', 'assignment_window', 'assignment', 'visit'],
    refused: [...PARTNER_ROLES, 'village'],
  });

  it('equals visitSchedule over the register after each write', { timeout: 180_000 }, async () => {
    await expectRecount('seed');
    const [business] = await sql('select id from entity where township_id = ? order by id limit 1', [TOWNSHIP]);
    const [other] = await sql('select id, township_id from entity where township_id <> ? order by id limit 1', [
      TOWNSHIP,
    ]);
    const [village] = await sql("select id from official where level = 'VILLAGE' and township_id = ? limit 1", [
      TOWNSHIP,
    ]);
    const [leader] = await sql("select id from official where level = 'DISTRICT' order by id limit 1");
    const businessId = business!.id as string;
    const otherId = other!.id as string;
    await sql("update entity set risk_grade = 'C' where id = ?", [businessId]);
    await expectRecount('grade C');

    // Through the mutations: a village official from a month's last day (intervals end on shorter months' last).
    const assigned = await t.execute(
      'mutation ($i: AssignmentInput!) { assignOfficial(input: $i) { id } }',
      { i: { officialId: village!.id, entityId: businessId, startsOn: '2023-01-31' } },
      { as: 'admin' },
    );
    expect(assigned.errors).toBeUndefined();
    const assignmentId = assigned.data!.assignOfficial.id as string;
    await expectRecount('assigned');
    for (const visitedOn of ['2023-03-31', '2023-05-15', '2024-02-29', '2024-12-31', '2025-06-30']) {
      const visited = await t.execute(
        'mutation ($i: VisitInput!) { recordVisit(input: $i) { id } }',
        { i: { assignmentId, visitedOn, findings: '检查台账' } },
        { as: 'admin' },
      );
      expect(visited.errors).toBeUndefined();
      await expectRecount(`visited ${visitedOn}`);
    }

    // By hand: visits moved, a second on one day, one deleted.
    await sql("update visit set visited_on = '2024-01-31' where assignment_id = ? and visited_on = '2024-02-29'", [
      assignmentId,
    ]);
    await sql("insert into visit (id, assignment_id, visited_on, findings) values ('h3-v1', ?, '2025-06-30', '复查')", [
      assignmentId,
    ]);
    await expectRecount('visits moved');
    await sql("delete from visit where assignment_id = ? and visited_on = '2023-05-15'", [assignmentId]);
    await expectRecount('visit deleted');

    // The period: ended (the next visit due after the end: not overdue), started later, open again.
    await sql("update assignment set ends_on = '2025-07-10' where id = ?", [assignmentId]);
    await expectRecount('ended before due');
    await sql("update assignment set ends_on = '2025-09-30' where id = ?", [assignmentId]);
    await expectRecount('ended after due');
    await sql("update assignment set starts_on = '2022-11-30', ends_on = null where id = ?", [assignmentId]);
    await expectRecount('restarted');

    // Who holds it and whom it is about; the official's level; the business's grade and township.
    await sql('update assignment set official_id = ? where id = ?', [leader!.id, assignmentId]);
    await expectRecount('to a district leader');
    await sql("update official set level = 'TOWNSHIP' where id = ?", [leader!.id]);
    await expectRecount('leader now township level');
    await sql("update official set level = 'DISTRICT' where id = ?", [leader!.id]);
    // Due two months after 2025-10-15 (grade C), overdue at 2025's end; three months after (grade D's one, no grade's
    // three: the steps below), not.
    await sql("insert into visit (id, assignment_id, visited_on, findings) values ('h3-v2', ?, '2025-10-15', '复查')", [
      assignmentId,
    ]);
    await expectRecount('leader district level again, grade C');
    await sql("update entity set risk_grade = 'D' where id = ?", [businessId]);
    await expectRecount('grade D');
    await sql('update entity set risk_grade = null where id = ?', [businessId]);
    await expectRecount('no grade');
    await sql('update entity set township_id = ? where id = ?', [other!.township_id, businessId]);
    await expectRecount('business moved');
    await sql('update entity set township_id = ? where id = ?', [TOWNSHIP, businessId]);
    await sql('update assignment set entity_id = ? where id = ?', [otherId, assignmentId]);
    await expectRecount('assignment to another business');

    // Written, then rolled back.
    await expect(
      t.orm.em.fork().transactional(async (em) => {
        const write = (statement: string, params: string[]) =>
          em.getConnection().execute(statement, params, 'run', em.getTransactionContext());
        await write('delete from visit where assignment_id = ?', [assignmentId]);
        await write("update entity set risk_grade = 'D', township_id = ? where id = ?", [TOWNSHIP, otherId]);
        throw new Error('abandoned');
      }),
    ).rejects.toThrow('abandoned');
    await expectRecount('rolled back');

    // The migration fills the tables from the records already there: undone and done again, the same figures.
    const migrator = t.orm.getMigrator();
    const done = (await migrator.getExecutedMigrations()).map((m) => m.name);
    const ours = done.find((name) => name.endsWith('_responsibility_tally'))!;
    await migrator.down({ to: ours });
    await migrator.up();
    await expectRecount('migrated again');

    // Its id changed (the visits follow by the foreign key), with visits and without.
    await sql("update assignment set id = 'h3-renamed' where id = ?", [assignmentId]);
    await expectRecount('id changed');
    await sql("delete from visit where assignment_id = 'h3-renamed' and visited_on < '2025-01-01'");
    await sql("update assignment set id = 'h3-renamed-again' where id = 'h3-renamed'");
    await expectRecount('id changed again');
    await sql("delete from visit where assignment_id = 'h3-renamed-again'");
    await sql("update assignment set id = 'h3-no-visits' where id = 'h3-renamed-again'");
    await expectRecount('id changed without visits');

    // Deleted: the visits first (no cascade), then the assignment.
    await sql("delete from assignment where id = 'h3-no-visits'");
    await expectRecount('deleted');
  });

  // PostgreSQL: the visit's trigger reads the business FOR SHARE, so a move of its township (whose trigger moves the
  // visits it can see) waits for the visit's commit and moves it too; without that read the visit stays counted in
  // the old township.
  it('counts a visit written while its business moves township in the new township', async () => {
    const [assignment] = await sql(
      'select a.id, a.starts_on, e.id as entity_id from assignment a join entity e on e.id = a.entity_id where e.township_id = ? order by a.id limit 1',
      [TOWNSHIP],
    );
    const [elsewhere] = await sql('select id from township where id <> ? order by id limit 1', [TOWNSHIP]);
    await whileTransactionOpen(
      t.orm,
      async (em) => {
        await em
          .getConnection()
          .execute(
            "insert into visit (id, assignment_id, visited_on, findings) values ('h3-race', ?, ?, '复查')",
            [assignment!.id, assignment!.starts_on],
            'run',
            em.getTransactionContext(),
          );
      },
      () =>
        t.orm.em
          .fork()
          .getConnection()
          .execute('update entity set township_id = ? where id = ?', [elsewhere!.id, assignment!.entity_id]),
    );
    await expectRecount('visit during a township move');
  });
});
