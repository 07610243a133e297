import { dialects, testSubgraph } from '@shian/subgraph-kit/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import subgraph from '../src/schema';
import { MINE, OTHER, officialAnswer, riskInput } from './risks.fixtures';

const RISK_FIELDS = `id code title level likelihood severity status version townshipIds
  townships { id } owner { id } businessCategories
  levelHistory { from to likelihood severity reason by }`;
const CREATE = `mutation ($input: RiskInput!) { createRisk(input: $input) { ${RISK_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: RiskInput!) {
  updateRisk(id: $id, version: $version, input: $input) { ${RISK_FIELDS} } }`;
const MATRIX = '{ riskMatrix { likelihoods severities cells updatedAt } }';
const SET_MATRIX = 'mutation ($cells: [[RiskLevel!]!]!) { updateRiskMatrix(cells: $cells) { cells updatedAt } }';
const COUNT = '{ risks { totalCount } }';

const L = 'LOW';
const G = 'GENERAL';
const H = 'HIGH';
const M = 'MAJOR';
const DEFAULT = [
  [L, L, L, L, G],
  [L, L, G, G, H],
  [L, G, G, H, H],
  [L, G, H, H, M],
  [G, H, H, M, M],
];

describe.each(await dialects())('risks on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, gateway: { ShianLinkedOfficial: officialAnswer } });
  const ids = { mine: '', other: '', both: '' };

  beforeAll(async () => {
    const create = async (input: Record<string, unknown>) => {
      const res = await t.execute(CREATE, { input: riskInput(input) });
      expect(res.errors).toBeUndefined();
      return res.data!.createRisk;
    };
    ids.mine = (await create({})).id;
    ids.other = (await create({ townshipIds: [OTHER], ownerId: 'OFF-2', title: '农村集体聚餐报备不全' })).id;
    ids.both = (await create({ townshipIds: [OTHER, MINE], ownerId: null, title: '野生菌误采误食' })).id;
  });

  it('derives the level from the default matrix, codes it from the sequence and writes the first history row', async () => {
    const res = await t.execute(`{ risk(id: "${ids.mine}") { ${RISK_FIELDS} } }`);
    expect(res.errors).toBeUndefined();
    const risk = res.data!.risk;
    expect(risk).toMatchObject({ level: 'HIGH', status: 'ACTIVE', version: 1, owner: { id: 'OFF-1' } });
    expect(risk.code).toMatch(/^FX-\d{4}-001$/);
    expect(risk.levelHistory).toEqual([
      { from: null, to: 'HIGH', likelihood: 3, severity: 4, reason: '登记', by: '李执法' },
    ]);
    const matrix = await t.execute(MATRIX, {}, { as: 'township' });
    expect(matrix.data?.riskMatrix).toEqual({ likelihoods: 5, severities: 5, cells: DEFAULT, updatedAt: null });
  });

  it('lists risks per role: bureau all, township its own (also shared ones), partners and anonymous refused', async () => {
    const list = '{ risks(first: 100) { totalCount nodes { id } } }';
    const all = await t.execute(list, {}, { as: 'admin' });
    expect(all.data?.risks.totalCount).toBe(3);
    const mine = await t.execute(list, {}, { as: 'township' });
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.risks.nodes.map((n: { id: string }) => n.id).sort()).toEqual([ids.mine, ids.both].sort());
    // A filter can only narrow the scope: asking for the other township still gives only the shared risk.
    const asked = await t.execute(
      `{ risks(filter: { townshipId: "${OTHER}" }) { nodes { id } } }`,
      {},
      { as: 'township' },
    );
    expect(asked.data?.risks.nodes).toEqual([{ id: ids.both }]);
    const byId = await t.execute(`{ risk(id: "${ids.other}") { id } }`, {}, { as: 'township' });
    expect(byId.data?.risk).toBeNull();
    expect(byId.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const partner of ['police', 'education', 'agriculture']) {
      const res = await t.execute(list, {}, { as: partner });
      expect(res.errors?.[0]?.extensions?.code, partner).toBe('FORBIDDEN');
      const one = await t.execute(`{ risk(id: "${ids.mine}") { id } }`, {}, { as: partner });
      expect(one.errors?.[0]?.extensions?.code, partner).toBe('FORBIDDEN');
      expect((await t.execute(MATRIX, {}, { as: partner })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await t.execute(list, {}, { as: null });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const filtered = await t.execute(
      '{ risks(filter: { level: HIGH, category: CAMPUS, search: "进货查验" }) { totalCount } }',
    );
    expect(filtered.data?.risks.totalCount).toBe(1);
  });

  it('refuses bad input naming the field, in Chinese, and writes nothing', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ title: '  ' }, 'title', '风险名称不能为空'],
      [{ likelihood: 6 }, 'likelihood', '可能性应为 1 到 5 的整数'],
      [{ severity: 0 }, 'severity', '严重程度应为 1 到 5 的整数'],
      [{ townshipIds: [] }, 'townshipIds', '至少选择一个乡镇(街道)'],
      [{ townshipIds: ['5119'] }, 'townshipIds', '乡镇(街道)代码应为 9 位数字'],
      [{ ownerDepartment: '' }, 'ownerDepartment', '至少选择一个部门'],
      [{ ownerId: 'OFF-404' }, 'ownerId', '包保干部'],
    ];
    for (const [input, field, message] of cases) {
      const res = await t.execute(CREATE, { input: riskInput(input) });
      expect(res.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(res.errors?.[0]?.message, field).toContain(message);
    }
    expect((await t.execute(COUNT)).data?.risks.totalCount).toBe(3);
  });

  it('keeps writes inside the township officer’s township', async () => {
    const outside = await t.execute(CREATE, { input: riskInput({ townshipIds: [OTHER] }) }, { as: 'township' });
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // An official of another township is unknown to the township officer (the entities subgraph says FORBIDDEN).
    const official = await t.execute(CREATE, { input: riskInput({ ownerId: 'OFF-2' }) }, { as: 'township' });
    expect(official.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ownerId' });
    // A risk shared with another township is not the township officer's to edit alone.
    const shared = await t.execute(UPDATE, { id: ids.both, version: 1, input: riskInput() }, { as: 'township' });
    expect(shared.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const partner = await t.execute(CREATE, { input: riskInput() }, { as: 'police' });
    expect(partner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.execute(COUNT)).data?.risks.totalCount).toBe(3);
  });

  it('records a level change on update, none when the level stays, and refuses a stale version', async () => {
    const same = await t.execute(UPDATE, {
      id: ids.other,
      version: 1,
      input: riskInput({ townshipIds: [OTHER], ownerId: 'OFF-2', likelihood: 4, severity: 3 }),
    });
    expect(same.errors).toBeUndefined();
    expect(same.data?.updateRisk).toMatchObject({ level: 'HIGH', version: 2 });
    expect(same.data?.updateRisk.levelHistory).toHaveLength(1);
    const raised = await t.execute(UPDATE, {
      id: ids.other,
      version: 2,
      input: riskInput({ townshipIds: [OTHER], ownerId: 'OFF-2', likelihood: 5, severity: 5, reason: '复评' }),
    });
    expect(raised.errors).toBeUndefined();
    expect(raised.data?.updateRisk.levelHistory.at(-1)).toEqual({
      from: 'HIGH',
      to: 'MAJOR',
      likelihood: 5,
      severity: 5,
      reason: '复评',
      by: '李执法',
    });
    const stale = await t.execute(UPDATE, { id: ids.other, version: 2, input: riskInput({ townshipIds: [OTHER] }) });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0]?.message).toContain('第 2 版');
    const after = await t.execute(`{ risk(id: "${ids.other}") { level version levelHistory { to } } }`);
    expect(after.data?.risk).toMatchObject({ level: 'MAJOR', version: 3 });
    expect(after.data?.risk.levelHistory).toHaveLength(2);
  });

  it('lets only leaders change the matrix, refuses a bad one, and recomputes levels with history rows', async () => {
    const raised = DEFAULT.map((row) => row.map((level) => (level === H ? M : level)));
    for (const as of ['officer', 'township', 'police']) {
      const res = await t.execute(SET_MATRIX, { cells: raised }, { as });
      expect(res.errors?.[0]?.extensions?.code, as).toBe('FORBIDDEN');
    }
    const small = await t.execute(SET_MATRIX, { cells: raised.slice(0, 4) }, { as: 'admin' });
    expect(small.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cells' });
    const falling = raised.map((row) => [...row]);
    falling[4]![4] = L;
    const bad = await t.execute(SET_MATRIX, { cells: falling }, { as: 'admin' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cells' });
    expect((await t.execute(MATRIX)).data?.riskMatrix.updatedAt).toBeNull();

    const res = await t.execute(SET_MATRIX, { cells: raised }, { as: 'admin' });
    expect(res.errors).toBeUndefined();
    const mine = (await t.execute(`{ risk(id: "${ids.mine}") { level levelHistory { from to reason by } } }`)).data!
      .risk;
    expect(mine.level).toBe('MAJOR');
    expect(mine.levelHistory.at(-1)).toEqual({ from: 'HIGH', to: 'MAJOR', reason: '风险矩阵调整', by: '王局长' });
    // Already MAJOR: no row.
    const other = (await t.execute(`{ risk(id: "${ids.other}") { levelHistory { to } } }`)).data!.risk;
    expect(other.levelHistory).toHaveLength(2);
    // New risks take the new matrix.
    const created = await t.execute(CREATE, { input: riskInput({ likelihood: 3, severity: 4 }) });
    expect(created.data?.createRisk.level).toBe('MAJOR');
    const back = await t.execute(SET_MATRIX, { cells: DEFAULT }, { as: 'admin' });
    expect(back.errors).toBeUndefined();
  });

  it('creates once per Idempotency-Key', async () => {
    const before = (await t.execute(COUNT)).data?.risks.totalCount;
    const key = 'risk-create-1';
    const first = await t.execute(CREATE, { input: riskInput({ title: '冷链食品' }) }, { idempotencyKey: key });
    const again = await t.execute(CREATE, { input: riskInput({ title: '冷链食品' }) }, { idempotencyKey: key });
    expect(again.data?.createRisk.id).toBe(first.data?.createRisk.id);
    expect((await t.execute(COUNT)).data?.risks.totalCount).toBe(before + 1);
  });

  it('reads a page of 10 and of 100 risks with nested fields in the same number of statements', async () => {
    for (let i = 0; i < 12; i++) {
      const res = await t.execute(CREATE, { input: riskInput({ title: `批量风险${i}`, townshipIds: [MINE, OTHER] }) });
      expect(res.errors).toBeUndefined();
    }
    const page = (n: number) =>
      t.countStatements(() =>
        t.execute(
          `{ risks(first: ${n}) { nodes { id townships { id } levelHistory { to } duties { id clock { overdue } } } } }`,
        ),
      );
    const ten = await page(10);
    const hundred = await page(100);
    expect(ten.result.errors).toBeUndefined();
    expect(hundred.result.data?.risks.nodes.length).toBeGreaterThan(10);
    expect(hundred.statements).toBe(ten.statements);
  });
});
