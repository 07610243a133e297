import { todayInChina } from '@shian/subgraph-kit';
import { dialects, testSubgraph } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import subgraph from '../src/schema';

/**
 * Writes that move the same 包保 figures at the same moment. A business's township or grade change and a visit to
 * one of its assignments both go through the tally triggers (migrations *responsibility_tally*, *grading_tally*),
 * each locking the business, its officials and its assignments; on PostgreSQL two of them once took those locks in
 * opposite orders and one was aborted as a deadlock (40P01). Every write of each race must succeed, and the figures
 * after it must equal those the migrations fill from the records themselves (undone and done again).
 */
const ROUNDS = 40;
const FIGURES = `responsibility { leaders entitiesCovered visits overdueAssignments }
  riskGrading { licensed graded byGrade { grade count } byTownship { township { id } graded } }`;
const today = todayInChina();
const thisYear = Number(today.slice(0, 4));

const MOVE = 'mutation ($id: ID!, $i: EntityUpdateInput!) { updateEntity(id: $id, input: $i) { id } }';
const ASSESS = 'mutation ($i: RiskAssessmentInput!) { assessRisk(input: $i) { id } }';
const VISIT = 'mutation ($i: VisitInput!) { recordVisit(input: $i) { id } }';

describe.each(await dialects())('the 包保 figures under racing writes, on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true });
  const sql = (statement: string, params: unknown[] = []) =>
    t.orm.em.fork().getConnection().execute(statement, params, 'all') as Promise<Record<string, any>[]>;

  async function deadlocks() {
    if (dialect !== 'postgresql') return 0;
    // The aborted backends report their counts within a second of going idle.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const [row] = await sql('select deadlocks from pg_stat_database where datname = current_database()');
    return Number(row!.deadlocks);
  }

  async function figures() {
    const read = [];
    for (const year of [thisYear - 1, thisYear]) {
      for (const as of ['officer', 'township']) {
        const res = await t.execute(`{ workReport(year: ${year}) { ${FIGURES} } }`, {}, { as });
        expect(res.errors).toBeUndefined();
        read.push(res.data!.workReport);
      }
    }
    return read;
  }

  /** A business's first official assigned to it again this year (once per file): the assignment the races visit. */
  async function runningAssignment() {
    const [first] = await sql(
      'select a.official_id, a.entity_id, e.township_id from assignment a join entity e on e.id = a.entity_id order by a.id limit 1',
    );
    const startsOn = `${thisYear}-01-01`;
    let [running] = await sql('select id from assignment where entity_id = ? and starts_on = ?', [
      first!.entity_id,
      startsOn,
    ]);
    if (!running) {
      const assigned = await t.execute(
        'mutation ($i: AssignmentInput!) { assignOfficial(input: $i) { id } }',
        { i: { officialId: first!.official_id, entityId: first!.entity_id, startsOn } },
        { as: 'admin' },
      );
      expect(assigned.errors).toBeUndefined();
      running = assigned.data!.assignOfficial;
    }
    return {
      id: running!.id as string,
      entityId: first!.entity_id as string,
      townshipId: first!.township_id as string,
    };
  }

  async function race(
    write: (
      round: number,
      entityId: string,
      townshipId: string,
    ) => Promise<{ errors?: readonly { message: string }[] }>,
  ) {
    const assignment = await runningAssignment();
    const deadlocksBefore = await deadlocks();
    const failed: { message: string }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const answers = await Promise.all([
        write(round, assignment.entityId, assignment.townshipId),
        t.execute(VISIT, {
          i: { assignmentId: assignment.id, visitedOn: today, findings: `并发督导${round}` },
        }),
      ]);
      for (const answer of answers) if (answer.errors) failed.push(...answer.errors);
    }
    // PostgreSQL counts the transactions it aborted as deadlocks; the client only sees INTERNAL_SERVER_ERROR.
    expect(failed, `${(await deadlocks()) - deadlocksBefore} deadlocks (40P01)`).toEqual([]);
  }

  async function expectRecount() {
    const kept = await figures();
    const migrator = t.orm.getMigrator();
    const done = (await migrator.getExecutedMigrations()).map((m) => m.name);
    await migrator.down({ to: done.find((name) => name.endsWith('_grading_tally'))! });
    await migrator.up();
    expect(await figures()).toEqual(kept);
  }

  it('a business moving between townships while its assignment is visited', { timeout: 180_000 }, async () => {
    const [elsewhere] = await sql(
      'select id from township where id <> (select e.township_id from assignment a join entity e on e.id = a.entity_id order by a.id limit 1)',
    );
    // Away on even rounds and back home on odd ones.
    await race((round, entityId, home) =>
      t.execute(MOVE, { id: entityId, i: { townshipId: round % 2 ? home : elsewhere!.id } }, { as: 'admin' }),
    );
    await expectRecount();
  });

  it('a business graded again while its assignment is visited', { timeout: 180_000 }, async () => {
    await race((round, entityId) =>
      t.execute(
        ASSESS,
        {
          i: {
            entityId,
            year: thisYear,
            staticScore: round % 2 ? 0 : 40,
            dynamicScore: round % 2 ? 0 : 60,
            assessedOn: today,
          },
        },
        { as: 'admin' },
      ),
    );
    await expectRecount();
  });
});
