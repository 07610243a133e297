import { DEMO_TOWNSHIP_ID } from '@shian/auth';
import { dialects, testSubgraph } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import subgraph from '../src/schema';
import { linkedGateway } from './gateway';

const codes = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  (result.errors ?? []).map((e) => e.extensions?.code);

const VARIETIES = [
  'INFANT_FORMULA_FOCUS',
  'PRODUCE',
  'LIVESTOCK_AQUATIC',
  'CURED_MEAT',
  'OIL',
  'MILK',
  'LIQUOR',
  'DRINKING_WATER',
  'FESTIVE_FOOD',
  'MEALS',
];
const PERIODS = ['SPRING_FESTIVAL', 'DRAGON_BOAT', 'MID_AUTUMN', 'SCHOOL_OPENING', 'SUMMER_HEAT'];
const AREAS = ['CAMPUS', 'RURAL_BANQUET', 'SCENIC_SPOT', 'MARKET', 'URBAN_FRINGE'];
const FIGURES = `sampling { batches focusBatches byFocusVariety { variety batches unqualified }
  byFocusPeriod { period batches unqualified } byFocusArea { area batches unqualified } }`;

/** One query that counts the year's samples of each focus value through the `samples` filter. */
const listCounts = (year: number) => `{
  ${VARIETIES.map((v) => `${v}: samples(filter: { year: ${year}, focusVariety: ${v} }) { totalCount }`).join('\n')}
  ${PERIODS.map((p) => `${p}: samples(filter: { year: ${year}, focusPeriod: ${p} }) { totalCount }`).join('\n')}
  ${AREAS.map((a) => `${a}: samples(filter: { year: ${year}, focusArea: ${a} }) { totalCount }`).join('\n')}
}`;

type Row = { batches: number; unqualified: number };

