import { DEMO_TOWNSHIP_ID } from '@shian/auth';
import { dialects, readOnlyDifferences, testSubgraph } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import subgraph from '../src/schema';

const codes = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  (result.errors ?? []).map((e) => e.extensions?.code);

describe.each(await dialects())('entities subgraph queries on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true });

  it("answers a query's rows of every type as em.find does, without MikroORM's hydration (the kit's read-only path)", async () => {
    expect(await readOnlyDifferences(t.orm)).toEqual([]);
  });

  it('lists the 22 townships, the demo township first', async () => {
    const res = await t.execute('{ townships { id name kind entityCount } }');
    expect(res.errors).toBeUndefined();
    const townships = res.data!.townships;
    expect(townships).toHaveLength(22);
    expect(townships[0]).toMatchObject({ id: DEMO_TOWNSHIP_ID, name: '东城街道', kind: 'SUBDISTRICT' });
    expect(townships.reduce((sum: number, t: { entityCount: number }) => sum + t.entityCount, 0)).toBeGreaterThan(300);
  });

  it('pages the register with first/after, and refuses first > 100', async () => {
    const query =
      'query ($after: String) { entities(first: 30, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }';
    const one = await t.execute(query);
    expect(one.errors).toBeUndefined();
    expect(one.data!.entities.totalCount).toBeGreaterThanOrEqual(300);
    expect(one.data!.entities.pageInfo.hasNextPage).toBe(true);
    const two = await t.execute(query, { after: one.data!.entities.pageInfo.endCursor });
    const ids = [...one.data!.entities.nodes, ...two.data!.entities.nodes].map((n: { id: string }) => n.id);
    expect(new Set(ids).size).toBe(60);
    const tooMany = await t.execute('{ entities(first: 101) { totalCount } }');
    expect(codes(tooMany)).toEqual(['BAD_USER_INPUT']);
    expect(tooMany.errors![0]!.extensions!.field).toBe('first');
    const bad = await t.execute('{ entities(after: "nonsense") { totalCount } }');
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
  });

  it('filters by township, category, grade, status and search', async () => {
    const res = await t.execute(
      `{ a: entities(first: 100, filter: { townshipId: "511902002", category: FOOD_SELLER }) { totalCount nodes { category township { id } } }
         b: entities(first: 100, filter: { riskGrade: B }) { totalCount nodes { riskGrade } }
         c: entities(filter: { search: "91511902" }) { totalCount }
         d: entities(filter: { search: "豆腐坊" }) { totalCount nodes { name } }
         e: entities(filter: { status: REVOKED }) { totalCount nodes { status } } }`,
    );
    expect(res.errors).toBeUndefined();
    const { a, b, c, d, e } = res.data!;
    expect(a.totalCount).toBeGreaterThan(0);
    for (const node of a.nodes) expect(node).toEqual({ category: 'FOOD_SELLER', township: { id: '511902002' } });
    expect(b.totalCount).toBeGreaterThanOrEqual(45);
    expect(new Set(b.nodes.map((n: { riskGrade: string }) => n.riskGrade))).toEqual(new Set(['B']));
    expect(c.totalCount).toBeGreaterThan(10);
    expect(d.totalCount).toBeGreaterThan(0);
    for (const node of d.nodes) expect(node.name).toContain('豆腐坊');
    for (const node of e.nodes) expect(node.status).toBe('REVOKED');
  });

  it('lists 10 or 100 entities with township, licences and grade in the same number of statements', async () => {
    const query = `query ($n: Int) { entities(first: $n) { nodes { id riskGrade township { id name }
      licenses { number validUntil expired } riskAssessments { year grade } } } }`;
    const ten = await t.countStatements(() => t.execute(query, { n: 10 }));
    const hundred = await t.countStatements(() => t.execute(query, { n: 100 }));
    expect(ten.result.errors).toBeUndefined();
    expect(hundred.result.errors).toBeUndefined();
    expect(hundred.result.data!.entities.nodes).toHaveLength(100);
    expect(hundred.statements).toBe(ten.statements);
    expect(hundred.statements).toBeLessThanOrEqual(5);
  });

  it('resolves nested 包保 without a statement per parent', async () => {
    const query = `query ($n: Int) { officials(first: $n) { nodes { name township { name } assignments { visitsPerYear
      nextVisitDue visitOverdue lastVisitOn entity { name riskGrade } visits { visitedOn official { name } } } } } }`;
    // Both pages hold district leaders (no township) and township officials, so the same fields are asked.
    const few = await t.countStatements(() => t.execute(query, { n: 15 }));
    const many = await t.countStatements(() => t.execute(query, { n: 45 }));
    expect(many.result.errors).toBeUndefined();
    expect(many.statements).toBe(few.statements);
    expect(many.statements).toBeLessThanOrEqual(9);
  });

  it('pages entities under many townships in one batch, the same as under one', async () => {
    const query = `{ townships { id entityCount entities(first: 3, filter: { category: CATERING }) { totalCount nodes { id } pageInfo { hasNextPage } } } }`;
    const all = await t.countStatements(() => t.execute(query));
    expect(all.result.errors).toBeUndefined();
    expect(all.statements).toBeLessThanOrEqual(4);
    const townships = all.result.data!.townships;
    const one = await t.execute(
      '{ township(id: "511902004") { entities(first: 3, filter: { category: CATERING }) { totalCount nodes { id } pageInfo { hasNextPage } } } }',
    );
    expect(townships.find((x: { id: string }) => x.id === '511902004').entities).toEqual(one.data!.township.entities);
    for (const township of townships) expect(township.entities.totalCount).toBeGreaterThan(0);
    const plain = await t.execute('{ notices { totalCount } supervisionRounds { id } officials { totalCount } }');
    expect(plain.errors).toBeUndefined();
    expect(plain.data!.notices.totalCount).toBeGreaterThanOrEqual(28);
    expect(plain.data!.supervisionRounds.length).toBeGreaterThanOrEqual(38);
  });

  it('confines the township officer to township 511902001', async () => {
    const own = await t.execute(
      '{ entities(first: 100) { totalCount nodes { township { id } } } }',
      {},
      { as: 'township' },
    );
    expect(own.errors).toBeUndefined();
    expect(own.data!.entities.totalCount).toBeGreaterThan(0);
    expect(new Set(own.data!.entities.nodes.map((n: { township: { id: string } }) => n.township.id))).toEqual(
      new Set([DEMO_TOWNSHIP_ID]),
    );
    const widened = await t.execute(
      '{ entities(filter: { townshipId: "511902002" }) { totalCount } }',
      {},
      { as: 'township' },
    );
    expect(widened.data!.entities.totalCount).toBe(0);

    const foreign = await t.execute('{ entities(first: 1, filter: { townshipId: "511902002" }) { nodes { id } } }');
    const id = foreign.data!.entities.nodes[0].id;
    const refused = await t.execute('query ($id: ID!) { entity(id: $id) { id } }', { id }, { as: 'township' });
    expect(codes(refused)).toEqual(['FORBIDDEN']);

    const townships = await t.execute(
      '{ townships { id entityCount supervisionRounds { id } notices { id } } notices(first: 100) { nodes { township { id } } } }',
      {},
      { as: 'township' },
    );
    expect(townships.data!.townships).toHaveLength(22);
    const others = townships.data!.townships.filter((x: { id: string }) => x.id !== DEMO_TOWNSHIP_ID);
    expect(
      others.every((x: { entityCount: number; notices: unknown[] }) => x.entityCount === 0 && x.notices.length === 0),
    ).toBe(true);
    expect(new Set(townships.data!.notices.nodes.map((n: { township: { id: string } }) => n.township.id))).toEqual(
      new Set([DEMO_TOWNSHIP_ID]),
    );
  });

  it('refuses partners on every root query and anonymous callers everywhere', async () => {
    for (const query of [
      '{ townships { id } }',
      '{ entities { totalCount } }',
      '{ entity(id: "E0001") { id } }',
      '{ officials { totalCount } }',
      '{ notices { totalCount } }',
      '{ supervisionRounds { id } }',
      '{ gradingRule { aMax } }',
      '{ responsibilityOverview(year: 2024) { leaders } }',
      '{ township(id: "511902001") { name } }',
    ]) {
      expect(codes(await t.execute(query, {}, { as: 'police' })), query).toEqual(['FORBIDDEN']);
      expect(codes(await t.execute(query, {}, { as: null })), query).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('resolves no Entity or Township reference for partners: the register is the bureau’s', async () => {
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) {
      ... on Entity { id name township { name } } ... on Township { id name } } }`;
    const representations = [
      { __typename: 'Entity', id: 'E0001' },
      { __typename: 'Township', id: '511902003' },
      { __typename: 'Entity', id: 'E0002' },
    ];
    const res = await t.execute(query, { r: representations }, { as: 'police' });
    expect(res.data!._entities).toEqual([null, null, null]);
    expect(new Set(codes(res))).toEqual(new Set(['FORBIDDEN']));
  });

  it('reproduces the 2024 figures of the work summary from records', async () => {
    const res = await t.execute(`{
      workReport(year: 2024) {
        responsibility { leaders entitiesCovered visits }
        supervision { townshipsCovered promptLetters batches }
        riskGrading { gradedShare licensed graded }
      }
      responsibilityOverview(year: 2024) { leaders entitiesCovered overdueAssignments officials { level assignments { entity { riskGrade } } } }
      letters: notices(filter: { kind: PROMPT_LETTER, year: 2024 }) { totalCount }
      rounds: supervisionRounds(year: 2024) { township { id } }
    }`);
    expect(res.errors).toBeUndefined();
    const { workReport, responsibilityOverview, letters, rounds } = res.data!;
    expect(workReport.responsibility).toMatchObject({ leaders: 12, entitiesCovered: 45 });
    expect(workReport.responsibility.visits).toBeGreaterThan(500);
    expect(workReport.supervision).toMatchObject({ townshipsCovered: 22, promptLetters: 12 });
    expect(workReport.supervision.batches).toBeGreaterThan(1);
    expect(workReport.riskGrading.gradedShare).toBe(1);
    expect(workReport.riskGrading.licensed).toBeGreaterThan(200);
    expect(responsibilityOverview).toMatchObject({ leaders: 12, entitiesCovered: 45 });
    expect(responsibilityOverview.overdueAssignments).toBeGreaterThan(0);
    expect(responsibilityOverview.officials.every((o: { level: string }) => o.level === 'DISTRICT')).toBe(true);
    const held = responsibilityOverview.officials.flatMap(
      (o: { assignments: { entity: { riskGrade: string } }[] }) => o.assignments,
    );
    expect(held).toHaveLength(45);
    expect(held.every((a: { entity: { riskGrade: string } }) => a.entity.riskGrade === 'B')).toBe(true);
    expect(letters.totalCount).toBe(12);
    expect(new Set(rounds.map((r: { township: { id: string } }) => r.township.id)).size).toBe(22);
  });

  it('shows licences, history and the grading rule', async () => {
    const res = await t.execute(`{ entity(id: "E0001") { name creditCode licenses { kind number expired entity { id } }
      riskAssessments { year grade totalScore staticScore dynamicScore } }
      gradingRule { aMax bMax cMax inspectionsPerYear { grade min max } } }`);
    expect(res.errors).toBeUndefined();
    const { entity, gradingRule } = res.data!;
    expect(entity.licenses[0]).toMatchObject({ kind: 'PRODUCTION', entity: { id: 'E0001' } });
    expect(entity.riskAssessments.map((a: { year: number }) => a.year)).toEqual([2024, 2023]);
    for (const a of entity.riskAssessments) expect(a.totalScore).toBeCloseTo(a.staticScore + a.dynamicScore, 5);
    expect(gradingRule).toMatchObject({ aMax: 30, bMax: 45, cMax: 60 });
    expect(gradingRule.inspectionsPerYear).toContainEqual({ grade: 'D', min: 3, max: 4 });
  });
});
