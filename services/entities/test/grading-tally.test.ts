import { dialects, testSubgraph, whileTransactionOpen } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { GRADED_CATEGORIES } from '../src/figures';
import subgraph from '../src/schema';

/**
 * The work report's risk-grading figures are read from a tally the database's triggers keep (src/entities/GradingYear.ts,
 * GradingTally.ts). After each write of a series (GraphQL mutations, raw SQL renewing, shortening and moving a licence,
 * changing and deleting an assessment, a business changing category and township, a rolled-back transaction, a
 * business's licences and assessments deleted) the figures must equal a recount of the licence, assessment and business rows, folded here in plain
 * code as the figures define them, for the district and for a township officer.
 */
const FIGURES = `riskGrading { licensed graded gradedShare byGrade { grade count }
  byTownship { township { id } graded byGrade { grade count } } }`;
const GRADES = ['A', 'B', 'C', 'D'];
const YEARS = [2019, 2022, 2023, 2024, 2025, 2026, 2027, 2030];

interface Rows {
  entities: { id: string; township_id: string; category: string }[];
  licenses: { entity_id: string; issued_on: string; valid_until: string }[];
  assessments: {
    id: string;
    entity_id: string;
    year: number;
    grade: string;
    assessed_on: string;
    created_at: unknown;
  }[];
}

const time = (value: unknown) => new Date(value as string | number | Date).getTime();

/** The figures of a year as the work report defines them, counted from the rows themselves. */
function recount({ entities, licenses, assessments }: Rows, year: number, townships: string[], township?: string) {
  const inScope = new Map(
    entities.filter((e) => township === undefined || e.township_id === township).map((e) => [e.id, e]),
  );
  const licensed = new Set(
    licenses
      .filter((l) => l.issued_on <= `${year}-12-31` && l.valid_until >= `${year}-01-01`)
      .filter((l) => GRADED_CATEGORIES.includes(inScope.get(l.entity_id)?.category as never))
      .map((l) => l.entity_id),
  );
  const latest = new Map<string, Rows['assessments'][number]>();
  for (const a of assessments) {
    if (a.year !== year || !inScope.has(a.entity_id)) continue;
    const other = latest.get(a.entity_id);
    const later =
      !other ||
      a.assessed_on > other.assessed_on ||
      (a.assessed_on === other.assessed_on &&
        (time(a.created_at) > time(other.created_at) ||
          (time(a.created_at) === time(other.created_at) && a.id > other.id)));
    if (later) latest.set(a.entity_id, a);
  }
  const graded = [...licensed].filter((id) => latest.has(id)).length;
  const gradesOf = (t?: string) =>
    GRADES.map((grade) => ({
      grade,
      count: [...latest.values()].filter(
        (a) => a.grade === grade && (t === undefined || inScope.get(a.entity_id)!.township_id === t),
      ).length,
    }));
  return {
    licensed: licensed.size,
    graded,
    gradedShare: licensed.size ? graded / licensed.size : 0,
    byGrade: gradesOf(),
    byTownship: townships.map((t) => {
      const byGrade = gradesOf(t);
      return { township: { id: t }, graded: byGrade.reduce((n, g) => n + g.count, 0), byGrade };
    }),
  };
}

