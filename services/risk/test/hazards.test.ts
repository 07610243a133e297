import { addDays } from '@shian/clock';
import { staticEntityDirectory, todayInChina } from '@shian/subgraph-kit';
import { dialects, fakeLinkedRecord, testSubgraph } from '@shian/subgraph-kit/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { Risk, RiskCategory, RiskLevel, toList } from '../src/entities';
import subgraph from '../src/schema';

const MINE = '511902001';
const OTHER = '511902002';
const ENTITIES = staticEntityDirectory([
  { id: 'E-MINE', townshipId: MINE },
  { id: 'E-OTHER', townshipId: OTHER },
]);
const today = todayInChina();

const HAZARD = `id code status version overdue description foundOn rectifyBy rectifiedOn rectifiedNote verifiedBy
  verifiedOn entity { id } township { id } investigation { id code } risk { id } enforcementCase { id }`;
const CREATE_ROUND = `mutation ($input: HazardInvestigationInput!) {
  createHazardInvestigation(input: $input) { id code theme townshipIds townships { id } status version } }`;
const RECORD = `mutation ($input: HazardInput!) { recordHazard(input: $input) { ${HAZARD} } }`;
const RECTIFY = `mutation ($id: ID!, $version: Int!, $on: String!, $note: String!) {
  rectifyHazard(id: $id, version: $version, rectifiedOn: $on, note: $note) { ${HAZARD} } }`;
const VERIFY = `mutation ($id: ID!, $version: Int!) { verifyHazard(id: $id, version: $version) { ${HAZARD} } }`;
const COUNT = '{ hazards { totalCount } hazardInvestigations { totalCount } }';

