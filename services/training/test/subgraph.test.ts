import { dialects, readOnlyDifferences, testSubgraph } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import subgraph from '../src/schema';

const FIGURES =
  '{ workReport(year: 2024) { training { sessions participants assessmentBatches resitBatches workshopsUpgraded peopleAssessed peoplePassed byAudience { audience sessions participants } } } }';

describe.each(await dialects())('training subgraph on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true });

  it("answers a query's rows of every type as em.find does, without MikroORM's hydration (the kit's read-only path)", async () => {
    expect(await readOnlyDifferences(t.orm)).toEqual([]);
  });

  const count = async (query: string) => {
    const res = await t.execute(query);
    expect(res.errors).toBeUndefined();
    return Object.values(res.data ?? {})[0].totalCount as number;
  };

  it('counts the 2024 figures from the records', async () => {
    const res = await t.execute(FIGURES);
    expect(res.errors).toBeUndefined();
    const figures = res.data?.workReport.training;
    expect(figures).toMatchObject({
      sessions: 13,
      participants: 2000,
      assessmentBatches: 580,
      resitBatches: 40,
      workshopsUpgraded: 295,
    });
    expect(figures.peoplePassed).toBeLessThan(figures.peopleAssessed);
    expect(figures.byAudience.reduce((sum: number, row: { participants: number }) => sum + row.participants, 0)).toBe(
      2000,
    );
    // The same figures through the lists' own filters.
    expect(await count('{ trainingSessions(filter: { year: 2024 }) { totalCount } }')).toBe(13);
    expect(await count('{ trainingAssessments(filter: { year: 2024 }) { totalCount } }')).toBe(580);
    expect(await count('{ trainingAssessments(filter: { year: 2024, resit: true }) { totalCount } }')).toBe(40);
    const other = (await t.execute('{ workReport(year: 2023) { training { sessions participants } } }')).data
      ?.workReport.training;
    expect(other).toEqual({ sessions: 2, participants: 150 });
  });

  it('lists sessions as a connection with filters', async () => {
    const res = await t.execute(
      '{ trainingSessions(first: 5, filter: { kind: BUSINESS }) { totalCount nodes { id title heldOn audience mode attendeeCount township { id } } pageInfo { hasNextPage endCursor } } }',
    );
    expect(res.errors).toBeUndefined();
    const { totalCount, nodes, pageInfo } = res.data!.trainingSessions;
    expect(totalCount).toBe(15);
    expect(nodes).toHaveLength(5);
    expect(nodes[0].heldOn).toBe('2024-12-05');
    expect(pageInfo.hasNextPage).toBe(true);
    const online = await t.execute(
      '{ trainingSessions(filter: { mode: ONLINE, audience: SCHOOL_CANTEEN }) { nodes { title mode } } }',
    );
    expect(online.data?.trainingSessions.nodes).toEqual([
      { title: '学校食堂"互联网+明厨亮灶"应用培训(线上)', mode: 'ONLINE' },
    ]);
    const search = await t.execute('{ trainingSessions(filter: { search: "提档升级" }) { totalCount } }');
    expect(search.data?.trainingSessions.totalCount).toBe(2);
    const tooMany = await t.execute('{ trainingSessions(first: 101) { totalCount } }');
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('scopes attendance to the township officer’s township and refuses partners', async () => {
    const all = await count('{ attendances { totalCount } }');
    const mine = await t.execute(
      '{ attendances(first: 100) { totalCount nodes { townshipId } } }',
      {},
      { as: 'township' },
    );
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.attendances.totalCount).toBeGreaterThan(0);
    expect(mine.data?.attendances.totalCount).toBeLessThan(all);
    expect(new Set(mine.data?.attendances.nodes.map((n: { townshipId: string }) => n.townshipId))).toEqual(
      new Set(['511902001']),
    );
    const other = await t.execute(
      '{ attendances(filter: { townshipId: "511902002" }) { totalCount } }',
      {},
      { as: 'township' },
    );
    expect(other.data?.attendances.totalCount).toBe(0);
    const figures = await t.execute(
      '{ workReport(year: 2024) { training { sessions participants } } }',
      {},
      { as: 'township' },
    );
    expect(figures.data?.workReport.training.sessions).toBe(13);
    expect(figures.data?.workReport.training.participants).toBeLessThan(2000);
    for (const query of [
      '{ trainingSessions { totalCount } }',
      '{ attendances { totalCount } }',
      '{ workReport(year: 2024) { training { sessions } } }',
    ]) {
      const partner = await t.execute(query, {}, { as: 'police' });
      expect(partner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const anonymous = await t.execute(query, {}, { as: null });
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('records an attendance sheet all or nothing', async () => {
    const session = (
      await t.execute('{ trainingSessions(first: 1, filter: { kind: BUSINESS }) { nodes { id attendeeCount } } }')
    ).data?.trainingSessions.nodes[0];
    const mutation =
      'mutation ($id: ID!, $rows: [AttendanceInput!]!) { recordAttendance(sessionId: $id, entries: $rows) { id personName session { id } entity { id } } }';
    // E0049 is a business of the township officer's 511902001; E0050 one of 511902002.
    const row = (personName: string, entityId = 'E0049') => ({
      entityId,
      personName,
      jobTitle: '生产人员',
    });
    const duplicate = await t.execute(mutation, {
      id: session.id,
      rows: [row('测试甲'), row('测试乙'), row('测试甲')],
    });
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personName' });
    expect(duplicate.errors?.[0]?.message).toContain('第 3 行');
    const blank = await t.execute(mutation, {
      id: session.id,
      rows: [row('测试丙'), { ...row('测试丁'), jobTitle: ' ' }],
    });
    expect(blank.errors?.[0]?.extensions?.field).toBe('jobTitle');
    const foreign = await t.execute(
      mutation,
      { id: session.id, rows: [row('测试戊'), row('测试己', 'E0050')] },
      { as: 'township' },
    );
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'entityId' });
    expect(foreign.errors?.[0]?.message).toBe('主体 E0050 不存在或不在您的辖区内');
    expect(await count(`{ attendances(filter: { sessionId: "${session.id}" }) { totalCount } }`)).toBe(
      session.attendeeCount,
    );

    const ok = await t.execute(mutation, { id: session.id, rows: [row('测试甲'), row('测试乙')] }, { as: 'township' });
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.recordAttendance).toHaveLength(2);
    const again = await t.execute(mutation, { id: session.id, rows: [row('测试乙')] });
    expect(again.errors?.[0]?.message).toContain('已签到');
    expect(await count(`{ attendances(filter: { sessionId: "${session.id}" }) { totalCount } }`)).toBe(
      session.attendeeCount + 2,
    );
  });

  it('records assessments and re-sits, refusing what the rules refuse', async () => {
    const mutation =
      'mutation ($input: TrainingAssessmentInput!) { recordTrainingAssessment(input: $input) { id failed isResit outstanding resitOf { id } } }';
    const base = { entityId: 'E0401', townshipId: '511902013', assessedOn: '2024-12-10', examiner: '蒲海燕' };
    const before = await count('{ trainingAssessments { totalCount } }');
    const tooMany = await t.execute(mutation, { input: { ...base, assessed: 3, passed: 4 } });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'passed' });
    const badDate = await t.execute(mutation, { input: { ...base, assessed: 3, passed: 1, assessedOn: '2024-02-30' } });
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await count('{ trainingAssessments { totalCount } }')).toBe(before);

    const first = await t.execute(mutation, { input: { ...base, assessed: 4, passed: 2 } });
    expect(first.data?.recordTrainingAssessment).toMatchObject({ failed: 2, isResit: false, outstanding: 2 });
    const firstId = first.data?.recordTrainingAssessment.id;
    const crowded = await t.execute(mutation, {
      input: { ...base, assessedOn: '2024-12-20', assessed: 3, passed: 3, resitOfId: firstId },
    });
    expect(crowded.errors?.[0]?.message).toBe('补考人数(3)不能多于尚未通过的人数(2)');
    const resit = await t.execute(mutation, {
      input: { ...base, assessedOn: '2024-12-20', assessed: 2, passed: 2, resitOfId: firstId },
    });
    expect(resit.data?.recordTrainingAssessment).toMatchObject({ isResit: true, resitOf: { id: firstId } });
    const after = await t.execute(
      `{ trainingAssessments(filter: { entityId: "E0401" }, first: 100) { nodes { id outstanding resits { id } } } }`,
    );
    expect(after.data?.trainingAssessments.nodes.find((n: { id: string }) => n.id === firstId)).toMatchObject({
      outstanding: 0,
    });
    const done = await t.execute(mutation, {
      input: { ...base, assessedOn: '2024-12-21', assessed: 1, passed: 1, resitOfId: firstId },
    });
    expect(done.errors?.[0]?.message).toContain('无未通过人员');
  });

  it('upgrades a workshop only from its current level', async () => {
    const current = await t.execute(
      '{ _entities(representations: [{ __typename: "Entity", id: "E0402" }]) { ... on Entity { workshopLevel } } }',
    );
    const level = current.data?._entities[0].workshopLevel ?? 'BASIC';
    const mutation =
      'mutation ($input: WorkshopUpgradeInput!) { recordWorkshopUpgrade(input: $input) { id fromLevel toLevel entity { id } } }';
    const input = { entityId: 'E0402', acceptedOn: '2024-12-30', acceptedBy: '岳思远' };
    const wrong = await t.execute(mutation, {
      input: { ...input, fromLevel: level === 'BASIC' ? 'STANDARD' : 'BASIC', toLevel: 'MODEL' },
    });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fromLevel' });
    if (level !== 'MODEL') {
      const ok = await t.execute(mutation, { input: { ...input, fromLevel: level, toLevel: 'MODEL' } });
      expect(ok.errors).toBeUndefined();
      const after = await t.execute(
        '{ _entities(representations: [{ __typename: "Entity", id: "E0402" }]) { ... on Entity { workshopLevel } } }',
      );
      expect(after.data?._entities[0].workshopLevel).toBe('MODEL');
    }
  });

  it('adds trainings to entities, within the caller’s scope', async () => {
    const holder = (
      await t.execute('{ attendances(first: 1, filter: { townshipId: "511902002" }) { nodes { entity { id } } } }')
    ).data?.attendances.nodes[0].entity.id;
    const query = `{ _entities(representations: [{ __typename: "Entity", id: "${holder}" }]) { ... on Entity { id trainings { id heldOn } trainingAttendances { personName } trainingAssessments { id } } } }`;
    const officer = await t.execute(query);
    expect(officer.errors).toBeUndefined();
    const [entity] = officer.data!._entities;
    expect(entity.trainings.length).toBeGreaterThan(0);
    expect(entity.trainingAttendances.length).toBeGreaterThanOrEqual(entity.trainings.length);
    const sorted = [...entity.trainings].sort((a: { heldOn: string }, b: { heldOn: string }) =>
      b.heldOn.localeCompare(a.heldOn),
    );
    expect(entity.trainings).toEqual(sorted);
    const township = await t.execute(query, {}, { as: 'township' });
    expect(township.data?._entities[0]).toMatchObject({
      trainings: [],
      trainingAttendances: [],
      trainingAssessments: [],
    });
  });

  it('answers nested lists in a fixed number of statements', async () => {
    const attendances = (n: number) =>
      `{ attendances(first: ${n}) { nodes { id personName session { title attendeeCount } entity { id } township { id } } } }`;
    const assessments = (n: number) =>
      `{ trainingAssessments(first: ${n}) { nodes { id failed outstanding session { title } resitOf { id assessed } resits { id } } } }`;
    const sessions = (n: number) => `{ trainingSessions(first: ${n}) { nodes { id attendeeCount township { id } } } }`;
    for (const query of [attendances, assessments, sessions]) {
      const ten = await t.countStatements(() => t.execute(query(10)));
      const hundred = await t.countStatements(() => t.execute(query(100)));
      expect(ten.result.errors).toBeUndefined();
      expect(hundred.result.errors).toBeUndefined();
      expect(hundred.statements).toBe(ten.statements);
    }
    const ids = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ __typename: 'Entity', id: `E${String(389 + i).padStart(4, '0')}` }));
    const entities =
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Entity { trainings { id } trainingAssessments { id } workshopUpgrades { id } workshopLevel } } }';
    const ten = await t.countStatements(() => t.execute(entities, { r: ids(10) }));
    const hundred = await t.countStatements(() => t.execute(entities, { r: ids(100) }));
    expect(hundred.result.errors).toBeUndefined();
    expect(hundred.statements).toBe(ten.statements);
  });
});