describe.each(await dialects())('the risk-grading figures kept as records change, on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true });
  const sql = (statement: string, params: unknown[] = []) =>
    t.orm.em.fork().getConnection().execute(statement, params, 'all') as Promise<Record<string, any>[]>;

  async function expectRecount(years = YEARS) {
    const rows: Rows = {
      entities: (await sql('select id, township_id, category from entity')) as Rows['entities'],
      licenses: (await sql('select entity_id, issued_on, valid_until from license')) as Rows['licenses'],
      assessments: (await sql(
        'select id, entity_id, year, grade, assessed_on, created_at from risk_assessment',
      )) as Rows['assessments'],
    };
    const all = (await sql('select id from township order by id')).map((r) => r.id as string);
    for (const [as, township] of [
      ['officer', undefined],
      ['township', '511902001'],
    ] as const) {
      for (const year of years) {
        const res = await t.execute(`{ workReport(year: ${year}) { ${FIGURES} } }`, {}, { as });
        expect(res.errors).toBeUndefined();
        expect(res.data!.workReport.riskGrading, `${year} as ${as}`).toEqual(
          recount(rows, year, township ? [township] : all, township),
        );
      }
    }
  }

  // Some twenty writes, each followed by sixteen reports and their recounts: seconds on a busy machine.
  it('equals a recount after each write, rolled-back ones included', { timeout: 120_000 }, async () => {
    await expectRecount();
    const [producer] = await sql(
      "select id from entity where township_id = '511902001' and category = 'FOOD_PRODUCER' order by id limit 1",
    );
    const [other] = await sql(
      "select id from entity where township_id <> '511902001' and category = 'CATERING' order by id limit 1",
    );
    const producerId = producer!.id as string;
    const otherId = other!.id as string;

    // A licence through the mutation: five years, 2025 to 2029.
    const added = await t.execute('mutation ($l: LicenseInput!) { addLicense(input: $l) { id } }', {
      l: {
        entityId: producerId,
        kind: 'PRODUCTION',
        number: 'SC10651190299981',
        issuedOn: '2025-03-01',
        validUntil: '2030-02-28',
      },
    });
    expect(added.errors).toBeUndefined();
    const licenseId = added.data!.addLicense.id as string;
    await expectRecount();

    // Renewed (end moved later), reissued earlier, expired early, then moved to another business.
    await sql("update license set valid_until = '2031-12-31' where id = ?", [licenseId]);
    await sql("update license set issued_on = '2022-06-01' where id = ?", [licenseId]);
    await expectRecount();
    await sql("update license set valid_until = '2023-01-15' where id = ?", [licenseId]);
    await expectRecount();
    await sql('update license set entity_id = ? where id = ?', [otherId, licenseId]);
    await expectRecount();

    // Assessments through the mutation, two in one year (the later one decides the grade), then changed by hand.
    const assess = (entityId: string, year: number, assessedOn: string, staticScore: number) =>
      t.execute(
        'mutation ($i: RiskAssessmentInput!) { assessRisk(input: $i) { id grade } }',
        { i: { entityId, year, staticScore, dynamicScore: 10, assessedOn } },
        { as: 'admin' },
      );
    const first = await assess(otherId, 2023, '2023-04-01', 10);
    const second = await assess(otherId, 2023, '2023-09-01', 40);
    expect(first.errors ?? second.errors).toBeUndefined();
    await expectRecount();
    await sql("update risk_assessment set grade = 'D' where id = ?", [first.data!.assessRisk.id]);
    await sql("update risk_assessment set assessed_on = '2023-12-01' where id = ?", [first.data!.assessRisk.id]);
    await expectRecount();
    await sql("update risk_assessment set year = 2022, assessed_on = '2022-05-05' where id = ?", [
      second.data!.assessRisk.id,
    ]);
    await expectRecount();
    await sql('delete from risk_assessment where id = ?', [first.data!.assessRisk.id]);
    await expectRecount();

    // The business changes category (into the graded population) and township, through the mutation and by hand.
    const { version } = (await t.execute('query ($id: ID!) { entity(id: $id) { version } }', { id: otherId })).data!
      .entity;
    const moved = await t.execute(
      'mutation ($id: ID!, $v: Int) { updateEntity(id: $id, input: { category: FOOD_SELLER, townshipId: "511902001", version: $v }) { id } }',
      { id: otherId, v: version },
    );
    expect(moved.errors).toBeUndefined();
    await expectRecount();
    await sql("update entity set township_id = '511902003' where id = ?", [otherId]);
    await expectRecount();

    // Written, then rolled back: the triggers' moves go with the transaction.
    await expect(
      t.orm.em.fork().transactional(async (em) => {
        const write = (statement: string, params: string[]) =>
          em.getConnection().execute(statement, params, 'run', em.getTransactionContext());
        await write("update entity set category = 'CATERING' where id = ?", [producerId]);
        await write("update license set valid_until = '2040-01-01' where id = ?", [licenseId]);
        await write('delete from risk_assessment where entity_id = ?', [otherId]);
        throw new Error('abandoned');
      }),
    ).rejects.toThrow('abandoned');
    await expectRecount();

    // Deletes: the licence, then everything a graded business of the seed has (as an import replacing it would).
    await sql('delete from license where id = ?', [licenseId]);
    await expectRecount();
    const [graded] = await sql(
      'select r.entity_id as id from risk_assessment r join license l on l.entity_id = r.entity_id where r.year = 2024 order by r.entity_id limit 1',
    );
    await sql('delete from license where entity_id = ?', [graded!.id]);
    await sql('delete from risk_assessment where entity_id = ?', [graded!.id]);
    await expectRecount([2024]);

    // The migration fills the tables from the records already there: undone and done again, the same figures.
    const migrator = t.orm.getMigrator();
    // Later migrations are undone and done again with it.
    const ours = (await migrator.getExecutedMigrations()).map((m) => m.name).find((n) => n.endsWith('_grading_tally'));
    expect(ours).toBeDefined();
    await migrator.down({ to: ours });
    await migrator.up();
    await expectRecount();
  });

  // SQLite has one writer at a time; PostgreSQL's transactions overlap, and a licence's trigger must not copy a
  // township that a concurrent move of the business is changing (the move cannot see the licence's new year).
  it.runIf(dialect === 'postgresql')(
    'counts a licence in the township a business moves to while the licence is written',
    { timeout: 60_000 },
    async () => {
      const [business] = await sql(
        "select id from entity where township_id = '511902001' and category = 'FOOD_SELLER' order by id limit 1",
      );
      const id = business!.id as string;
      await whileTransactionOpen(
        t.orm,
        async (em) => {
          await em
            .getConnection()
            .execute(
              "insert into license (id, entity_id, kind, number, issued_on, valid_until) values ('concurrent', ?, 'BUSINESS', 'JY15119020000099', '2040-01-01', '2041-12-31')",
              [id],
              'run',
              em.getTransactionContext(),
            );
        },
        () => sql("update entity set township_id = '511902002' where id = ?", [id]),
      );
      await expectRecount([2040, 2041]);
    },
  );
});
