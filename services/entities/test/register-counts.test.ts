import { DEMO_TOWNSHIP_ID, DEMO_VILLAGE_ID } from '@shian/auth';
import { dialects, outsiderReadTests, testSubgraph } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import subgraph from '../src/schema';

/**
 * The register's list reads its totalCount from register_tally (migration register_tally, src/entity-counts.ts) when
 * the whole where (the caller's scope included) tests only township, category, status and risk grade by equality.
 * Every total must equal count(*) of the rows the list shows, for the district, a township officer (also asking for
 * another township) and a village liaison; other shapes count the rows; the tally follows raw writes of one and of
 * many rows, a write that changes nothing, a rolled-back one and a delete. Partner departments, and calls that skip the
 * gateway, are refused before anything is counted.
 */
const OTHER_TOWNSHIP = '511902002';

interface Row {
  id: string;
  township_id: string;
  village_id: string | null;
  category: string;
  status: string;
  risk_grade: string | null;
  name: string;
}

type Filter = Record<string, string | string[]>;

const FIELDS: Record<string, (r: Row, v: string | string[]) => boolean> = {
  townshipId: (r, v) => r.township_id === v,
  category: (r, v) => r.category === v,
  status: (r, v) => r.status === v,
  riskGrade: (r, v) => r.risk_grade === v,
  villageId: (r, v) => r.village_id === v,
  ids: (r, v) => v.includes(r.id),
};

describe.each(await dialects())('entities totalCount from the tally, on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true });
  const sql = (text: string, params: unknown[] = []) => t.orm.em.fork().getConnection().execute(text, params);
  const rows = async () =>
    (await sql('select id, township_id, village_id, category, status, risk_grade, name from entity')) as Row[];

  async function check(filter: Filter, as: 'officer' | 'township' | 'village', tally: boolean, all: Row[]) {
    const counted = await t.countStatements(() =>
      t.execute(
        'query ($f: EntityFilter) { entities(first: 1, filter: $f) { totalCount totalCountIsEstimate } }',
        { f: filter },
        { as },
      ),
    );
    expect(counted.result.errors).toBeUndefined();
    const township = as === 'officer' ? undefined : DEMO_TOWNSHIP_ID;
    const village = as === 'village' ? DEMO_VILLAGE_ID : undefined;
    const want = all.filter(
      (r) =>
        (township === undefined || r.township_id === township) &&
        (as !== 'village' || r.village_id === village) &&
        Object.entries(filter).every(([k, v]) => FIELDS[k]!(r, v)),
    ).length;
    const label = `${as} ${JSON.stringify(filter)}`;
    expect(counted.result.data?.entities, label).toEqual({ totalCount: want, totalCountIsEstimate: false });
    // A first page holding every match knows its total without counting.
    expect(
      counted.sql.some((s) => s.includes('register_tally')),
      label,
    ).toBe(tally && want > 1);
    return want;
  }

  async function checkAll() {
    const all = await rows();
    const { category } = all.find((r) => r.township_id === DEMO_TOWNSHIP_ID)!;
    for (const filter of [
      {},
      { riskGrade: 'D' },
      { riskGrade: 'A', status: 'OPERATING' },
      { townshipId: DEMO_TOWNSHIP_ID },
      { townshipId: DEMO_TOWNSHIP_ID, category },
      { category },
    ] as Filter[]) {
      const district = await check(filter, 'officer', true, all);
      expect(await check(filter, 'township', true, all)).toBeLessThanOrEqual(district);
      // The village liaison's scope (a village) is not in the tally.
      await check(filter, 'village', false, all);
    }
    expect(await check({ townshipId: OTHER_TOWNSHIP }, 'officer', true, all)).toBeGreaterThan(0);
    // A township officer asking for another township: scope and filter disagree, nothing matches, rows counted.
    expect(await check({ townshipId: OTHER_TOWNSHIP }, 'township', false, all)).toBe(0);
    const village = all.find((r) => r.village_id)!.village_id!;
    for (const filter of [
      { villageId: village },
      { search: '超市' },
      { riskGrade: 'D', search: '店' },
      { ids: all.slice(0, 5).map((r) => r.id) },
    ] as Filter[]) {
      if (filter.search) {
        // The search's own matching (bigrams, names and more) is its file's; here only that the tally is not read.
        const res = await t.countStatements(() =>
          t.execute('query ($f: EntityFilter) { entities(first: 1, filter: $f) { totalCount } }', { f: filter }),
        );
        expect(res.sql.some((s) => s.includes('register_tally'))).toBe(false);
        continue;
      }
      await check(filter, 'officer', false, all);
    }
  }

  outsiderReadTests(t, 'a count from the tally', {
    query: 'query ($f: EntityFilter) { entities(first: 1, filter: $f) { totalCount } }',
    variables: { f: { townshipId: DEMO_TOWNSHIP_ID, riskGrade: 'D' } },
    tables: ['register_tally', 'entity'],
  });

  it('equals count(*) of the rows, scoped, with the tally for its shape only', { timeout: 60_000 }, async () => {
    await checkAll();
  });

  it('follows writes', { timeout: 90_000 }, async () => {
    // Many rows in one statement (PostgreSQL's trigger folds them into one change per tally row).
    await sql(`update entity set risk_grade = 'D' where township_id = ? and (risk_grade is null or risk_grade = 'A')`, [
      DEMO_TOWNSHIP_ID,
    ]);
    await checkAll();
    const [one] = (await rows()).filter((r) => r.township_id === DEMO_TOWNSHIP_ID);
    await sql(`update entity set township_id = ?, status = 'SUSPENDED', risk_grade = null where id = ?`, [
      OTHER_TOWNSHIP,
      one!.id,
    ]);
    // A write that leaves the counted columns as they were.
    await sql(`update entity set name = name || '(改)' where township_id = ?`, [OTHER_TOWNSHIP]);
    await expect(
      t.orm.em.fork().transactional(async (em) => {
        await em
          .getConnection()
          .execute(`update entity set category = 'CATERING', risk_grade = 'B'`, [], 'run', em.getTransactionContext());
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await checkAll();
    // A delete (a business without records that reference it: the demo data's are all referenced, so a copy).
    const columns = Object.keys(((await sql('select * from entity limit 1')) as object[])[0]!);
    const copy = columns.map((c) => (c === 'id' ? `'copy-1'` : c === 'credit_code' ? `'91510000COPY00001X'` : c));
    await sql(`insert into entity (${columns.join(', ')}) select ${copy.join(', ')} from entity where id = ?`, [
      one!.id,
    ]);
    await checkAll();
    await sql(`delete from entity where id = 'copy-1'`);
    await checkAll();
  });
});