describe.each(await dialects())('sampling focus on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true, gateway: linkedGateway });

  it('counts 2024 by focus in the database, agreeing with the filtered lists, the 1,847 untouched', async () => {
    for (const as of ['officer', 'township']) {
      const report = await t.execute(`{ workReport(year: 2024) { ${FIGURES} } }`, {}, { as });
      expect(report.errors).toBeUndefined();
      const figures = report.data!.workReport.sampling;
      if (as === 'officer') expect(figures.batches).toBe(1847);
      expect(figures.focusBatches).toBeGreaterThan(0);
      expect(figures.focusBatches).toBeLessThanOrEqual(figures.batches);
      const lists = await t.execute(listCounts(2024), {}, { as });
      expect(lists.errors).toBeUndefined();
      const byValue = new Map<string, number>([
        ...(figures.byFocusVariety as (Row & { variety: string })[]).map((r) => [r.variety, r.batches] as const),
        ...(figures.byFocusPeriod as (Row & { period: string })[]).map((r) => [r.period, r.batches] as const),
        ...(figures.byFocusArea as (Row & { area: string })[]).map((r) => [r.area, r.batches] as const),
      ]);
      for (const [value, { totalCount }] of Object.entries(lists.data! as Record<string, { totalCount: number }>))
        expect(byValue.get(value), `${as} ${value}`).toBe(totalCount);
      if (as === 'officer') {
        for (const value of ['SPRING_FESTIVAL', 'SCHOOL_OPENING', 'MID_AUTUMN', 'CAMPUS', 'RURAL_BANQUET', 'PRODUCE'])
          expect(byValue.get(value), value).toBeGreaterThan(0);
        // The district plan declares its periods, so none of its samples is 端午 (other plans' are).
        const dragon = await t.execute(`{
          declared: samples(filter: { planId: "P2024-QC-01", focusPeriod: DRAGON_BOAT }) { totalCount }
          open: samples(filter: { planId: "P2024-CC-01", focusPeriod: DRAGON_BOAT }) { totalCount } }`);
        expect(dragon.data).toEqual({ declared: { totalCount: 0 }, open: { totalCount: expect.any(Number) } });
        expect(dragon.data!.open.totalCount).toBeGreaterThan(0);
      }
    }
    const scoped = await t.execute(
      '{ samples(first: 100, filter: { year: 2024, focusArea: CAMPUS }) { nodes { townshipId focusArea } } }',
      {},
      { as: 'township' },
    );
    const nodes = scoped.data!.samples.nodes as { townshipId: string; focusArea: string }[];
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n) => n.townshipId === DEMO_TOWNSHIP_ID && n.focusArea === 'CAMPUS')).toBe(true);
  });

  it('filters plans by their declared focus; partners and anonymous callers get nothing', async () => {
    const res = await t.execute(`{
      campus: samplingPlans(filter: { focusArea: CAMPUS, year: 2024 }) { nodes { id focusPeriods focusAreas focusVarieties } }
      dragon: samplingPlans(filter: { focusPeriod: DRAGON_BOAT }) { totalCount }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.campus.nodes).toEqual([
      {
        id: 'P2024-QC-01',
        focusPeriods: ['SPRING_FESTIVAL', 'SCHOOL_OPENING', 'MID_AUTUMN'],
        focusAreas: ['CAMPUS', 'RURAL_BANQUET', 'SCENIC_SPOT'],
        focusVarieties: [],
      },
    ]);
    expect(res.data!.dragon.totalCount).toBe(0);
    for (const query of [
      '{ samples(filter: { focusArea: CAMPUS }) { totalCount } }',
      '{ samplingPlans(filter: { focusArea: CAMPUS }) { totalCount } }',
      `{ workReport(year: 2024) { ${FIGURES} } }`,
    ]) {
      expect(codes(await t.execute(query, {}, { as: 'police' }))).toContain('FORBIDDEN');
      expect(codes(await t.execute(query, {}, { as: null }))).toContain('UNAUTHENTICATED');
    }
  });

  it('sets the focus on a plan and a sample, refusing one that does not fit, writing nothing', async () => {
    const plan = await t.execute(
      'mutation ($input: PlanInput!) { createSamplingPlan(input: $input) { id focusVarieties focusPeriods focusAreas } }',
      {
        input: {
          year: 2026,
          level: 'DISTRICT',
          purpose: 'SUPERVISION',
          name: '2026年巴州区秋季开学校园食品安全专项抽检',
          issuer: '巴中市巴州区市场监督管理局',
          categories: ['VEGETABLES', 'PASTRY'],
          quota: 30,
          startsOn: '2026-08-15',
          endsOn: '2026-10-31',
          focusVarieties: ['PRODUCE', 'FESTIVE_FOOD', 'PRODUCE'],
          focusPeriods: ['SCHOOL_OPENING', 'MID_AUTUMN'],
          focusAreas: ['CAMPUS'],
        },
      },
    );
    expect(plan.errors).toBeUndefined();
    expect(plan.data!.createSamplingPlan).toMatchObject({
      focusVarieties: ['PRODUCE', 'FESTIVE_FOOD'],
      focusPeriods: ['SCHOOL_OPENING', 'MID_AUTUMN'],
      focusAreas: ['CAMPUS'],
    });
    const planId = plan.data!.createSamplingPlan.id;
    const badPlan = await t.execute('mutation ($input: PlanInput!) { createSamplingPlan(input: $input) { id } }', {
      input: {
        year: 2026,
        level: 'DISTRICT',
        purpose: 'SUPERVISION',
        name: '不应写入的计划',
        issuer: '巴中市巴州区市场监督管理局',
        categories: ['VEGETABLES'],
        quota: 3,
        startsOn: '2026-08-15',
        endsOn: '2026-10-31',
        focusVarieties: ['LIQUOR'],
      },
    });
    expect(codes(badPlan)).toEqual(['BAD_USER_INPUT']);
    expect(badPlan.errors![0]!.extensions!.field).toBe('focusVarieties');
    expect(badPlan.errors![0]!.message).toBe('重点品种「白酒及配制酒」不属于计划覆盖的食品类别');

    const REGISTER = `mutation ($input: SampleInput!) { registerSample(input: $input) {
      id focusVariety focusPeriod focusArea } }`;
    const input = (overrides: Record<string, unknown>) => ({
      input: {
        planId,
        entityId: 'E0087',
        foodName: '月饼',
        category: 'PASTRY',
        batchNumber: '20260901A',
        sampledOn: '2026-09-10',
        samplers: ['李执法', '赵文静'],
        lab: '巴中市食品药品检验检测中心',
        ...overrides,
      },
    });
    const count = async () =>
      (await t.execute(`{ samples(filter: { planId: "${planId}" }) { totalCount } }`)).data!.samples.totalCount;
    const refusals: [Record<string, unknown>, string, string][] = [
      [{ focusVariety: 'PRODUCE' }, 'focusVariety', '重点品种「蔬菜水果鲜蛋(食用农产品)」与样品的食品类别不符'],
      [
        { foodName: '面包', focusVariety: 'FESTIVE_FOOD' },
        'focusVariety',
        '「面包」不是节令食品(月饼、粽子、汤圆、元宵)',
      ],
      [{ focusPeriod: 'SPRING_FESTIVAL' }, 'focusPeriod', '抽样日期 2026-09-10 不在重点时段「元旦春节」内'],
      [{ focusArea: 'MARKET' }, 'focusArea', '重点区域「农贸市场」不在抽检计划的重点区域内'],
    ];
    for (const [overrides, field, message] of refusals) {
      const res = await t.execute(REGISTER, input(overrides));
      expect(codes(res), field).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0]!.extensions!.field).toBe(field);
      expect(res.errors![0]!.message).toBe(message);
    }
    expect(await count()).toBe(0);
    const ok = await t.execute(
      REGISTER,
      input({ focusVariety: 'FESTIVE_FOOD', focusPeriod: 'MID_AUTUMN', focusArea: 'CAMPUS' }),
      { as: 'township' },
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.registerSample).toMatchObject({
      focusVariety: 'FESTIVE_FOOD',
      focusPeriod: 'MID_AUTUMN',
      focusArea: 'CAMPUS',
    });
    // The township officer writes only in their own township, focus or not.
    const outside = await t.execute(REGISTER, input({ entityId: 'E0002', focusArea: 'CAMPUS' }), { as: 'township' });
    expect(codes(outside)).toEqual(['BAD_USER_INPUT']);
    expect(outside.errors![0]!.extensions!.field).toBe('entityId');
    expect(await count()).toBe(1);
  });
});
