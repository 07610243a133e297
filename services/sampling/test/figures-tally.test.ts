import { addDays, HolidayCalendar, todayInChina } from '@shian/clock';
import { dialects, testSubgraph, whileTransactionOpen } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { Disposal, Sample } from '../src/entities';
import subgraph from '../src/schema';
import { linkedGateway } from './gateway';

/**
 * The work report's sampling figures are read from a tally the database's triggers keep (src/entities/SampleTally.ts).
 * After each write of a series (GraphQL mutations, a state transition, a disposal started and completed, refused and
 * rolled-back writes, raw SQL changing a disposal and moving a sample to another year and township, a sample's id
 * changing, deletes of a disposal and of a sample with its disposal) the figures must equal a recount of the sample
 * and disposal rows, folded here in plain code, for the district and for a township officer.
 */
const FIGURES = `batches unqualified infantFormulaBatches focusBatches disposalsCompleted casesFiled
  byLevel { level batches unqualified } byCategory { category batches unqualified } byMonth { month batches unqualified }
  byVerdict { verdict batches } byFailureKind { kind batches }
  byFocusVariety { variety batches unqualified } byFocusPeriod { period batches unqualified }
  byFocusArea { area batches unqualified }`;

interface Row {
  township_id: string;
  sampled_on: string;
  category: string;
  verdict: string | null;
  failure_kind: string | null;
  focus_variety: string | null;
  focus_period: string | null;
  focus_area: string | null;
  level: string;
}

/** A disposal with its sample's year and township. */
interface DisposalRow {
  township_id: string;
  sampled_on: string;
  completed_on: string | null;
  actions: string;
}

type Counts = Record<string, { batches: number; unqualified: number }>;

/** The figures as the work report states them, counted from the sample and disposal rows themselves. */
function recount(rows: Row[], disposalRows: DisposalRow[], year: number, township?: string) {
  const inScope = (r: { sampled_on: string; township_id: string }) =>
    r.sampled_on.startsWith(`${year}-`) && (township === undefined || r.township_id === township);
  const mine = rows.filter(inScope);
  const completed = disposalRows.filter((d) => inScope(d) && d.completed_on !== null);
  const by = (key: (r: Row) => string | null) => {
    const counts: Counts = {};
    for (const r of mine) {
      const value = key(r);
      if (value === null) continue;
      const entry = counts[value] ?? { batches: 0, unqualified: 0 };
      counts[value] = entry;
      entry.batches++;
      if (r.verdict === 'UNQUALIFIED') entry.unqualified++;
    }
    return counts;
  };
  const present = (counts: Counts, name: string): Record<string, string | number>[] =>
    Object.entries(counts)
      .map(([value, c]): Record<string, string | number> => ({ [name]: value, ...c }))
      .sort((a, b) => String(a[name]).localeCompare(String(b[name])));
  const fixed = (counts: Counts, name: string, values: string[]) =>
    values.map((value) => ({ [name]: value, ...(counts[value] ?? { batches: 0, unqualified: 0 }) }));
  const verdicts = by((r) => r.verdict ?? 'null');
  const months = by((r) => String(Number(r.sampled_on.slice(5, 7))));
  return {
    batches: mine.length,
    unqualified: mine.filter((r) => r.verdict === 'UNQUALIFIED').length,
    infantFormulaBatches: mine.filter((r) => r.category === 'INFANT_FORMULA').length,
    focusBatches: mine.filter((r) => r.focus_variety ?? r.focus_period ?? r.focus_area).length,
    disposalsCompleted: completed.length,
    casesFiled: completed.filter((d) => d.actions.split(',').includes('FILE_CASE')).length,
    byLevel: fixed(
      by((r) => r.level),
      'level',
      ['NATIONAL', 'PROVINCIAL', 'CITY', 'DISTRICT'],
    ),
    byCategory: present(
      by((r) => r.category),
      'category',
    ),
    byMonth: Array.from({ length: 12 }, (_, i) => ({
      month: i + 1,
      ...(months[String(i + 1)] ?? { batches: 0, unqualified: 0 }),
    })),
    byVerdict: ['QUALIFIED', 'UNQUALIFIED', 'null'].map((v) => ({
      verdict: v === 'null' ? null : v,
      batches: verdicts[v]?.batches ?? 0,
    })),
    byFailureKind: present(
      by((r) => (r.verdict === 'UNQUALIFIED' ? r.failure_kind : null)),
      'kind',
    ).map(({ kind, batches }) => ({ kind, batches })),
    variety: by((r) => r.focus_variety),
    period: by((r) => r.focus_period),
    area: by((r) => r.focus_area),
  };
}

