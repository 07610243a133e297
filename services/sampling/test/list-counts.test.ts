import { DEMO_TOWNSHIP_ID } from '@shian/auth';
import { dialects, outsiderReadTests, PARTNER_ROLES, testSubgraph } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import subgraph from '../src/schema';
import { linkedGateway } from './gateway';

/**
 * The samples list reads its totalCount from sample_tally when the whole where (the caller's scope included) is a
 * township, a year and at most one of the tally's axes (src/sample-counts.ts); every total must equal count(*) of
 * the rows the list shows, for the district, for a township officer, and for that officer asking for another
 * township; the other shapes must count the rows; liaisons (a village's, every partner department's) and calls that
 * skip the gateway are refused before anything is counted. The tally follows raw writes of one and of many rows, a
 * write that changes nothing, a rolled-back one, an insert and a delete.
 */
const OTHER_TOWNSHIP = '511902002';
const STATUSES = ['SAMPLED', 'TESTING', 'QUALIFIED', 'UNQUALIFIED', 'RECHECKING', 'DISPOSING', 'DISPOSED', 'PUBLISHED'];

interface Row {
  township_id: string;
  sampled_on: string;
  category: string;
  verdict: string | null;
  status: string;
  plan_id: string;
  food_name: string;
}

type Filter = Record<string, string | number>;

const FIELDS: Record<string, (r: Row, v: string | number) => boolean> = {
  townshipId: (r, v) => r.township_id === v,
  year: (r, v) => r.sampled_on.startsWith(`${v}-`),
  verdict: (r, v) => r.verdict === v,
  category: (r, v) => r.category === v,
  planId: (r, v) => r.plan_id === v,
  status: (r, v) => r.status === v,
  sampledFrom: (r, v) => r.sampled_on >= String(v),
  search: (r, v) => r.food_name.includes(String(v)),
};

