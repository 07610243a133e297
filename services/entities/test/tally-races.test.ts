import { todayInChina } from '@shian/subgraph-kit';
import { dialects, testSubgraph } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import subgraph from '../src/schema';

/**
 * Writes that move the same 包保 figures at the same moment, through the tally triggers (migrations
 * *responsibility_tally*, *grading_tally*, *tally_lock_order*): a business moved to another township or graded again
 * while one of its assignments is visited, or while its official's level changes. On PostgreSQL each such pair once
 * took its row locks in opposite orders and one write was aborted as a deadlock (40P01). Every write of each race
 * must succeed, and the figures after it must equal those the migrations fill from the records themselves (undone
 * and done again; responsibility-tally and grading-tally check that fill against a recount in plain code).
 */
const ROUNDS = 200;
const FIGURES = `responsibility { leaders entitiesCovered visits overdueAssignments }
  riskGrading { licensed graded byGrade { grade count } byTownship { township { id } graded } }`;
const today = todayInChina();
const thisYear = Number(today.slice(0, 4));

const MOVE = 'mutation ($id: ID!, $i: EntityUpdateInput!) { updateEntity(id: $id, input: $i) { id } }';
const ASSESS = 'mutation ($i: RiskAssessmentInput!) { assessRisk(input: $i) { id } }';
const VISIT = 'mutation ($i: VisitInput!) { recordVisit(input: $i) { id } }';

interface Assignment {
  id: string;
  officialId: string;
  entityId: string;
  townshipId: string;
}
/** What a write refused, empty when it succeeded. */
type Write = (round: number, assignment: Assignment) => Promise<string[]>;

describe.each(await dialects())('the 包保 figures under racing writes, on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true });
  const sql = (statement: string, params: unknown[] = []) =>
    t.orm.em.fork().getConnection().execute(statement, params, 'all') as Promise<Record<string, any>[]>;
  const mutation = async (query: string, variables: Record<string, unknown>) =>
    ((await t.execute(query, variables, { as: 'admin' })).errors ?? []).map((e) => e.message);

  async function deadlocks() {
    if (dialect !== 'postgresql') return 0;
    // An aborted backend reports its count within a second of going idle.
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

  /** The first assignment's official assigned to its business again this year (once per file): the seed's have
   * ended, and a visit needs one running. */
  async function runningAssignment(): Promise<Assignment> {
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
      id: running!.id,
      officialId: first!.official_id,
      entityId: first!.entity_id,
      townshipId: first!.township_id,
    };
  }

  /**
   * Runs the two writes at once ROUNDS times, the second started 0 to 24 ms after the first: the overlap a deadlock
   * needs can be as short as one statement, and stepping the start meets it wherever it falls.
   */
  async function race(first: Write, second: Write) {
    const assignment = await runningAssignment();
    const before = await deadlocks();
    const refused: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const later = new Promise((resolve) => setTimeout(resolve, round % 25)).then(() => second(round, assignment));
      for (const failed of await Promise.all([first(round, assignment), later])) refused.push(...failed);
    }
    // The client sees only INTERNAL_SERVER_ERROR; PostgreSQL counts what it aborted as a deadlock.
    expect(refused, `${(await deadlocks()) - before} deadlocks (40P01)`).toEqual([]);

    const kept = await figures();
    const migrator = t.orm.getMigrator();
    const done = (await migrator.getExecutedMigrations()).map((m) => m.name);
    await migrator.down({ to: done.find((name) => name.endsWith('_grading_tally'))! });
    await migrator.up();
    expect(await figures()).toEqual(kept);
  }

  const visit: Write = (round, assignment) =>
    mutation(VISIT, { i: { assignmentId: assignment.id, visitedOn: today, findings: `并发督导${round}` } });

  /** Away to another township on even rounds, back home on odd ones. */
  async function moving(): Promise<Write> {
    const { townshipId } = await runningAssignment();
    const [elsewhere] = await sql('select id from township where id <> ? order by id limit 1', [townshipId]);
    return (round, assignment) =>
      mutation(MOVE, { id: assignment.entityId, i: { townshipId: round % 2 ? townshipId : elsewhere!.id } });
  }

  it('a business moving between townships while its assignment is visited', { timeout: 180_000 }, async () => {
    await race(await moving(), visit);
  });

  it('a business graded again while its assignment is visited', { timeout: 180_000 }, async () => {
    await race(
      (round, assignment) =>
        mutation(ASSESS, {
          i: {
            entityId: assignment.entityId,
            year: thisYear,
            staticScore: round % 2 ? 0 : 40,
            dynamicScore: round % 2 ? 0 : 60,
            assessedOn: today,
          },
        }),
      visit,
    );
  });

  // No mutation changes an official's level (the register is loaded); an import or a correction in SQL does.
  it('a business moving between townships while its official changes level', { timeout: 180_000 }, async () => {
    await race(await moving(), (round, assignment) =>
      t.orm.em
        .fork()
        .transactional((em) =>
          em
            .getConnection()
            .execute(
              'update official set level = ? where id = ?',
              [round % 2 ? 'DISTRICT' : 'TOWNSHIP', assignment.officialId],
              'run',
              em.getTransactionContext(),
            ),
        )
        .then(
          () => [],
          (error: Error) => [error.message],
        ),
    );
  });
});
