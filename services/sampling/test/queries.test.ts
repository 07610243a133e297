import { DEMO_TOWNSHIP_ID } from '@shian/auth';
import { dialects, readOnlyDifferences, testSubgraph } from '@shian/subgraph-kit/testing';
import { describe, expect, it, vi } from 'vitest';
import { BATCHES_2024 } from '../seeds/demo-data';
import subgraph from '../src/schema';

const codes = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  (result.errors ?? []).map((e) => e.extensions?.code);

describe.each(await dialects())('sampling subgraph queries on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true });

  it("answers a query's rows of every type as em.find does, without MikroORM's hydration (the kit's read-only path)", async () => {
    expect(await readOnlyDifferences(t.orm)).toEqual([]);
  });

  it('counts 1,847 batches for 2024 with its own queries', async () => {
    const res = await t.execute(`{
      samples(filter: { year: 2024 }) { totalCount }
      workReport(year: 2024) { year sampling { batches unqualified unqualifiedRate infantFormulaBatches infantFormulaCoverage
        disposalsCompleted casesFiled consumerRequests consumerRequestsAnswered
        byLevel { level batches unqualified quota } byFailureKind { kind batches } byMonth { month batches } byCategory { category batches } } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.samples.totalCount).toBe(BATCHES_2024);
    const figures = res.data!.workReport.sampling;
    expect(figures.batches).toBe(BATCHES_2024);
    expect(figures.unqualifiedRate).toBeGreaterThan(0.015);
    expect(figures.unqualifiedRate).toBeLessThan(0.05);
    expect(figures.infantFormulaBatches).toBe(90);
    expect(figures.infantFormulaCoverage).toBe(1);
    expect(figures.disposalsCompleted).toBe(figures.unqualified);
    expect(figures.casesFiled).toBeGreaterThan(0);
    expect(figures.consumerRequestsAnswered).toBe(16);
    const levels = figures.byLevel as { level: string; batches: number; quota: number }[];
    expect(levels.map((l) => l.level).sort()).toEqual(['CITY', 'DISTRICT', 'NATIONAL', 'PROVINCIAL']);
    for (const level of levels) {
      expect(level.batches).toBeGreaterThan(0);
      expect(level.batches).toBe(level.quota);
    }
    expect(levels.reduce((sum, l) => sum + l.batches, 0)).toBe(BATCHES_2024);
    const kinds = (figures.byFailureKind as { kind: string }[]).map((k) => k.kind);
    expect(kinds).toContain('PESTICIDE_VET_RESIDUE');
    expect(kinds).toContain('MICROBIAL');
    expect((figures.byMonth as { batches: number }[]).reduce((sum, m) => sum + m.batches, 0)).toBe(BATCHES_2024);
    expect((figures.byCategory as { category: string }[]).map((c) => c.category)).toEqual(
      expect.arrayContaining([
        'GRAIN_PRODUCTS',
        'MEAT_PRODUCTS',
        'DAIRY',
        'INFANT_FORMULA',
        'VEGETABLES',
        'AQUATIC',
        'CATERING_FOOD',
        'BOTTLED_WATER',
      ]),
    );
  });

  it('has 2024 plans at all four levels whose quotas are met', async () => {
    const res = await t.execute(
      '{ samplingPlans(filter: { year: 2024 }) { totalCount nodes { id level purpose quota progress { sampled reported share } } } }',
    );
    expect(res.errors).toBeUndefined();
    const plans = res.data!.samplingPlans.nodes as {
      level: string;
      quota: number;
      progress: { sampled: number; reported: number; share: number };
    }[];
    expect(new Set(plans.map((p) => p.level)).size).toBe(4);
    expect(plans.reduce((sum, p) => sum + p.quota, 0)).toBe(BATCHES_2024);
    for (const plan of plans) expect(plan.progress).toEqual({ sampled: plan.quota, reported: plan.quota, share: 1 });
  });

  it('filters samples by level, status, category, township, verdict, dates and search', async () => {
    const res = await t.execute(`{
      national: samples(filter: { year: 2024, level: NATIONAL }) { totalCount nodes { plan { level } } }
      unqualified: samples(first: 100, filter: { year: 2024, verdict: UNQUALIFIED }) { totalCount nodes { verdict failureKind disposal { actions completedOn caseNumber } testItems { verdict failureKind } } }
      formula: samples(filter: { category: INFANT_FORMULA }) { totalCount }
      township: samples(first: 100, filter: { townshipId: "511902003", year: 2024 }) { totalCount nodes { townshipId township { id } } }
      march: samples(first: 100, filter: { sampledFrom: "2024-03-01", sampledTo: "2024-03-31" }) { totalCount nodes { sampledOn } }
      published: samples(filter: { year: 2024, status: PUBLISHED }) { totalCount }
      search: samples(filter: { search: "豇豆" }) { totalCount nodes { foodName } }
    }`);
    expect(res.errors).toBeUndefined();
    const d = res.data!;
    expect(d.national.totalCount).toBe(96);
    for (const n of d.national.nodes) expect(n.plan.level).toBe('NATIONAL');
    expect(d.unqualified.totalCount).toBeGreaterThan(20);
    for (const n of d.unqualified.nodes) {
      expect(n.failureKind).toBeTruthy();
      expect(n.disposal.actions.length).toBeGreaterThan(0);
      expect(n.disposal.completedOn).toBeTruthy();
      if (n.disposal.actions.includes('FILE_CASE'))
        expect(n.disposal.caseNumber).toMatch(/^巴州市监罚立〔2024|5〕\d+号$/);
      expect(n.testItems.some((i: { verdict: string }) => i.verdict === 'UNQUALIFIED')).toBe(true);
    }
    expect(d.formula.totalCount).toBeGreaterThanOrEqual(90);
    expect(d.township.totalCount).toBeGreaterThan(0);
    for (const n of d.township.nodes) expect(n).toEqual({ townshipId: '511902003', township: { id: '511902003' } });
    for (const n of d.march.nodes) expect(n.sampledOn >= '2024-03-01' && n.sampledOn <= '2024-03-31').toBe(true);
    expect(d.published.totalCount).toBeGreaterThan(1000);
    expect(d.search.totalCount).toBeGreaterThan(0);
    for (const n of d.search.nodes) expect(n.foodName).toContain('豇豆');
  });

  it('filters by the overdue flag, computed from the clocks', async () => {
    const res = await t.execute(`{ all: samples { totalCount }
      overdue: samples(first: 100, filter: { overdue: true }) { totalCount nodes { overdue status clocks { duty status } } }
      onTime: samples(filter: { overdue: false }) { totalCount } }`);
    expect(res.errors).toBeUndefined();
    const { all, overdue, onTime } = res.data!;
    expect(overdue.totalCount + onTime.totalCount).toBe(all.totalCount);
    for (const n of overdue.nodes) {
      expect(n.overdue).toBe(true);
      expect(
        n.clocks.some((c: { duty: string; status: string }) => c.duty === 'BUREAU' && c.status === 'OVERDUE'),
      ).toBe(true);
    }
  });

  it('pages with first/after and refuses first > 100', async () => {
    const query =
      'query ($after: String) { samples(first: 50, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }';
    const one = await t.execute(query);
    const two = await t.execute(query, { after: one.data!.samples.pageInfo.endCursor });
    const ids = [...one.data!.samples.nodes, ...two.data!.samples.nodes].map((n: { id: string }) => n.id);
    expect(new Set(ids).size).toBe(100);
    expect(codes(await t.execute('{ samples(first: 101) { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
  });

  it('shows each sample’s clocks, timeline and test items', async () => {
    const list = await t.execute(
      '{ samples(first: 1, filter: { year: 2024, verdict: UNQUALIFIED, status: PUBLISHED }) { nodes { id } } }',
    );
    const id = list.data!.samples.nodes[0].id;
    const res = await t.execute(
      `query ($id: ID!) { sample(id: $id) { id status overdue backupKeptUntil nextStatuses
        clocks { code name period deadline remaining status overdue duty source completedOn }
        events { fromStatus toStatus label happenedOn recordedBy }
        testItems { name measured limit unit standard verdict } } }`,
      { id },
    );
    expect(res.errors).toBeUndefined();
    const sample = res.data!.sample;
    expect(sample.overdue).toBe(false);
    expect(sample.nextStatuses).toEqual([]);
    const codesOf = sample.clocks.map((c: { code: string }) => c.code);
    expect(codesOf).toEqual(expect.arrayContaining(['SAMPLE_TO_LAB', 'LAB_REPORT', 'RECHECK_APPLICATION', 'DISPOSAL']));
    const lab = sample.clocks.find((c: { code: string }) => c.code === 'SAMPLE_TO_LAB');
    expect(lab).toMatchObject({ name: '样品送检期限', period: '5个工作日', duty: 'BUREAU', remaining: null });
    expect(['MET', 'LATE']).toContain(lab.status);
    expect(sample.events[0]).toMatchObject({ fromStatus: null, toStatus: 'SAMPLED', label: '登记抽样' });
    expect(sample.events.at(-1).toStatus).toBe('PUBLISHED');
    expect(sample.backupKeptUntil).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('resolves a list with nested fields in the same number of statements for 10 or 100 samples', async () => {
    const query = (
      n: number,
      filter = '{}',
    ) => `{ samples(first: ${n}, filter: ${filter}) { totalCount nodes { id foodName status
      entity { id } township { id } plan { name level } testItems { name verdict } events { toStatus } recheck { lab }
      objections { status } disposal { actions clock { deadline status } } consumerRequest { title samples { id } }
      clocks { code deadline status } overdue } } }`;
    const ten = await t.countStatements(() => t.execute(query(10)));
    const hundred = await t.countStatements(() => t.execute(query(100)));
    expect(hundred.result.errors).toBeUndefined();
    expect(hundred.result.data!.samples.nodes).toHaveLength(100);
    expect(hundred.statements).toBeLessThanOrEqual(ten.statements + 2);
    // Every sample of the 你点我检 plan answers a request: the same fields are present in a page of 10 and of 60.
    const special = '{ planId: "P2024-QC-04" }';
    const few = await t.countStatements(() => t.execute(query(10, special)));
    const all = await t.countStatements(() => t.execute(query(60, special)));
    expect(all.result.data!.samples.nodes).toHaveLength(60);
    // The 60 are the whole plan: the last page knows its total without counting, so it may cost one less.
    expect(all.statements).toBeLessThanOrEqual(few.statements);
    expect(all.statements).toBeLessThanOrEqual(13);
  });

  it('contributes samples to Entity and Township references, batched', async () => {
    const refs = Array.from({ length: 40 }, (_, i) => ({
      __typename: 'Entity',
      id: `E${String(i + 49).padStart(4, '0')}`,
    }));
    const entities = await t.countStatements(() =>
      t.execute(
        'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Entity { id samples(first: 5) { totalCount nodes { id entity { id } } } } } }',
        {
          r: refs,
        },
      ),
    );
    expect(entities.result.errors).toBeUndefined();
    const found = entities.result.data!._entities as {
      id: string;
      samples: { totalCount: number; nodes: { entity: { id: string } }[] };
    }[];
    expect(found.some((e) => e.samples.totalCount > 0)).toBe(true);
    for (const e of found) for (const n of e.samples.nodes) expect(n.entity.id).toBe(e.id);
    // One statement windows every entity's samples (5 + 1 each, in the database); totalCount adds one grouped count.
    expect(entities.statements).toBe(2);
    expect(entities.sql[0]).toMatch(/row_number\(\) over \(partition by/i);
    const withoutCount = await t.countStatements(() =>
      t.execute(
        'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Entity { samples(first: 5) { nodes { id } pageInfo { hasNextPage } } } } }',
        { r: refs },
      ),
    );
    expect(withoutCount.result.errors).toBeUndefined();
    expect(withoutCount.statements).toBe(1);
    const pages = withoutCount.result.data!._entities as {
      samples: { nodes: unknown[]; pageInfo: { hasNextPage: boolean } };
    }[];
    expect(pages.every((e) => e.samples.nodes.length <= 5)).toBe(true);
    expect(pages.some((e) => e.samples.pageInfo.hasNextPage)).toBe(true);
    const townships = await t.execute(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Township { id samples(filter: { year: 2024 }) { totalCount } } } }',
      {
        r: Array.from({ length: 22 }, (_, i) => ({
          __typename: 'Township',
          id: `511902${String(i + 1).padStart(3, '0')}`,
        })),
      },
    );
    const total = (townships.data!._entities as { samples: { totalCount: number } }[]).reduce(
      (sum, t) => sum + t.samples.totalCount,
      0,
    );
    expect(total).toBe(BATCHES_2024);
  });

  it("pages each plan's samples in the database, one statement for a page of plans", async () => {
    const query = `{ samplingPlans(first: 20, filter: { year: 2024 }) { nodes { id
      samples(first: 2) { nodes { id plan { id } } pageInfo { hasNextPage } } } } }`;
    const { result, sql } = await t.countStatements(() => t.execute(query));
    expect(result.errors).toBeUndefined();
    const plans = result.data!.samplingPlans.nodes as {
      id: string;
      samples: { nodes: { plan: { id: string } }[]; pageInfo: { hasNextPage: boolean } };
    }[];
    expect(plans.length).toBeGreaterThan(1);
    for (const plan of plans) {
      expect(plan.samples.nodes.length).toBeLessThanOrEqual(2);
      for (const node of plan.samples.nodes) expect(node.plan.id).toBe(plan.id);
    }
    expect(plans.some((plan) => plan.samples.pageInfo.hasNextPage)).toBe(true);
    expect(sql.filter((statement) => /row_number\(\) over/i.test(statement))).toHaveLength(1);
  });

  it('confines a township officer to the samples of their township', async () => {
    const own = await t.execute('{ samples(first: 100) { totalCount nodes { townshipId } } }', {}, { as: 'township' });
    expect(own.errors).toBeUndefined();
    expect(own.data!.samples.totalCount).toBeGreaterThan(0);
    for (const n of own.data!.samples.nodes) expect(n.townshipId).toBe(DEMO_TOWNSHIP_ID);
    const other = await t.execute('{ samples(first: 1, filter: { townshipId: "511902005" }) { nodes { id } } }');
    const id = other.data!.samples.nodes[0].id;
    expect(codes(await t.execute(`{ sample(id: "${id}") { id } }`, {}, { as: 'township' }))).toEqual(['FORBIDDEN']);
    const neighbour = await t.execute(
      '{ _entities(representations: [{ __typename: "Township", id: "511902005" }]) { ... on Township { samples { totalCount } } } }',
      {},
      { as: 'township' },
    );
    expect(neighbour.data!._entities[0].samples.totalCount).toBe(0);
    const figures = await t.execute('{ workReport(year: 2024) { sampling { batches } } }', {}, { as: 'township' });
    expect(figures.data!.workReport.sampling.batches).toBeLessThan(BATCHES_2024);
  });

  it('estimates a total above the limit, of the rows in scope only', async () => {
    // PostgreSQL's estimate comes from its statistics, as autovacuum would keep them.
    if (dialect === 'postgresql') await t.orm.em.getConnection().execute('analyze sample');
    const COUNT = 'query($f: SampleFilter) { samples(first: 1, filter: $f) { totalCount totalCountIsEstimate } }';
    // A date range is not in sample_tally (src/sample-counts.ts): these rows are counted, capped and estimated.
    const since = { sampledFrom: '2000-01-01' };
    const all = (await t.execute(COUNT, { f: since })).data!.samples;
    const own = (await t.execute(COUNT, { f: { ...since, townshipId: DEMO_TOWNSHIP_ID } })).data!.samples;
    expect([all.totalCountIsEstimate, own.totalCountIsEstimate]).toEqual([false, false]);
    expect(own.totalCount).toBeLessThan(all.totalCount / 2);
    try {
      vi.stubEnv('SHIAN_EXACT_COUNT_LIMIT', String(own.totalCount));
      expect((await t.execute(COUNT, { f: since }, { as: 'township' })).data!.samples).toEqual({
        totalCount: own.totalCount,
        totalCountIsEstimate: false,
      });
      expect((await t.execute(COUNT, { f: since })).data!.samples.totalCountIsEstimate).toBe(true);
      // The same rows without the range are the tally's: exact above the limit.
      expect((await t.execute(COUNT)).data!.samples).toEqual({
        totalCount: all.totalCount,
        totalCountIsEstimate: false,
      });

      // Above the limit the township officer's estimate is of their own township's rows, not the district's.
      vi.stubEnv('SHIAN_EXACT_COUNT_LIMIT', String(Math.floor(own.totalCount / 4)));
      const estimated = (await t.execute(COUNT, { f: since }, { as: 'township' })).data!.samples;
      expect(estimated.totalCountIsEstimate).toBe(true);
      expect(estimated.totalCount).toBeGreaterThan(own.totalCount / 4);
      expect(estimated.totalCount).toBeLessThan((own.totalCount + all.totalCount) / 2);
      const neighbour = await t.execute(
        '{ _entities(representations: [{ __typename: "Township", id: "511902005" }]) { ... on Township { samples { totalCount totalCountIsEstimate } } } }',
        {},
        { as: 'township' },
      );
      expect(neighbour.data!._entities[0].samples).toEqual({ totalCount: 0, totalCountIsEstimate: false });
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('refuses partners and anonymous callers', async () => {
    expect(codes(await t.execute('{ samples { totalCount } }', {}, { as: 'police' }))).toEqual(['FORBIDDEN']);
    expect(codes(await t.execute('{ samplingPlans { totalCount } }', {}, { as: 'agriculture' }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(codes(await t.execute('{ samples { totalCount } }', {}, { as: null }))).toEqual(['UNAUTHENTICATED']);
    // The calendar is every clock's, partners' included (enforcement reads it with the caller's token).
    expect((await t.execute('{ calendarOverrides { date } }', {}, { as: 'police' })).errors).toBeUndefined();
  });

  it('tests every infant formula batch on sale (批批检)', async () => {
    const res = await t.execute(`{ infantFormulaCoverage(year: 2024) { batchesOnSale batchesTested coverage }
      infantFormulaBatches(first: 5, filter: { year: 2024, tested: false }) { totalCount }
      tested: infantFormulaBatches(first: 3, filter: { year: 2024 }) { nodes { brand stage entity { id } sample { category status } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.infantFormulaCoverage).toEqual({ batchesOnSale: 90, batchesTested: 90, coverage: 1 });
    expect(res.data!.infantFormulaBatches.totalCount).toBe(0);
    for (const n of res.data!.tested.nodes) expect(n.sample.category).toBe('INFANT_FORMULA');
  });

  it('lists 你点我检 requests with the samples that answered them', async () => {
    const res = await t.execute(
      '{ consumerRequests(first: 30, filter: { year: 2024 }) { totalCount nodes { title votes status reply samples { id consumerRequest { id } } } } }',
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.consumerRequests.nodes as {
      status: string;
      votes: number;
      reply: string;
      samples: unknown[];
    }[];
    expect(nodes.length).toBe(21);
    expect(nodes[0]!.votes).toBeGreaterThanOrEqual(nodes[1]!.votes);
    const answered = nodes.filter((n) => n.status === 'ANSWERED');
    expect(answered).toHaveLength(16);
    expect(answered.reduce((sum, n) => sum + n.samples.length, 0)).toBe(60);
    for (const n of nodes) expect(n.reply).toBeTruthy();
  });

  it('shows the holiday calendar and the clock rules', async () => {
    const res = await t.execute(
      '{ holidayCalendar(year: 2024) { covered workingDays days { date type name edited } } clockRules { code period duty source edited } }',
    );
    expect(res.errors).toBeUndefined();
    const days = res.data!.holidayCalendar.days as { date: string; type: string }[];
    expect(days.find((d) => d.date === '2024-10-12')?.type).toBe('MAKEUP_WORKDAY');
    expect(days.find((d) => d.date === '2024-10-01')?.type).toBe('HOLIDAY');
    expect(res.data!.holidayCalendar.workingDays).toBe(251);
    const rules = res.data!.clockRules as { code: string; period: string }[];
    expect(rules.find((r) => r.code === 'RECHECK_APPLICATION')?.period).toBe('7个工作日');
  });
});