describe.each(await dialects())('samples totalCount from the tally, on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true, gateway: linkedGateway });

  const sql = (text: string, params: unknown[] = []) => t.orm.em.fork().getConnection().execute(text, params);

  async function rows(): Promise<Row[]> {
    return (await sql(
      'select township_id, cast(sampled_on as text) as sampled_on, category, verdict, status, plan_id, food_name from sample',
    )) as Row[];
  }

  /** The list's total as `as` sees it, whether it read the tally, and count(*) of its rows. */
  async function check(filter: Filter, as: 'officer' | 'township', tally: boolean, all: Row[]) {
    const scope = as === 'township' ? DEMO_TOWNSHIP_ID : undefined;
    const counted = await t.countStatements(() =>
      t.execute(
        'query ($f: SampleFilter) { samples(first: 1, filter: $f) { totalCount totalCountIsEstimate } }',
        { f: filter },
        { as },
      ),
    );
    expect(counted.result.errors).toBeUndefined();
    const want = all.filter(
      (r) =>
        (scope === undefined || r.township_id === scope) && Object.entries(filter).every(([k, v]) => FIELDS[k]!(r, v)),
    ).length;
    const label = `${as} ${JSON.stringify(filter)}`;
    expect(counted.result.data?.samples, label).toEqual({ totalCount: want, totalCountIsEstimate: false });
    // A first page holding every match knows its total without counting.
    expect(
      counted.sql.some((sql) => sql.includes('sample_tally')),
      label,
    ).toBe(tally && want > 1);
    return want;
  }

  it('equals count(*) of the rows, scoped, with the tally for its shapes only', { timeout: 60_000 }, async () => {
    const all = await rows();
    const category = all[0]!.category;
    const plan = all[0]!.plan_id;
    const year = 2024;
    const tallied: Filter[] = [
      {},
      { year },
      { townshipId: DEMO_TOWNSHIP_ID, year },
      { townshipId: OTHER_TOWNSHIP },
      { verdict: 'UNQUALIFIED', year },
      { verdict: 'QUALIFIED' },
      { category, year, townshipId: DEMO_TOWNSHIP_ID },
      { planId: plan },
      { status: 'TESTING' },
      { status: 'PUBLISHED', year },
      { status: all[0]!.status, townshipId: DEMO_TOWNSHIP_ID, year },
    ];
    for (const filter of tallied) {
      const district = await check(filter, 'officer', true, all);
      // The township officer's scope is one more equality on the same key: still the tally, never more than theirs;
      // another township under their scope matches nothing, and is counted from the rows.
      const own = await check(filter, 'township', filter.townshipId !== OTHER_TOWNSHIP, all);
      expect(own).toBeLessThanOrEqual(district);
      if (filter.townshipId === OTHER_TOWNSHIP) expect(own).toBe(0);
    }
    expect(await check({ townshipId: OTHER_TOWNSHIP }, 'officer', true, all)).toBeGreaterThan(0);
    for (const filter of [
      { verdict: 'UNQUALIFIED', category },
      { status: 'PUBLISHED', verdict: 'QUALIFIED' },
      { status: 'TESTING', category },
      { year, sampledFrom: `${year}-06-01` },
      { year, search: '米' },
    ] as Filter[]) {
      await check(filter, 'officer', false, all);
      await check(filter, 'township', false, all);
    }
  });

  it('follows writes: a sample moved to another township and year, and one deleted', { timeout: 60_000 }, async () => {
    const em = t.orm.em.fork();
    const [moved] = (await em
      .getConnection()
      .execute(
        `select id from sample where township_id = ? and sampled_on >= '2024-01-01' and sampled_on <= '2024-12-31' order by id limit 1`,
        [DEMO_TOWNSHIP_ID],
      )) as { id: string }[];
    await em
      .getConnection()
      .execute(`update sample set township_id = ?, sampled_on = '2023-05-06' where id = ?`, [
        OTHER_TOWNSHIP,
        moved!.id,
      ]);
    await em
      .getConnection()
      .execute(
        `delete from sample where id = (select min(id) from sample where township_id = ? and verdict = 'UNQUALIFIED')`,
        [DEMO_TOWNSHIP_ID],
      );
    const all = await rows();
    await check({ verdict: 'UNQUALIFIED' }, 'township', true, all);
    for (const filter of [
      { townshipId: OTHER_TOWNSHIP, year: 2023 },
      { townshipId: DEMO_TOWNSHIP_ID, year: 2024 },
      {},
    ] as Filter[])
      await check(filter, 'officer', true, all);
    await check({ year: 2024 }, 'township', true, all);
  });
  /** Every status's total, alone and with a year and a township, as the district and as a township officer. */
  async function checkStatuses() {
    const all = await rows();
    for (const status of STATUSES)
      for (const filter of [
        { status },
        { status, year: 2024 },
        { status, townshipId: OTHER_TOWNSHIP },
        { status, townshipId: DEMO_TOWNSHIP_ID, year: 2024 },
      ] as Filter[]) {
        const district = await check(filter, 'officer', true, all);
        const own = await check(filter, 'township', filter.townshipId !== OTHER_TOWNSHIP, all);
        expect(own).toBeLessThanOrEqual(district);
      }
  }

  // Every partner department and a village liaison, and calls that skip the gateway.
  outsiderReadTests(t, 'a status count', {
    query: 'query ($f: SampleFilter) { samples(first: 1, filter: $f) { totalCount } }',
    variables: { f: { status: 'TESTING' } },
    tables: ['sample_tally', 'sample'],
    refused: [...PARTNER_ROLES, 'village'],
  });

  it('follows writes of the status', { timeout: 120_000 }, async () => {
    await checkStatuses();
    // Many rows in one statement, and a row whose status, verdict and township change at once.
    await sql(`update sample set status = 'PUBLISHED' where township_id = ? and status = 'QUALIFIED'`, [
      DEMO_TOWNSHIP_ID,
    ]);
    const [one] = (await sql(
      `select id from sample where township_id = ? and status <> 'TESTING' order by id limit 1`,
      [DEMO_TOWNSHIP_ID],
    )) as { id: string }[];
    await sql(`update sample set status = 'TESTING', verdict = null, township_id = ? where id = ?`, [
      OTHER_TOWNSHIP,
      one!.id,
    ]);
    // A write that leaves the counted columns as they were.
    await sql(`update sample set food_name = food_name || '(改)' where township_id = ?`, [OTHER_TOWNSHIP]);
    await expect(
      t.orm.em.fork().transactional(async (em) => {
        await em
          .getConnection()
          .execute(`update sample set status = 'RECHECKING'`, [], 'run', em.getTransactionContext());
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await checkStatuses();
    // An insert and a delete (a copy: the demo samples are referenced by other records).
    const columns = Object.keys(((await sql('select * from sample limit 1')) as object[])[0]!);
    const copy = columns.map((c) =>
      c === 'id' ? `'copy-1'` : c === 'number' ? `'COPY-1'` : c === 'status' ? `'DISPOSING'` : c,
    );
    await sql(`insert into sample (${columns.join(', ')}) select ${copy.join(', ')} from sample where id = ?`, [
      one!.id,
    ]);
    await checkStatuses();
    await sql(`delete from sample where id = 'copy-1'`);
    await checkStatuses();
  });
});
