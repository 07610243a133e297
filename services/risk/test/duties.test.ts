import { addDays } from '@shian/clock';
import { DutyFrequency } from '../src/rules/enums';
import { nextDueDate, periodEnd } from '../src/rules/clocks';
import { todayInChina } from '@shian/subgraph-kit';
import { dialects, testSubgraph } from '@shian/subgraph-kit/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import subgraph from '../src/schema';
import { MINE, OTHER, officialAnswer, riskInput } from './risks.fixtures';

const DUTY_FIELDS = `id code task status version ownerKind ownerDepartment evidence completedAt dueDate
  township { id } owner { id } risk { id } consultation { id } drill { id }
  clock { deadline remaining status overdue calendar }
  next { id code task basis status frequency dueDate ownerKind township { id } risk { id } evidence completedAt }`;
const CREATE_DUTY = `mutation ($input: DutyInput!) { createDuty(input: $input) { ${DUTY_FIELDS} } }`;
const COMPLETE = `mutation ($id: ID!, $version: Int!, $evidence: String!) {
  completeDuty(id: $id, version: $version, evidence: $evidence) { ${DUTY_FIELDS} } }`;
const UPDATE_DUTY = `mutation ($id: ID!, $version: Int!, $input: DutyUpdateInput!) {
  updateDuty(id: $id, version: $version, input: $input) { ${DUTY_FIELDS} } }`;
const CREATE_CONSULTATION = `mutation ($input: ConsultationInput!) {
  createConsultation(input: $input) { id code departments townshipIds risks { id }
    conclusions { position text duty { id ownerKind ownerDepartment dueDate consultation { id } } } } }`;
const CREATE_DRILL = `mutation ($input: DrillInput!) {
  createDrill(input: $input) { id code version evaluation followUps { id task drill { id } } } }`;
const COUNTS = '{ duties { totalCount } consultations { totalCount } drills { totalCount } }';

/** Due dates ahead of today, whenever the test runs (a due date may not precede the day it is assigned). */
const DUE = addDays(todayInChina(), 120);
const SOON = addDays(todayInChina(), 30);

const duty = (overrides: Record<string, unknown> = {}) => ({
  task: '每月检查校园食堂进货台账',
  basis: '《学校食品安全与营养健康管理规定》',
  ownerKind: 'TOWNSHIP',
  townshipId: MINE,
  dueDate: DUE,
  ...overrides,
});

const consultation = (overrides: Record<string, unknown> = {}) => ({
  date: '2025-04-10',
  title: '春季野生菌中毒风险会商',
  departments: ['police', '食品经营安全监管股'],
  townshipIds: [MINE],
  riskIds: [],
  conclusions: [
    { text: '公安配合排查野生菌售卖', ownerKind: 'DEPARTMENT', ownerDepartment: 'police', dueDate: DUE },
    { text: '乡镇入户宣传', ownerKind: 'TOWNSHIP', townshipId: MINE, dueDate: SOON },
  ],
  ...overrides,
});

const drill = (overrides: Record<string, unknown> = {}) => ({
  scenario: '学校食堂集体食物中毒应急处置',
  date: '2025-06-18',
  departments: ['education', '应急管理局'],
  townshipIds: [MINE],
  participants: 60,
  followUps: [duty({ task: '修订学校食物中毒应急预案', ownerKind: 'DEPARTMENT', ownerDepartment: '应急管理局' })],
  ...overrides,
});