const FAILING_ITEMS = [
  {
    name: '毒死蜱',
    measured: '0.086',
    limit: '≤0.02',
    unit: 'mg/kg',
    standard: 'GB 2763-2021',
    failureKind: 'PESTICIDE_VET_RESIDUE',
  },
];

describe.each(await dialects())('the sampling figures kept as samples change, on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true, gateway: linkedGateway });
  const calendar = HolidayCalendar.chinese();
  let sampledOn = addDays(todayInChina(), -40);
  while (!calendar.isWorkingDay(sampledOn)) sampledOn = addDays(sampledOn, -1);
  const year = Number(sampledOn.slice(0, 4));

  /** Compares the report with the recount for the years touched, as the district and as a township officer. */
  async function expectRecount(years: number[]) {
    const rows = (await t.orm.em
      .fork()
      .getConnection()
      .execute(
        `select s.township_id, s.sampled_on, s.category, s.verdict, s.failure_kind, s.focus_variety, s.focus_period,
           s.focus_area, p.level from sample s join sampling_plan p on p.id = s.plan_id`,
      )) as Row[];
    const disposals = (await t.orm.em
      .fork()
      .getConnection()
      .execute(
        `select s.township_id, s.sampled_on, d.completed_on, d.actions from disposal d join sample s on s.id = d.sample_id`,
      )) as DisposalRow[];
    for (const [as, township] of [
      ['officer', undefined],
      ['township', '511902001'],
    ] as const) {
      for (const y of years) {
        const res = await t.execute(`{ workReport(year: ${y}) { sampling { ${FIGURES} } } }`, {}, { as });
        expect(res.errors).toBeUndefined();
        const got = res.data!.workReport.sampling;
        const { variety, period, area, ...want } = recount(rows, disposals, y, township);
        const sortBy = <T extends Record<string, unknown>>(list: T[], key: string) =>
          [...list].sort((a, b) => String(a[key]).localeCompare(String(b[key])));
        expect({
          ...got,
          byCategory: sortBy(got.byCategory, 'category'),
          byFailureKind: sortBy(got.byFailureKind, 'kind'),
          byFocusVariety: undefined,
          byFocusPeriod: undefined,
          byFocusArea: undefined,
        }).toEqual({ ...want, byFocusVariety: undefined, byFocusPeriod: undefined, byFocusArea: undefined });
        for (const [list, counts, key] of [
          [got.byFocusVariety, variety, 'variety'],
          [got.byFocusPeriod, period, 'period'],
          [got.byFocusArea, area, 'area'],
        ] as const) {
          for (const entry of list as Record<string, string | number>[]) {
            const c = counts[entry[key] as string] ?? { batches: 0, unqualified: 0 };
            expect(entry).toEqual({ [key]: entry[key], ...c });
          }
        }
      }
    }
  }

  // Some forty reports and recounts: seconds on a busy machine.
  it('equals a recount after each write, refused and rolled-back ones included', { timeout: 60_000 }, async () => {
    await expectRecount([2024, year]);
    const plan = await t.execute('mutation ($input: PlanInput!) { createSamplingPlan(input: $input) { id } }', {
      input: {
        year,
        level: 'CITY',
        purpose: 'SUPERVISION',
        name: `${year}年市级蔬菜抽检`,
        issuer: '巴中市市场监督管理局',
        categories: ['VEGETABLES', 'FRUIT'],
        quota: 10,
        startsOn: `${year}-01-01`,
        endsOn: `${year}-12-31`,
      },
    });
    expect(plan.errors).toBeUndefined();
    const planId = plan.data!.createSamplingPlan.id;
    const register = await t.execute('mutation ($input: SampleInput!) { registerSample(input: $input) { id } }', {
      input: {
        planId,
        entityId: 'E0087',
        townshipId: '511902001',
        foodName: '豇豆',
        category: 'VEGETABLES',
        batchNumber: '20240101(购进日期)',
        sampledOn,
        samplers: ['李执法', '赵文静'],
        lab: '巴中市食品药品检验检测中心',
      },
    });
    expect(register.errors).toBeUndefined();
    const id = register.data!.registerSample.id;
    await expectRecount([year]);

    // The state transition that moves the figures: to the lab, results, 不合格 (verdict and failure kind).
    const move = 'mutation ($input: MoveSampleInput!) { moveSample(input: $input) { status } }';
    let on = addDays(sampledOn, 1);
    while (!calendar.isWorkingDay(on)) on = addDays(on, 1);
    expect((await t.execute(move, { input: { sampleId: id, to: 'TESTING', on } })).errors).toBeUndefined();
    const results =
      'mutation ($id: ID!, $items: [TestItemInput!]!) { recordTestResults(sampleId: $id, items: $items) { id } }';
    expect((await t.execute(results, { id, items: FAILING_ITEMS })).errors).toBeUndefined();
    const unqualified = await t.execute(move, { input: { sampleId: id, to: 'UNQUALIFIED', on } });
    expect(unqualified.errors).toBeUndefined();
    await expectRecount([year]);

    // Its disposal: started (not yet counted), then completed with 立案 among its actions.
    const started = await t.execute('mutation ($input: DisposalInput!) { startDisposal(input: $input) { id } }', {
      input: { sampleId: id, startedOn: on, actions: ['OFF_SHELF'], quantity: 3 },
    });
    expect(started.errors).toBeUndefined();
    const disposalId = started.data!.startDisposal.id;
    await expectRecount([year]);
    const completed = await t.execute(
      'mutation ($input: CompleteDisposalInput!) { completeDisposal(input: $input) { completedOn } }',
      {
        input: {
          disposalId,
          completedOn: on,
          actions: ['OFF_SHELF', 'FILE_CASE'],
          measures: '已下架3件,已立案',
          caseNumber: '巴州市监罚立〔2026〕98号',
        },
      },
    );
    expect(completed.errors).toBeUndefined();
    await expectRecount([year]);

    // Refused by the rules: nothing written, nothing moved.
    const refused = await t.execute(move, { input: { sampleId: id, to: 'QUALIFIED', on } });
    expect(refused.errors).toBeDefined();
    await expectRecount([year]);

    // Written, then rolled back: the triggers' moves go with the transaction.
    await expect(
      t.orm.em.fork().transactional(async (em) => {
        const sample = await em.findOneOrFail(Sample, id);
        sample.category = 'FRUIT' as Sample['category'];
        sample.sampledOn = '2024-06-01';
        await em.flush();
        const disposal = await em.findOneOrFail(Disposal, disposalId);
        disposal.actionList = 'RECALL';
        disposal.completedOn = null;
        await em.flush();
        throw new Error('abandoned');
      }),
    ).rejects.toThrow('abandoned');
    await expectRecount([2024, year]);

    // Writes that bypass the resolvers: another year and township, focus set, then a delete.
    const connection = t.orm.em.fork().getConnection();
    const [seeded] = (await connection.execute(
      "select id from sample where sampled_on like '2024-%' and township_id = '511902001' order by id limit 1",
    )) as { id: string }[];
    await connection.execute(
      "update sample set sampled_on = '2023-02-03', township_id = '511902002', focus_area = 'CAMPUS' where id = ?",
      [seeded!.id],
    );
    await connection.execute("update sample set focus_variety = 'PRODUCE', focus_period = 'SUMMER_HEAT' where id = ?", [
      id,
    ]);
    await expectRecount([2023, 2024, year]);
    // The disposal's counted columns changing: its actions without 立案, then not completed, then both back.
    await connection.execute("update disposal set actions = 'OFF_SHELF' where id = ?", [disposalId]);
    await expectRecount([year]);
    await connection.execute('update disposal set completed_on = null where id = ?', [disposalId]);
    await expectRecount([year]);
    await connection.execute("update disposal set completed_on = ?, actions = 'OFF_SHELF,FILE_CASE' where id = ?", [
      on,
      disposalId,
    ]);
    // Its sample moved to 2024 and another township, then its id changed (which cascades to the disposal).
    await connection.execute("update sample set sampled_on = '2024-03-04', township_id = '511902002' where id = ?", [
      id,
    ]);
    await expectRecount([2024, year]);
    await connection.execute("update sample set id = 'SMP-TALLY-RENAMED' where id = ?", [id]);
    await expectRecount([2024]);
    await connection.execute(
      "update sample set sampled_on = ?, township_id = '511902001' where id = 'SMP-TALLY-RENAMED'",
      [sampledOn],
    );
    await expectRecount([2024, year]);
    // A completed disposal moved to another sample, then deleted alone.
    const [other] = (await connection.execute(
      `select s.id from sample s where s.sampled_on like '2024-%' and s.township_id = '511902001'
         and not exists (select 1 from disposal d where d.sample_id = s.id) order by s.id limit 1`,
    )) as { id: string }[];
    const [seededDisposal] = (await connection.execute(
      `select d.id, d.sample_id from disposal d join sample s on s.id = d.sample_id
       where d.completed_on is not null and s.sampled_on like '2024-%' and s.township_id = '511902001' order by d.id limit 1`,
    )) as { id: string; sample_id: string }[];
    await connection.execute('update disposal set sample_id = ? where id = ?', [other!.id, seededDisposal!.id]);
    await expectRecount([2024]);
    await connection.execute('delete from disposal where id = ?', [seededDisposal!.id]);
    await expectRecount([2024]);
    // A verdict alone changing (as a 复检 overturning one would).
    await connection.execute(
      "update sample set verdict = 'UNQUALIFIED' where id = (select min(id) from sample where verdict = 'QUALIFIED' and sampled_on like '2024-%')",
    );
    await expectRecount([2024]);
    // A sample deleted with its completed disposal (a cascade): counted neither twice nor left behind.
    await connection.execute("delete from sample where id = 'SMP-TALLY-RENAMED'");
    await expectRecount([year]);
  });

  it('counts a disposal in the year its sample is moved to by a transaction that overlaps it', async () => {
    const connection = t.orm.em.fork().getConnection();
    const [target] = (await connection.execute(
      `select s.id from sample s where s.sampled_on like '2024-%'
         and not exists (select 1 from disposal d where d.sample_id = s.id) order by s.id desc limit 1`,
    )) as { id: string }[];
    // The disposal's transaction stays open while another one moves its sample to 2023: on PostgreSQL the move must
    // wait for it (the trigger reads the sample FOR SHARE), or each trigger would miss the other's row.
    await whileTransactionOpen(
      t.orm,
      async (em) => {
        em.create(Disposal, {
          id: 'DSP-TALLY-RACE',
          sample: em.getReference(Sample, target!.id),
          startedOn: '2024-06-01',
          actionList: 'FILE_CASE',
          caseNumber: 'TALLY-RACE',
          completedOn: '2024-06-02',
        });
        await em.flush();
      },
      () => connection.execute("update sample set sampled_on = '2023-11-12' where id = ?", [target!.id]),
    );
    await expectRecount([2023, 2024]);
  });
});