describe.each(await dialects())('hazard investigations and hazards on %s', (dialect) => {
  const t = testSubgraph(subgraph, {
    dialect,
    entities: ENTITIES,
    gateway: { ShianLinkedCase: fakeLinkedRecord('case', { 'CASE-MINE': MINE, 'CASE-OTHER': OTHER }) },
  });
  const ids = { round: '', mine: '', other: '', overdue: '', risk: '', roundVersion: 0 };
  const counts = async () => (await t.execute(COUNT)).data;

  const record = (input: Record<string, unknown>, as = 'officer') =>
    t.execute(
      RECORD,
      {
        input: {
          investigationId: ids.round,
          description: '冷藏柜温度超标,未做温度记录',
          foundOn: addDays(today, -2),
          rectifyBy: addDays(today, 5),
          ...input,
        },
      },
      { as },
    );

  beforeAll(async () => {
    const round = await t.execute(CREATE_ROUND, {
      input: {
        theme: '校园周边食品安全隐患排查',
        townshipIds: [OTHER, MINE],
        startDate: addDays(today, -30),
        endDate: addDays(today, 30),
      },
    });
    expect(round.errors).toBeUndefined();
    ids.round = round.data?.createHazardInvestigation.id;
    ids.roundVersion = round.data?.createHazardInvestigation.version;
    const em = t.orm.em.fork();
    const risk = Object.assign(new Risk(), {
      id: 'RISK-MINE',
      code: 'FX-2025-901',
      title: '校园食堂冷链',
      hazard: '冷藏不达标',
      source: '排查',
      category: RiskCategory.CAMPUS,
      likelihood: 2,
      severity: 3,
      level: RiskLevel.GENERAL,
      townshipList: toList([MINE]),
      businessCategories: [],
      ownerDepartment: '食品经营安全监管股',
    });
    await em
      .persist([
        risk,
        Object.assign(new Risk(), { ...risk, id: 'RISK-OTHER', code: 'FX-2025-902', townshipList: toList([OTHER]) }),
      ])
      .flush();
    ids.risk = risk.id;
    const mine = await record({ entityId: 'E-MINE', riskId: 'RISK-MINE' }, 'township');
    expect(mine.errors).toBeUndefined();
    ids.mine = mine.data?.recordHazard.id;
    const other = await record({ entityId: 'E-OTHER' });
    expect(other.errors).toBeUndefined();
    ids.other = other.data?.recordHazard.id;
    const overdue = await record({ entityId: 'E-MINE', foundOn: addDays(today, -20), rectifyBy: addDays(today, -1) });
    ids.overdue = overdue.data?.recordHazard.id;
  });

  it('creates a round with a code of its year, its townships sorted, planned', async () => {
    const res = await t.execute(
      `{ hazardInvestigation(id: "${ids.round}") { code townshipIds status hazardCount rectifiedCount } }`,
    );
    expect(res.data?.hazardInvestigation).toMatchObject({
      code: expect.stringMatching(new RegExp(`^PC-${addDays(today, -30).slice(0, 4)}-\\d{3}$`)),
      townshipIds: [MINE, OTHER],
      status: 'PLANNED',
      hazardCount: 3,
      rectifiedCount: 0,
    });
  });

  it("takes a hazard's township from its business, never from the client", async () => {
    const res = await t.execute(`{ hazard(id: "${ids.other}") { township { id } entity { id } code } }`);
    expect(res.data?.hazard.township.id).toBe(OTHER);
    expect(res.data?.hazard.code).toMatch(/^YH-\d{4}-\d{4}$/);
    const before = await counts();
    const disagreeing = await record({ entityId: 'E-MINE', townshipId: OTHER });
    expect(disagreeing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'townshipId' });
    expect(disagreeing.errors?.[0]?.message).toContain('不一致');
    expect(await counts()).toEqual(before);
  });

  it('refuses a township officer a hazard at another township’s business, writing nothing', async () => {
    const before = await counts();
    const res = await record({ entityId: 'E-OTHER' }, 'township');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'entityId' });
    expect(res.errors?.[0]?.message).toContain('不在您的辖区内');
    const claimed = await record({ entityId: 'E-OTHER', townshipId: MINE }, 'township');
    expect(claimed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(before);
  });

  it('refuses a township officer a round of another township, and partners everything', async () => {
    const before = await counts();
    const input = { theme: '排查', townshipIds: [OTHER], startDate: today, endDate: today };
    expect((await t.execute(CREATE_ROUND, { input }, { as: 'township' })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await t.execute(CREATE_ROUND, { input }, { as: 'police' })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await record({ entityId: 'E-MINE' }, 'police')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });

  it('refuses bad input in Chinese, writing nothing', async () => {
    const before = await counts();
    const cases: [Record<string, unknown>, string][] = [
      [{ entityId: 'E-MINE', description: '  ' }, 'description'],
      [{ entityId: 'E-MINE', foundOn: addDays(today, 1) }, 'foundOn'],
      [{ entityId: 'E-MINE', foundOn: addDays(today, -40), rectifyBy: today }, 'foundOn'],
      [{ entityId: 'E-MINE', rectifyBy: addDays(today, -10) }, 'rectifyBy'],
      [{ entityId: 'E-MINE', riskId: 'RISK-OTHER' }, 'riskId'],
      [{ entityId: 'E-MINE', investigationId: 'nope' }, 'investigationId'],
    ];
    for (const [input, field] of cases) {
      const res = await record(input, 'township');
      expect(res.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(res.errors?.[0]?.message, field).toMatch(/[\u4e00-\u9fa5]/);
    }
    const round = await t.execute(CREATE_ROUND, {
      input: { theme: '排查', townshipIds: [MINE], startDate: today, endDate: addDays(today, -1) },
    });
    expect(round.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endDate' });
    expect(await counts()).toEqual(before);
  });

  it("shows a township officer only the hazards at its township's businesses", async () => {
    const list = await t.execute(
      '{ hazards(first: 100) { totalCount nodes { id township { id } } } }',
      {},
      { as: 'township' },
    );
    expect(list.data?.hazards.nodes.map((h: { township: { id: string } }) => h.township.id)).toEqual([MINE, MINE]);
    expect(list.data?.hazards.totalCount).toBe(2);
    const round = await t.execute(
      `{ hazardInvestigation(id: "${ids.round}") { hazardCount hazards { totalCount nodes { id } } } }`,
      {},
      { as: 'township' },
    );
    expect(round.data?.hazardInvestigation.hazardCount).toBe(2);
    expect(round.data?.hazardInvestigation.hazards.nodes.map((h: { id: string }) => h.id)).not.toContain(ids.other);
    const other = await t.execute(`{ hazard(id: "${ids.other}") { id } }`, {}, { as: 'township' });
    expect(other.data?.hazard).toBeNull();
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const filtered = await t.execute(
      `{ hazards(filter: { townshipId: "${OTHER}" }) { totalCount } }`,
      {},
      { as: 'township' },
    );
    expect(filtered.data?.hazards.totalCount).toBe(0);
    const all = await t.execute('{ hazards { totalCount } }', {}, { as: 'officer' });
    expect(all.data?.hazards.totalCount).toBe(3);
  });

  it('refuses partners and anonymous callers the hazard lists', async () => {
    for (const as of ['police', 'education', 'agriculture']) {
      for (const query of ['{ hazards { totalCount } }', '{ hazardInvestigations { totalCount } }']) {
        const res = await t.execute(query, {}, { as });
        expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      }
      const one = await t.execute(`{ hazard(id: "${ids.mine}") { id } }`, {}, { as });
      expect(one.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await t.execute('{ hazards { totalCount } }', {}, { as: null });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('flags a hazard open past its deadline as overdue, and filters by it', async () => {
    const res = await t.execute('{ hazards(filter: { overdue: true }) { nodes { id overdue } } }');
    expect(res.data?.hazards.nodes).toEqual([{ id: ids.overdue, overdue: true }]);
    const notOverdue = await t.execute('{ hazards(filter: { overdue: false }) { totalCount } }');
    expect(notOverdue.data?.hazards.totalCount).toBe(2);
  });

  it('verifies only after rectification, naming both states; keeps who verified and when', async () => {
    const early = await t.execute(VERIFY, { id: ids.mine, version: 1 }, { as: 'township' });
    expect(early.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(early.errors?.[0]?.message).toContain('待整改');
    expect(early.errors?.[0]?.message).toContain('已复核');
    const rectified = await t.execute(
      RECTIFY,
      { id: ids.mine, version: 1, on: today, note: '已更换冷藏柜并建立温度记录' },
      { as: 'township' },
    );
    expect(rectified.errors).toBeUndefined();
    expect(rectified.data?.rectifyHazard).toMatchObject({ status: 'RECTIFIED', rectifiedOn: today, overdue: false });
    const again = await t.execute(RECTIFY, { id: ids.mine, version: 2, on: today, note: '再次' }, { as: 'township' });
    expect(again.errors?.[0]?.message).toContain('已整改');
    const verified = await t.execute(VERIFY, { id: ids.mine, version: 2 }, { as: 'township' });
    expect(verified.errors).toBeUndefined();
    expect(verified.data?.verifyHazard).toMatchObject({
      status: 'VERIFIED',
      verifiedOn: today,
      verifiedBy: expect.any(String),
    });
    const round = await t.execute(`{ hazardInvestigation(id: "${ids.round}") { rectifiedCount } }`);
    expect(round.data?.hazardInvestigation.rectifiedCount).toBe(1);
  });

  it('refuses a stale version with CONFLICT, changing nothing', async () => {
    const res = await t.execute(RECTIFY, { id: ids.overdue, version: 7, on: today, note: '整改' });
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const hazard = await t.execute(`{ hazard(id: "${ids.overdue}") { status version rectifiedNote } }`);
    expect(hazard.data?.hazard).toEqual({ status: 'OPEN', version: 1, rectifiedNote: null });
  });

  it("refuses a township officer's write on another township's hazard", async () => {
    const res = await t.execute(RECTIFY, { id: ids.other, version: 1, on: today, note: '整改' }, { as: 'township' });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const hazard = await t.execute(`{ hazard(id: "${ids.other}") { status version } }`);
    expect(hazard.data?.hazard).toEqual({ status: 'OPEN', version: 1 });
  });

  it('lists a risk’s hazards in the caller’s scope (Risk.hazards)', async () => {
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Risk { id hazards { totalCount nodes { id } } } } }`;
    const res = await t.execute(query, { r: [{ __typename: 'Risk', id: ids.risk }] }, { as: 'township' });
    expect(res.data?._entities[0].hazards).toEqual({ totalCount: 1, nodes: [{ id: ids.mine }] });
    const hazard = await t.execute(`{ hazard(id: "${ids.mine}") { risk { id } } }`, {}, { as: 'township' });
    expect(hazard.data?.hazard.risk).toEqual({ id: ids.risk });
  });

  it('moves a round forward only', async () => {
    const MOVE = `mutation ($id: ID!, $version: Int!, $status: InvestigationStatus!) {
      setHazardInvestigationStatus(id: $id, version: $version, status: $status) { status version } }`;
    const byTownship = await t.execute(
      MOVE,
      { id: ids.round, version: ids.roundVersion, status: 'ONGOING' },
      { as: 'township' },
    );
    expect(byTownship.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const started = await t.execute(MOVE, { id: ids.round, version: ids.roundVersion, status: 'ONGOING' });
    expect(started.errors).toBeUndefined();
    expect(started.data?.setHazardInvestigationStatus.status).toBe('ONGOING');
    const back = await t.execute(MOVE, {
      id: ids.round,
      version: started.data?.setHazardInvestigationStatus.version,
      status: 'PLANNED',
    });
    expect(back.errors?.[0]?.message).toContain('排查中');
    expect(back.errors?.[0]?.message).toContain('计划中');
  });

  it('answers a page of 10 and of 100 hazards with their fields in the same number of statements', async () => {
    const query = `query ($n: Int) { hazardInvestigations { nodes { id hazardCount rectifiedCount hazards(first: $n) { totalCount nodes { id overdue investigation { id } risk { id } } } } } }`;
    const ten = await t.countStatements(() => t.execute(query, { n: 10 }));
    const hundred = await t.countStatements(() => t.execute(query, { n: 100 }));
    expect(ten.result.errors).toBeUndefined();
    expect(hundred.statements).toBe(ten.statements);
  });

  it('adds Entity.hazards to the entities subgraph’s Entity, paged per business, in the caller’s scope', async () => {
    const QUERY = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Entity { id
      hazards(first: 1) { totalCount nodes { id entity { id } } pageInfo { hasNextPage } } } } }`;
    const r = ['E-MINE', 'E-OTHER'].map((id) => ({ __typename: 'Entity', id }));
    const listed = async (entityId: string) =>
      (await t.execute(`{ hazards(filter: { entityId: "${entityId}" }) { totalCount } }`)).data?.hazards.totalCount;
    const [mine, other] = [await listed('E-MINE'), await listed('E-OTHER')];
    expect(mine).toBeGreaterThan(1);
    expect(other).toBeGreaterThan(0);
    const officer = await t.execute(QUERY, { r });
    expect(officer.errors).toBeUndefined();
    const [atMine, atOther] = officer.data?._entities ?? [];
    // A page of one per business, each counting its own hazards: the window is per parent, not over both.
    expect(atMine.hazards).toMatchObject({ totalCount: mine, pageInfo: { hasNextPage: true } });
    expect(atMine.hazards.nodes).toEqual([{ id: expect.any(String), entity: { id: 'E-MINE' } }]);
    expect(atOther.hazards).toMatchObject({ totalCount: other, nodes: [{ entity: { id: 'E-OTHER' } }] });
    // The township officer asking about another township's business gets an empty page, not its hazards.
    const township = await t.execute(QUERY, { r }, { as: 'township' });
    expect(township.errors).toBeUndefined();
    expect(township.data?._entities[0].hazards.totalCount).toBe(mine);
    expect(township.data?._entities[1].hazards).toEqual({ totalCount: 0, nodes: [], pageInfo: { hasNextPage: false } });
    const police = await t.execute(QUERY, { r }, { as: 'police' });
    expect(police.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(police.data?._entities.map((e: { hazards: unknown }) => e.hazards)).toEqual([null, null]);
    const anonymous = await t.execute(QUERY, { r }, { as: null });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