describe.each(await dialects())('duties, consultations and drills on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, gateway: { ShianLinkedOfficial: officialAnswer } });
  const ids = { risk: '', otherRisk: '', mine: '', other: '', official: '', late: '', meeting: '', drill: '' };
  const create = async (query: string, input: Record<string, unknown>, as = 'officer') => {
    const res = await t.execute(query, { input }, { as });
    expect(res.errors, query.slice(0, 40)).toBeUndefined();
    return Object.values(res.data!)[0] as Record<string, any>;
  };

  beforeAll(async () => {
    ids.risk = (await create('mutation ($input: RiskInput!) { createRisk(input: $input) { id } }', riskInput())).id;
    ids.otherRisk = (
      await create(
        'mutation ($input: RiskInput!) { createRisk(input: $input) { id } }',
        riskInput({ townshipIds: [OTHER], ownerId: null }),
      )
    ).id;
    ids.mine = (await create(CREATE_DUTY, duty({ riskId: ids.risk }))).id;
    ids.other = (await create(CREATE_DUTY, duty({ townshipId: OTHER }))).id;
    ids.official = (await create(CREATE_DUTY, duty({ ownerKind: 'OFFICIAL', townshipId: null, ownerId: 'OFF-1' }))).id;
    ids.meeting = (await create(CREATE_CONSULTATION, consultation({ riskIds: [ids.risk] }))).id;
    ids.drill = (await create(CREATE_DRILL, drill())).id;
  });

  it('gives a duty its code, owner and clock; a past due date is overdue', async () => {
    const res = await t.execute(`{ duty(id: "${ids.mine}") { ${DUTY_FIELDS} } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data?.duty).toMatchObject({
      status: 'PENDING',
      ownerKind: 'TOWNSHIP',
      township: { id: MINE },
      risk: { id: ids.risk },
      clock: { status: 'RUNNING', overdue: false },
    });
    expect(res.data?.duty.code).toMatch(/^ZR-\d{4}-\d{3}$/);
    // The kit's calendar comes through the gateway; the fake has none, so the clock says it used the default.
    expect(res.data?.duty.clock.calendar).toBe('DEFAULT_UNAVAILABLE');
    const official = await t.execute(`{ duty(id: "${ids.official}") { owner { id } township { id } } }`);
    expect(official.data?.duty).toEqual({ owner: { id: 'OFF-1' }, township: null });
  });

  it('flags an overdue duty and filters on it', async () => {
    // Written straight into the table: a due date in the past cannot be entered through the form (not before today).
    const em = t.orm.em.fork();
    const late = await create(CREATE_DUTY, duty({ task: '已过期的任务' }));
    ids.late = late.id;
    await em.getConnection().execute(`update duty set due_date = '2025-01-31' where id = ?`, [late.id]);
    const res = await t.execute(`{ duty(id: "${late.id}") { clock { status overdue remaining } } }`);
    expect(res.data?.duty.clock).toMatchObject({ status: 'OVERDUE', overdue: true });
    expect(res.data?.duty.clock.remaining).toBeLessThan(0);
    const overdue = await t.execute('{ duties(filter: { overdue: true }) { nodes { id } } }');
    expect(overdue.data?.duties.nodes).toEqual([{ id: late.id }]);
    const onTime = await t.execute('{ duties(filter: { overdue: false }) { nodes { id } } }');
    expect(onTime.data?.duties.nodes.map((n: { id: string }) => n.id)).not.toContain(late.id);
  });

  it('scopes duties per role: township sees its own, its officials’, and those of records it sees', async () => {
    const list = '{ duties(first: 100) { nodes { id } } }';
    const all = (await t.execute(list, {}, { as: 'admin' })).data?.duties.nodes.map((n: { id: string }) => n.id);
    expect(all).toEqual(expect.arrayContaining([ids.mine, ids.other, ids.official]));
    const mine = (await t.execute(list, {}, { as: 'township' })).data?.duties.nodes.map((n: { id: string }) => n.id);
    expect(mine).toEqual(expect.arrayContaining([ids.mine, ids.official]));
    expect(mine).not.toContain(ids.other);
    // The consultation's and the drill's duties (owned by departments) are seen through their records.
    expect(mine.length).toBe(all.length - 1);
    const other = await t.execute(`{ duty(id: "${ids.other}") { id } }`, {}, { as: 'township' });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(other.data?.duty).toBeNull();
    const partner = await t.execute(list, {}, { as: 'police' });
    expect(partner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.execute(list, {}, { as: null })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses bad duties naming the field, and a township officer’s duty outside the township', async () => {
    const before = await t.execute(COUNTS);
    const cases: [Record<string, unknown>, string][] = [
      [{ task: ' ' }, 'task'],
      [{ townshipId: null }, 'townshipId'],
      [{ ownerKind: 'DEPARTMENT', ownerDepartment: ' ' }, 'ownerDepartment'],
      [{ ownerKind: 'OFFICIAL', ownerId: 'OFF-404' }, 'ownerId'],
      [{ dueDate: null }, 'dueDate'],
      [{ dueDate: '2099-06-30' }, 'dueDate'],
      [{ riskId: 'no-such-risk' }, 'riskId'],
    ];
    for (const [input, field] of cases) {
      const res = await t.execute(CREATE_DUTY, { input: duty(input) });
      expect(res.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const outside = [
      duty({ townshipId: OTHER }),
      duty({ ownerKind: 'DEPARTMENT', ownerDepartment: '综合股', townshipId: null }),
      duty({ ownerKind: 'DEPARTMENT', ownerDepartment: '综合股', riskId: ids.otherRisk }),
    ];
    for (const input of outside) {
      const res = await t.execute(CREATE_DUTY, { input }, { as: 'township' });
      expect(['FORBIDDEN', 'BAD_USER_INPUT']).toContain(res.errors?.[0]?.extensions?.code);
    }
    const official = await t.execute(
      CREATE_DUTY,
      { input: duty({ ownerKind: 'OFFICIAL', ownerId: 'OFF-2' }) },
      { as: 'township' },
    );
    expect(official.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ownerId' });
    expect(await t.execute(COUNTS)).toEqual(before);
  });

  it('completes a duty only with evidence and the current version', async () => {
    const start = (await t.execute(`{ duty(id: "${ids.mine}") { version } }`)).data?.duty.version;
    const none = await t.execute(COMPLETE, { id: ids.mine, version: start, evidence: '  ' }, { as: 'township' });
    expect(none.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'evidence' });
    const viaUpdate = await t.execute(UPDATE_DUTY, {
      id: ids.mine,
      version: start,
      input: { ...duty(), status: 'DONE' },
    });
    expect(viaUpdate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    const moved = await t.execute(UPDATE_DUTY, {
      id: ids.mine,
      version: start,
      input: { ...duty({ riskId: ids.risk }), status: 'IN_PROGRESS' },
    });
    expect(moved.errors).toBeUndefined();
    expect(moved.data?.updateDuty).toMatchObject({ status: 'IN_PROGRESS', version: start + 1 });
    const stale = await t.execute(COMPLETE, { id: ids.mine, version: start, evidence: '台账照片' });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const other = await t.execute(COMPLETE, { id: ids.other, version: 1, evidence: '台账照片' }, { as: 'township' });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const done = await t.execute(
      COMPLETE,
      { id: ids.mine, version: start + 1, evidence: '台账照片' },
      { as: 'township' },
    );
    expect(done.errors).toBeUndefined();
    expect(done.data?.completeDuty).toMatchObject({ status: 'DONE', evidence: '台账照片', clock: { status: 'MET' } });
    expect(done.data?.completeDuty.completedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('writes a consultation, its conclusions and their duties together; partners present see it', async () => {
    const res = await t.execute(`{ consultation(id: "${ids.meeting}") {
      code departments risks { id } conclusions { position text duty { ownerKind ownerDepartment consultation { id } } } } }`);
    expect(res.errors).toBeUndefined();
    const meeting = res.data!.consultation;
    expect(meeting.code).toBe('HS-2025-001');
    expect(meeting.departments).toEqual(['police', '食品经营安全监管股']);
    expect(meeting.risks).toEqual([{ id: ids.risk }]);
    expect(meeting.conclusions.map((c: { position: number }) => c.position)).toEqual([1, 2]);
    expect(meeting.conclusions[0].duty).toEqual({
      ownerKind: 'DEPARTMENT',
      ownerDepartment: 'police',
      consultation: { id: ids.meeting },
    });
    const police = await t.execute(
      '{ consultations { totalCount nodes { id risks { id } conclusions { duty { id risk { id } } } } } }',
      {},
      { as: 'police' },
    );
    expect(police.errors).toBeUndefined();
    expect(police.data?.consultations.totalCount).toBe(1);
    // A partner sees the meeting and what it decided, not the bureau's risk list.
    expect(police.data?.consultations.nodes[0].risks).toEqual([]);
    const education = await t.execute('{ consultations { totalCount } }', {}, { as: 'education' });
    expect(education.data?.consultations.totalCount).toBe(0);
    const byId = await t.execute(`{ consultation(id: "${ids.meeting}") { id } }`, {}, { as: 'agriculture' });
    expect(byId.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a consultation with one bad conclusion and writes none of it', async () => {
    const before = await t.execute(COUNTS);
    const bad = consultation({
      conclusions: [
        { text: '好的结论', ownerKind: 'TOWNSHIP', townshipId: MINE, dueDate: SOON },
        { text: '缺责任人', ownerKind: 'OFFICIAL', dueDate: SOON },
      ],
    });
    const res = await t.execute(CREATE_CONSULTATION, { input: bad });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'conclusions.1.ownerId' });
    const noDepartments = await t.execute(CREATE_CONSULTATION, { input: consultation({ departments: [] }) });
    expect(noDepartments.errors?.[0]?.extensions).toMatchObject({ field: 'departments' });
    const otherRisk = await t.execute(
      CREATE_CONSULTATION,
      { input: consultation({ riskIds: [ids.otherRisk] }) },
      { as: 'township' },
    );
    expect(otherRisk.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'riskIds' });
    const outside = await t.execute(
      CREATE_CONSULTATION,
      { input: consultation({ townshipIds: [OTHER] }) },
      { as: 'township' },
    );
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await t.execute(COUNTS)).toEqual(before);
  });

  it('writes a drill with its follow-ups, evaluates it once per version, scopes it', async () => {
    const res = await t.execute(
      `{ drill(id: "${ids.drill}") { code version departments followUps { task drill { id } } } }`,
    );
    expect(res.data?.drill).toMatchObject({
      code: 'YL-2025-001',
      version: 1,
      departments: ['education', '应急管理局'],
    });
    expect(res.data?.drill.followUps).toEqual([{ task: '修订学校食物中毒应急预案', drill: { id: ids.drill } }]);
    const EVALUATE =
      'mutation ($id: ID!, $v: Int!, $e: String!) { evaluateDrill(id: $id, version: $v, evaluation: $e) { evaluation version } }';
    const empty = await t.execute(EVALUATE, { id: ids.drill, v: 1, e: ' ' });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'evaluation' });
    const ok = await t.execute(EVALUATE, { id: ids.drill, v: 1, e: '响应及时,信息报送需加强' }, { as: 'township' });
    expect(ok.data?.evaluateDrill).toEqual({ evaluation: '响应及时,信息报送需加强', version: 2 });
    const stale = await t.execute(EVALUATE, { id: ids.drill, v: 1, e: '再评' });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const before = await t.execute(COUNTS);
    const badFollowUp = await t.execute(CREATE_DRILL, { input: drill({ followUps: [duty({ task: '' })] }) });
    expect(badFollowUp.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'followUps.0.task' });
    expect(await t.execute(COUNTS)).toEqual(before);
    for (const partner of ['police', 'education']) {
      const list = await t.execute('{ drills { totalCount } }', {}, { as: partner });
      expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('rolls a recurring duty forward on completion: this round kept DONE, the next period created; ONCE and refusals create none', async () => {
    const count = async () => (await t.execute('{ duties { totalCount } }')).data?.duties.totalCount as number;
    const monthly = await create(CREATE_DUTY, duty({ frequency: 'MONTHLY', dueDate: null, riskId: ids.risk }));
    const before = await count();
    // Refused completions (no evidence, a stale version) write nothing: no round is closed, no next one exists.
    const blank = await t.execute(COMPLETE, { id: monthly.id, version: monthly.version, evidence: '  ' });
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'evidence' });
    const stale = await t.execute(COMPLETE, { id: monthly.id, version: monthly.version + 1, evidence: '台账照片' });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await count()).toBe(before);
    const still = await t.execute(`{ duty(id: "${monthly.id}") { status evidence next { id } } }`);
    expect(still.data?.duty).toEqual({ status: 'PENDING', evidence: null, next: null });

    const done = await t.execute(
      COMPLETE,
      { id: monthly.id, version: monthly.version, evidence: '本月台账已查' },
      { as: 'township' },
    );
    expect(done.errors).toBeUndefined();
    const round = done.data!.completeDuty;
    expect(round).toMatchObject({ status: 'DONE', evidence: '本月台账已查', completedAt: todayInChina() });
    // A monthly duty without a due date is due at the end of the month it was assigned; the next at the month after.
    const thisRound = periodEnd(DutyFrequency.MONTHLY, todayInChina());
    expect(round.next).toMatchObject({
      task: monthly.task,
      basis: duty().basis,
      status: 'PENDING',
      frequency: 'MONTHLY',
      dueDate: nextDueDate(DutyFrequency.MONTHLY, thisRound!),
      ownerKind: 'TOWNSHIP',
      township: { id: MINE },
      risk: { id: ids.risk },
      evidence: null,
      completedAt: null,
    });
    expect(round.next.code).toMatch(/^ZR-\d{4}-\d{3}$/);
    expect(round.next.code).not.toBe(round.code);
    expect(await count()).toBe(before + 1);
    const again = await t.execute(`{ duty(id: "${monthly.id}") { status evidence completedAt next { id } } }`);
    expect(again.data?.duty).toEqual({
      status: 'DONE',
      evidence: '本月台账已查',
      completedAt: todayInChina(),
      next: { id: round.next.id },
    });
    // Another township's next round stays out of the township officer's reach, by id as through its list.
    const theirs = await create(CREATE_DUTY, duty({ frequency: 'YEARLY', dueDate: null, townshipId: OTHER }));
    const theirsDone = await t.execute(COMPLETE, { id: theirs.id, version: theirs.version, evidence: '年度报告' });
    const theirNext = theirsDone.data?.completeDuty.next;
    expect(theirNext).toMatchObject({ township: { id: OTHER }, frequency: 'YEARLY' });
    const byId = await t.execute(`{ duty(id: "${theirNext.id}") { id } }`, {}, { as: 'township' });
    expect(byId.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(byId.data?.duty ?? null).toBeNull();
    const listed = await t.execute('{ duties(first: 100) { nodes { id } } }', {}, { as: 'township' });
    expect(listed.data?.duties.nodes.map((n: { id: string }) => n.id)).not.toContain(theirNext.id);

    // A round with its own due date: the next is the period after that date's, not after the completion day.
    const quarterly = await create(CREATE_DUTY, duty({ frequency: 'QUARTERLY', dueDate: DUE }));
    const q = await t.execute(COMPLETE, { id: quarterly.id, version: quarterly.version, evidence: '季度检查记录' });
    expect(q.errors).toBeUndefined();
    expect(q.data?.completeDuty.next.dueDate).toBe(nextDueDate(DutyFrequency.QUARTERLY, DUE));
    expect(q.data?.completeDuty.next.dueDate).not.toBe(nextDueDate(DutyFrequency.QUARTERLY, todayInChina()));

    const once = await create(CREATE_DUTY, duty({ task: '一次性任务' }));
    const beforeOnce = await count();
    const onceDone = await t.execute(COMPLETE, { id: once.id, version: once.version, evidence: '已完成' });
    expect(onceDone.errors).toBeUndefined();
    expect(onceDone.data?.completeDuty).toMatchObject({ status: 'DONE', next: null });
    expect(await count()).toBe(beforeOnce);
  });

  it('reads a page of 10 and of 100 duties with nested fields in the same number of statements', async () => {
    for (let i = 0; i < 12; i++) await create(CREATE_DUTY, duty({ task: `批量任务${i}`, riskId: ids.risk }));
    // The first page holds a duty of every source and a done round with a next one, whichever way the dialect sorts
    // the duties without a due date (SQLite first, PostgreSQL last): written straight into the table, earliest.
    await t.orm.em
      .fork()
      .getConnection()
      .execute(`update duty set due_date = '2024-12-30' where consultation_id is not null or drill_id is not null`);
    const early = await create(CREATE_DUTY, duty({ task: '月度巡查', frequency: 'MONTHLY', riskId: ids.risk }));
    await t.orm.em.fork().getConnection().execute(`update duty set due_date = '2024-12-31' where id = ?`, [early.id]);
    const closed = await t.execute(COMPLETE, { id: early.id, version: early.version, evidence: '巡查记录' });
    expect(closed.data?.completeDuty.next.dueDate).toBe('2025-01-31');
    const page = (n: number) =>
      t.countStatements(() =>
        t.execute(`{ duties(first: ${n}) { nodes { id township { id } risk { id } consultation { id } drill { id }
          clock { overdue } next { id clock { overdue } } } } consultations(first: ${n}) { nodes { risks { id } conclusions { duty { id } } } }
          drills(first: ${n}) { nodes { followUps { id } } } }`),
      );
    const ten = await page(10);
    const hundred = await page(100);
    expect(ten.result.errors).toBeUndefined();
    expect(hundred.result.data?.duties.nodes.length).toBeGreaterThan(10);
    expect(hundred.statements).toBe(ten.statements);
  });
});
