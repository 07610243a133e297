import { dialects, testSubgraph } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { completeCreditCode } from '../src/rules/credit-code';
import subgraph from '../src/schema';

const codes = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  (result.errors ?? []).map((e) => e.extensions?.code);

const CREATE = `mutation ($input: EntityInput!) { createEntity(input: $input) {
  id name creditCode status riskGrade township { id } licenses { id } createdAt } }`;

const input = (overrides: Record<string, unknown> = {}) => ({
  name: '巴州区测试食品有限公司',
  creditCode: completeCreditCode('91511902MA6TEXT01'),
  category: 'FOOD_PRODUCER',
  townshipId: '511902001',
  address: '四川省巴中市巴州区东城街道人民路1号',
  legalRepresentative: '测试人',
  phone: '0827-5201234',
  ...overrides,
});

describe.each(await dialects())('entities subgraph mutations on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true });
  const total = async () =>
    (await t.execute('{ entities(first: 0) { totalCount } }')).data!.entities.totalCount as number;

  it('registers an entity with a valid 统一社会信用代码', async () => {
    const before = await total();
    const res = await t.execute(CREATE, { input: input() });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createEntity).toMatchObject({
      status: 'OPERATING',
      riskGrade: null,
      township: { id: '511902001' },
      licenses: [],
    });
    expect(await total()).toBe(before + 1);
    const read = await t.execute('query ($id: ID!) { entity(id: $id) { name } }', { id: res.data!.createEntity.id });
    expect(read.data!.entity.name).toBe('巴州区测试食品有限公司');
  });

  it('refuses a bad 统一社会信用代码 naming the field, and writes nothing', async () => {
    const before = await total();
    const good = completeCreditCode('92511902MA6TEXT02');
    const wrongCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    for (const creditCode of [wrongCheck, good.slice(0, 17), `${good.slice(0, 5)}I${good.slice(6)}`]) {
      const res = await t.execute(CREATE, { input: input({ creditCode }) });
      expect(codes(res), creditCode).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0]!.message).toMatch(/^统一社会信用代码/);
      expect(res.errors![0]!.extensions!.field).toBe('creditCode');
    }
    expect(await total()).toBe(before);
  });

  it('refuses a duplicate 统一社会信用代码, accepting lower case as the same code', async () => {
    const before = await total();
    const existing = (await t.execute('{ entity(id: "E0001") { creditCode name } }')).data!.entity;
    const res = await t.execute(CREATE, { input: input({ creditCode: existing.creditCode.toLowerCase() }) });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.message).toContain(existing.name);
    expect(await total()).toBe(before);
  });

  it('checks the other fields and the writer’s scope', async () => {
    const code = (n: number) => completeCreditCode(`92511902MA6KPEN0${n}`);
    expect(codes(await t.execute(CREATE, { input: input({ creditCode: code(1), name: ' ' }) }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await t.execute(CREATE, { input: input({ creditCode: code(1), townshipId: '999' }) }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await t.execute(CREATE, { input: input({ creditCode: code(1), phone: 'call me' }) }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const elsewhere = input({ creditCode: code(2), townshipId: '511902002' });
    expect(codes(await t.execute(CREATE, { input: elsewhere }, { as: 'township' }))).toEqual(['FORBIDDEN']);
    expect(codes(await t.execute(CREATE, { input: elsewhere }, { as: 'education' }))).toEqual(['FORBIDDEN']);
    const own = await t.execute(
      CREATE,
      { input: input({ creditCode: code(3), name: '东城测试超市' }) },
      { as: 'township' },
    );
    expect(own.errors).toBeUndefined();
    const moved = await t.execute(
      'mutation ($id: ID!) { updateEntity(id: $id, input: { townshipId: "511902002" }) { id } }',
      { id: own.data!.createEntity.id },
      { as: 'township' },
    );
    expect(codes(moved)).toEqual(['FORBIDDEN']);
    const updated = await t.execute(
      'mutation ($id: ID!) { updateEntity(id: $id, input: { status: SUSPENDED, phone: "13800000000" }) { status phone } }',
      { id: own.data!.createEntity.id },
      { as: 'township' },
    );
    expect(updated.data!.updateEntity).toEqual({ status: 'SUSPENDED', phone: '13800000000' });
  });

  it('refuses an edit at a stale version with CONFLICT, writing nothing, and takes the current one', async () => {
    const UPDATE = `mutation ($id: ID!, $input: EntityUpdateInput!) {
      updateEntity(id: $id, input: $input) { name phone version } }`;
    const read = async () =>
      (await t.execute('{ entity(id: "E0002") { name phone version updatedAt } }')).data!.entity as {
        name: string;
        version: number;
      };
    const shown = await read();
    const first = await t.execute(UPDATE, { id: 'E0002', input: { phone: '13900000001', version: shown.version } });
    expect(first.errors).toBeUndefined();
    expect(first.data!.updateEntity).toEqual({ name: shown.name, phone: '13900000001', version: shown.version + 1 });
    const now = await read();
    const stale = await t.execute(UPDATE, { id: 'E0002', input: { name: '过期的修改', version: shown.version } });
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors![0]!.message).toMatch(/^主体已被他人修改/);
    expect(await read()).toEqual(now);
    const current = await t.execute(UPDATE, { id: 'E0002', input: { name: '当前版本的修改', version: now.version } });
    expect(current.errors).toBeUndefined();
    expect(current.data!.updateEntity).toMatchObject({ name: '当前版本的修改', version: now.version + 1 });
  });

  it('adds licences, checking number formats and validity', async () => {
    const add = (license: Record<string, unknown>) =>
      t.execute('mutation ($l: LicenseInput!) { addLicense(input: $l) { number expired entity { id } } }', {
        l: { entityId: 'E0001', kind: 'PRODUCTION', issuedOn: '2024-01-10', validUntil: '2029-01-09', ...license },
      });
    const bad = await add({ number: 'SC123' });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0]!.extensions!.field).toBe('number');
    const backwards = await add({ number: 'SC10651190299991', validUntil: '2023-01-01' });
    expect(backwards.errors![0]!.extensions!.field).toBe('validUntil');
    const ok = await add({ number: 'SC10651190299991' });
    expect(ok.data!.addLicense).toEqual({ number: 'SC10651190299991', expired: false, entity: { id: 'E0001' } });
    const old = await add({ number: 'SC10651190299992', issuedOn: '2018-01-01', validUntil: '2022-12-31' });
    expect(old.data!.addLicense.expired).toBe(true);
    expect(codes(await add({ number: 'SC10651190299991' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await add({ kind: 'BUSINESS', number: 'JY45119020000001' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('grades by the rule in force, keeps history, and lets only the district change the bands', async () => {
    const assess = (staticScore: number, dynamicScore: number, year = 2025, assessedOn = `${year}-03-01`) =>
      t.execute(
        `mutation ($i: RiskAssessmentInput!) { assessRisk(input: $i) { year grade totalScore assessor } }`,
        { i: { entityId: 'E0002', year, staticScore, dynamicScore, assessedOn } },
        { as: 'admin' },
      );
    const first = await assess(20, 20);
    expect(first.errors).toBeUndefined();
    expect(first.data!.assessRisk).toEqual({ year: 2025, grade: 'B', totalScore: 40, assessor: '王局长' });
    const outOfRange = await assess(41, 10);
    expect(codes(outOfRange)).toEqual(['BAD_USER_INPUT']);
    expect(outOfRange.errors![0]!.extensions!.field).toBe('staticScore');
    expect(codes(await assess(10, 10, 2025, '2024-12-31'))).toEqual(['BAD_USER_INPUT']);

    const update =
      'mutation ($a: Float!, $b: Float!, $c: Float!) { updateGradingRule(aMax: $a, bMax: $b, cMax: $c) { aMax bMax cMax } }';
    expect(codes(await t.execute(update, { a: 40, b: 50, c: 70 }, { as: 'township' }))).toEqual(['FORBIDDEN']);
    expect(codes(await t.execute(update, { a: 50, b: 40, c: 70 }))).toEqual(['BAD_USER_INPUT']);
    expect((await t.execute(update, { a: 40, b: 50, c: 70 })).data!.updateGradingRule).toEqual({
      aMax: 40,
      bMax: 50,
      cMax: 70,
    });

    const second = await assess(20, 20, 2025, '2025-06-01');
    expect(second.data!.assessRisk.grade).toBe('A');
    const entity = (await t.execute('{ entity(id: "E0002") { riskGrade riskAssessments { year grade assessedOn } } }'))
      .data!.entity;
    expect(entity.riskGrade).toBe('A');
    expect(entity.riskAssessments.slice(0, 2)).toEqual([
      { year: 2025, grade: 'A', assessedOn: '2025-06-01' },
      { year: 2025, grade: 'B', assessedOn: '2025-03-01' },
    ]);
    // An older year's late entry does not overwrite the current grade.
    await assess(30, 40, 2023, '2023-12-01');
    expect((await t.execute('{ entity(id: "E0002") { riskGrade } }')).data!.entity.riskGrade).toBe('A');
    await t.execute(update, { a: 30, b: 45, c: 60 });
  });

  it('assigns officials, records visits and schedules the next one', async () => {
    const assign = (variables: Record<string, unknown>) =>
      t.execute(
        `mutation ($i: AssignmentInput!) { assignOfficial(input: $i) { id visitsPerYear nextVisitDue visitOverdue official { id } entity { id } } }`,
        { i: { startsOn: '2025-01-01', endsOn: '2025-12-31', ...variables } },
      );
    const foreign = await assign({ officialId: 'OT002', entityId: 'E0001' });
    expect(codes(foreign)).toEqual(['BAD_USER_INPUT']);
    expect(foreign.errors![0]!.extensions!.field).toBe('officialId');
    const made = await assign({ officialId: 'OD01', entityId: 'E0001' });
    expect(made.errors).toBeUndefined();
    expect(made.data!.assignOfficial).toMatchObject({ visitsPerYear: 4, nextVisitDue: '2025-04-01' });
    expect(
      codes(await assign({ officialId: 'OD01', entityId: 'E0001', startsOn: '2025-06-01', endsOn: null })),
    ).toEqual(['BAD_USER_INPUT']);

    const record = (visitedOn: string) =>
      t.execute(
        'mutation ($i: VisitInput!) { recordVisit(input: $i) { visitedOn official { id } entity { id } assignment { lastVisitOn nextVisitDue } } }',
        { i: { assignmentId: made.data!.assignOfficial.id, visitedOn, findings: '检查进货台账,未发现问题。' } },
      );
    const visit = await record('2025-03-15');
    expect(visit.errors).toBeUndefined();
    expect(visit.data!.recordVisit).toEqual({
      visitedOn: '2025-03-15',
      official: { id: 'OD01' },
      entity: { id: 'E0001' },
      assignment: { lastVisitOn: '2025-03-15', nextVisitDue: '2025-06-15' },
    });
    expect(codes(await record('2024-12-31'))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await record('2999-01-01'))).toEqual(['BAD_USER_INPUT']);
  });

  it('numbers notices per kind and year, sent by the district only', async () => {
    const send = (as: string) =>
      t.execute(
        `mutation ($i: NoticeInput!) { sendNotice(input: $i) { number kind township { id } dueOn } }`,
        {
          i: {
            kind: 'PROMPT_LETTER',
            townshipId: '511902005',
            title: '关于做好节日期间食品安全保障的工作提示函',
            content: '请压实属地管理责任。',
            sentOn: '2024-12-20',
            dueOn: '2025-01-20',
          },
        },
        { as },
      );
    expect(codes(await send('township'))).toEqual(['FORBIDDEN']);
    const sent = await send('officer');
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.sendNotice).toEqual({
      number: '巴州市监食提〔2024〕13号',
      kind: 'PROMPT_LETTER',
      township: { id: '511902005' },
      dueOn: '2025-01-20',
    });
  });
});
