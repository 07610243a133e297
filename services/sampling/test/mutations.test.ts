import { addDays, HolidayCalendar, todayInChina } from '@shian/clock';
import { dialects, testSubgraph } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import subgraph from '../src/schema';
import { linkedGateway } from './gateway';

const codes = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  (result.errors ?? []).map((e) => e.extensions?.code);

const calendar = HolidayCalendar.chinese();
const today = todayInChina();
/** The working day `n` working days before today (dates of the tests follow the real calendar). */
function workingDaysAgo(n: number): string {
  let date = today;
  for (let counted = 0; counted < n; ) {
    date = addDays(date, -1);
    if (calendar.isWorkingDay(date)) counted++;
  }
  return date;
}

const REGISTER = `mutation ($input: SampleInput!) { registerSample(input: $input) { id number status events { toStatus label } } }`;
const MOVE = `mutation ($input: MoveSampleInput!) { moveSample(input: $input) { id status verdict notifiedOn failureKind clocks { code deadline status } } }`;
const RESULTS = `mutation ($id: ID!, $items: [TestItemInput!]!) { recordTestResults(sampleId: $id, items: $items) { id testItems { name verdict failureKind } } }`;
const FAILING_ITEMS = [
  {
    name: '毒死蜱',
    measured: '0.086',
    limit: '≤0.02',
    unit: 'mg/kg',
    standard: 'GB 2763-2021',
    failureKind: 'PESTICIDE_VET_RESIDUE',
  },
  { name: '氧乐果', measured: '未检出', limit: '≤0.02', unit: 'mg/kg', standard: 'GB 2763-2021' },
];

describe.each(await dialects())('sampling subgraph writes on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true, gateway: linkedGateway });
  const sampledOn = workingDaysAgo(30);
  let planId = '';

  const register = async (overrides: Record<string, unknown> = {}, as = 'officer') =>
    t.execute(
      REGISTER,
      {
        input: {
          planId,
          entityId: 'E0087',
          townshipId: '511902001',
          foodName: '豇豆',
          category: 'VEGETABLES',
          batchNumber: `${sampledOn.replaceAll('-', '')}(购进日期)`,
          sampledOn,
          samplers: ['李执法', '赵文静'],
          lab: '巴中市食品药品检验检测中心',
          ...overrides,
        },
      },
      { as },
    );

  /** A sample walked to 不合格, notified `notifiedAgo` working days ago. */
  async function unqualifiedSample(notifiedAgo: number): Promise<string> {
    const id = (await register()).data!.registerSample.id;
    await t.execute(MOVE, { input: { sampleId: id, to: 'TESTING', on: workingDaysAgo(29) } });
    await t.execute(RESULTS, { id, items: FAILING_ITEMS });
    const res = await t.execute(MOVE, {
      input: {
        sampleId: id,
        to: 'UNQUALIFIED',
        on: workingDaysAgo(notifiedAgo + 1),
        notifiedOn: workingDaysAgo(notifiedAgo),
      },
    });
    expect(res.errors).toBeUndefined();
    return id;
  }

  it('creates a plan (district writers only) and registers a sample into it', async () => {
    const year = Number(sampledOn.slice(0, 4));
    const input = {
      year,
      level: 'DISTRICT',
      purpose: 'SUPERVISION',
      name: `${year}年巴州区蔬菜专项抽检`,
      issuer: '巴中市巴州区市场监督管理局',
      categories: ['VEGETABLES', 'FRUIT'],
      quota: 40,
      startsOn: `${year}-01-01`,
      endsOn: `${year}-12-31`,
    };
    const plan =
      'mutation ($input: PlanInput!) { createSamplingPlan(input: $input) { id quota progress { sampled } } }';
    expect(codes(await t.execute(plan, { input }, { as: 'township' }))).toEqual(['FORBIDDEN']);
    const created = await t.execute(plan, { input });
    expect(created.errors).toBeUndefined();
    planId = created.data!.createSamplingPlan.id;
    const res = await register();
    expect(res.errors).toBeUndefined();
    expect(res.data!.registerSample).toMatchObject({
      status: 'SAMPLED',
      events: [{ toStatus: 'SAMPLED', label: '登记抽样' }],
    });
    expect(res.data!.registerSample.number).toMatch(/^QC\d{2}511902\d{5}$/);
  });

  it('refuses bad input naming the field, writing nothing', async () => {
    const before = (await t.execute('{ samples(filter: { entityId: "E0087" }) { totalCount } }')).data!.samples
      .totalCount;
    const cases: [Record<string, unknown>, string][] = [
      [{ samplers: ['李执法'] }, 'samplers'],
      [{ sampledOn: addDays(today, 3) }, 'sampledOn'],
      [{ category: 'DAIRY' }, 'category'],
      [{ foodName: '  ' }, 'foodName'],
      [{ townshipId: '123' }, 'townshipId'],
    ];
    for (const [overrides, field] of cases) {
      const res = await register(overrides);
      expect(codes(res), field).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0]!.extensions!.field).toBe(field);
    }
    // The business's township is the entities subgraph's: one that disagrees is refused, whoever sends it.
    const disagreeing = await register({ townshipId: '511902005' }, 'township');
    expect(codes(disagreeing)).toEqual(['BAD_USER_INPUT']);
    expect(disagreeing.errors![0]!.extensions!.field).toBe('townshipId');
    const after = (await t.execute('{ samples(filter: { entityId: "E0087" }) { totalCount } }')).data!.samples
      .totalCount;
    expect(after).toBe(before);
  });

  it('refuses an illegal transition naming both states, and writes nothing', async () => {
    const id = (await register()).data!.registerSample.id;
    const res = await t.execute(MOVE, { input: { sampleId: id, to: 'DISPOSED' } });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.message).toContain('「已抽样」');
    expect(res.errors![0]!.message).toContain('「已处置」');
    const direct = await t.execute(MOVE, { input: { sampleId: id, to: 'QUALIFIED' } });
    expect(direct.errors![0]!.message).toContain('不能变更为「合格」');
    const sample = await t.execute(`{ sample(id: "${id}") { status events { toStatus } } }`);
    expect(sample.data!.sample).toEqual({ status: 'SAMPLED', events: [{ toStatus: 'SAMPLED' }] });
  });

  it('walks a sample to its verdict, which must agree with its test items', async () => {
    const id = (await register()).data!.registerSample.id;
    const testing = await t.execute(MOVE, { input: { sampleId: id, to: 'TESTING', on: workingDaysAgo(29) } });
    expect(testing.data!.moveSample.status).toBe('TESTING');
    const early = await t.execute(MOVE, { input: { sampleId: id, to: 'QUALIFIED', on: workingDaysAgo(10) } });
    expect(early.errors![0]!.message).toContain('尚未录入检验项目结果');
    const items = await t.execute(RESULTS, { id, items: FAILING_ITEMS });
    expect(items.errors).toBeUndefined();
    expect(items.data!.recordTestResults.testItems.map((i: { verdict: string }) => i.verdict)).toEqual([
      'UNQUALIFIED',
      'QUALIFIED',
    ]);
    const wrong = await t.execute(MOVE, { input: { sampleId: id, to: 'QUALIFIED', on: workingDaysAgo(10) } });
    expect(wrong.errors![0]!.message).toBe('检验项目中有不合格项,不能判定为合格');
    const unqualified = await t.execute(MOVE, { input: { sampleId: id, to: 'UNQUALIFIED', on: workingDaysAgo(10) } });
    expect(unqualified.errors).toBeUndefined();
    expect(unqualified.data!.moveSample).toMatchObject({
      status: 'UNQUALIFIED',
      verdict: 'UNQUALIFIED',
      failureKind: 'PESTICIDE_VET_RESIDUE',
      notifiedOn: workingDaysAgo(10),
    });
    const clocks = unqualified.data!.moveSample.clocks.map((c: { code: string; status: string }) => [c.code, c.status]);
    expect(clocks).toEqual([
      ['SAMPLE_TO_LAB', 'MET'],
      ['LAB_REPORT', 'MET'],
      ['RECHECK_APPLICATION', 'OVERDUE'],
    ]);
  });

  it('refuses a 复检 requested after its 7 working days, with the deadline in the message, writing nothing', async () => {
    const id = await unqualifiedSample(10);
    const deadline = workingDaysAgo(3);
    const res = await t.execute('mutation ($input: RecheckInput!) { requestRecheck(input: $input) { id } }', {
      input: { sampleId: id, requestedOn: today, applicant: '巴州区某超市', lab: '四川省食品检验研究院' },
    });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.message).toContain('复检申请已超过期限');
    expect(res.errors![0]!.message).toContain(deadline);
    expect(res.errors![0]!.extensions!.field).toBe('requestedOn');
    const sample = await t.execute(`{ sample(id: "${id}") { status recheck { id } events { toStatus } } }`);
    expect(sample.data!.sample.status).toBe('UNQUALIFIED');
    expect(sample.data!.sample.recheck).toBeNull();
    expect(sample.data!.sample.events.at(-1).toStatus).toBe('UNQUALIFIED');
  });

  it('runs a 复检 in time at another lab, then disposes and publishes', async () => {
    const id = await unqualifiedSample(3);
    const recheck =
      'mutation ($input: RecheckInput!) { requestRecheck(input: $input) { id status sample { status } } }';
    const sameLab = await t.execute(recheck, {
      input: { sampleId: id, requestedOn: today, applicant: '某超市', lab: '巴中市食品药品检验检测中心' },
    });
    expect(sameLab.errors![0]!.extensions!.field).toBe('lab');
    const accepted = await t.execute(recheck, {
      input: { sampleId: id, requestedOn: today, applicant: '某超市', lab: '四川省食品检验研究院' },
    });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.requestRecheck.sample.status).toBe('RECHECKING');
    const again = await t.execute(recheck, {
      input: { sampleId: id, requestedOn: today, applicant: '某超市', lab: '成都市食品检验研究院' },
    });
    expect(codes(again)).toEqual(['BAD_USER_INPUT']);
    const result = await t.execute(
      'mutation ($input: RecheckResultInput!) { recordRecheckResult(input: $input) { status result sample { status verdict } } }',
      { input: { recheckId: accepted.data!.requestRecheck.id, result: 'UNQUALIFIED', completedOn: today } },
    );
    expect(result.data!.recordRecheckResult).toMatchObject({
      status: 'COMPLETED',
      result: 'UNQUALIFIED',
      sample: { status: 'UNQUALIFIED' },
    });
    const started = await t.execute(
      'mutation ($input: DisposalInput!) { startDisposal(input: $input) { id actions clock { code deadline status pausedDays } sample { status } } }',
      { input: { sampleId: id, startedOn: today, actions: ['OFF_SHELF', 'FILE_CASE'], quantity: 12 } },
    );
    expect(started.errors).toBeUndefined();
    expect(started.data!.startDisposal.sample.status).toBe('DISPOSING');
    expect(started.data!.startDisposal.clock).toMatchObject({ code: 'DISPOSAL', status: 'RUNNING' });
    const disposalId = started.data!.startDisposal.id;
    const complete =
      'mutation ($input: CompleteDisposalInput!) { completeDisposal(input: $input) { completedOn caseNumber clock { status } sample { status } } }';
    const noCase = await t.execute(complete, { input: { disposalId, completedOn: today, measures: '已下架12件' } });
    expect(noCase.errors![0]!.extensions!.field).toBe('caseNumber');
    // The case is enforcement's, checked through the gateway as the writer: an unknown one is refused, nothing written.
    const unknownCase = await t.execute(complete, {
      input: {
        disposalId,
        completedOn: today,
        measures: '已立案',
        caseNumber: '巴州市监罚立〔2026〕99号',
        caseId: 'no-such-case',
      },
    });
    expect(unknownCase.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseId' });
    expect(unknownCase.errors![0]!.message).toBe('关联的案件 no-such-case 不存在或不在您的权限范围内');
    const stillOpen = await t.execute('query($id: ID!) { disposal(id: $id) { completedOn caseId } }', {
      id: disposalId,
    });
    expect(stillOpen.data!.disposal).toEqual({ completedOn: null, caseId: null });
    // The case the disposal opened is against the sampled business, and its 立案编号 is the one the disposal keeps.
    const otherParty = await t.execute(complete, {
      input: { disposalId, completedOn: today, measures: '已立案', caseId: 'CASE-OTHER-PARTY' },
    });
    expect(otherParty.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseId' });
    expect(otherParty.errors![0]!.message).toBe('关联的案件 CASE-OTHER-PARTY 的当事人不是被抽样单位');
    const otherNumber = await t.execute(complete, {
      input: {
        disposalId,
        completedOn: today,
        measures: '已立案',
        caseNumber: '巴州市监罚立〔2026〕12号',
        caseId: 'CASE-OTHER',
      },
    });
    expect(otherNumber.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseNumber' });
    expect(otherNumber.errors![0]!.message).toBe('案件编号应为关联案件的立案编号 巴州市监罚立〔2026〕99号');
    // A lead not filed yet has no number: the typed one is required, as without a case.
    const clue = await t.execute(complete, {
      input: { disposalId, completedOn: today, measures: '已立案', caseId: 'CLUE-OTHER' },
    });
    expect(clue.errors![0]!.extensions!.field).toBe('caseNumber');
    expect(
      (await t.execute('query($id: ID!) { disposal(id: $id) { completedOn caseId } }', { id: disposalId })).data!
        .disposal,
    ).toEqual({ completedOn: null, caseId: null });
    const done = await t.execute(complete, {
      input: { disposalId, completedOn: today, measures: '已下架12件,已立案', caseId: 'CASE-OTHER' },
    });
    expect(done.errors).toBeUndefined();
    expect(done.data!.completeDisposal.caseNumber).toBe('巴州市监罚立〔2026〕99号');
    expect(done.data!.completeDisposal).toMatchObject({ clock: { status: 'MET' }, sample: { status: 'DISPOSED' } });
    const published = await t.execute(MOVE, { input: { sampleId: id, to: 'PUBLISHED' } });
    expect(published.data!.moveSample.status).toBe('PUBLISHED');
    const board = await t.execute(
      '{ disposals(first: 100, filter: { action: FILE_CASE }) { totalCount nodes { actions } } }',
    );
    for (const n of board.data!.disposals.nodes) expect(n.actions).toContain('FILE_CASE');
  });

  it('moves deadlines when the bureau edits the calendar or a rule', async () => {
    const id = await unqualifiedSample(1);
    const deadlineOf = async () =>
      (await t.execute(`{ sample(id: "${id}") { clocks { code deadline } } }`)).data!.sample.clocks.find(
        (c: { code: string }) => c.code === 'RECHECK_APPLICATION',
      ).deadline as string;
    const before = await deadlineOf();
    const set = 'mutation ($input: CalendarDayInput!) { setCalendarDay(input: $input) { date kind } }';
    expect(
      codes(await t.execute(set, { input: { date: today, kind: 'HOLIDAY', name: '测试' } }, { as: 'township' })),
    ).toEqual(['FORBIDDEN']);
    let day = addDays(workingDaysAgo(1), 1);
    while (!calendar.isWorkingDay(day)) day = addDays(day, 1);
    expect((await t.execute(set, { input: { date: day, kind: 'HOLIDAY', name: '本区放假' } })).errors).toBeUndefined();
    const moved = await deadlineOf();
    expect(moved > before).toBe(true);
    const overrides = await t.execute('{ calendarOverrides { date kind name updatedBy } }');
    expect(overrides.data!.calendarOverrides).toEqual([
      { date: day, kind: 'HOLIDAY', name: '本区放假', updatedBy: 'officer' },
    ]);
    await t.execute(`mutation { removeCalendarDay(date: "${day}") }`);
    expect(await deadlineOf()).toBe(before);

    const rule = 'mutation ($input: ClockRuleInput!) { updateClockRule(input: $input) { code period edited } }';
    const bad = await t.execute(rule, {
      input: { code: 'RECHECK_APPLICATION', unit: 'WORKING_DAYS', amount: -1, extension: 0, source: '测试' },
    });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
    const longer = await t.execute(rule, {
      input: { code: 'RECHECK_APPLICATION', unit: 'WORKING_DAYS', amount: 15, extension: 0, source: '测试修订' },
    });
    expect(longer.data!.updateClockRule).toEqual({ code: 'RECHECK_APPLICATION', period: '15个工作日', edited: true });
    expect((await deadlineOf()) > before).toBe(true);
    await t.execute(rule, {
      input: {
        code: 'RECHECK_APPLICATION',
        unit: 'WORKING_DAYS',
        amount: 7,
        extension: 0,
        source: '中华人民共和国食品安全法第八十八条',
      },
    });
  });

  it('files and decides an objection within its windows', async () => {
    const id = await unqualifiedSample(2);
    const file = 'mutation ($input: ObjectionInput!) { fileObjection(input: $input) { id status } }';
    const input = {
      sampleId: id,
      kind: 'STANDARD_APPLIED',
      filedOn: today,
      applicant: '某超市',
      reason: '对判定标准有异议',
    };
    const filed = await t.execute(file, { input });
    expect(filed.data!.fileObjection.status).toBe('PENDING');
    expect((await t.execute(file, { input })).errors![0]!.message).toContain('正在审核');
    const decided = await t.execute(
      'mutation ($input: ObjectionDecisionInput!) { decideObjection(input: $input) { status conclusion } }',
      {
        input: {
          objectionId: filed.data!.fileObjection.id,
          status: 'REJECTED',
          decidedOn: today,
          conclusion: '异议不成立',
        },
      },
    );
    expect(decided.data!.decideObjection).toEqual({ status: 'REJECTED', conclusion: '异议不成立' });
  });

  it('collects 你点我检 requests, votes and replies', async () => {
    const created = await t.execute(
      'mutation ($input: ConsumerRequestInput!) { createConsumerRequest(input: $input) { id status votes } }',
      {
        input: {
          title: '小区门口的凉皮',
          category: 'CATERING_FOOD',
          description: '想知道微生物是否合格',
          channel: '12315热线',
          submittedBy: '市民王**',
          submittedOn: today,
        },
      },
    );
    const id = created.data!.createConsumerRequest.id;
    const voted = await t.execute(`mutation { voteConsumerRequest(id: "${id}", votes: 5) { votes } }`);
    expect(voted.data!.voteConsumerRequest.votes).toBe(5);
    const answer =
      'mutation ($input: ConsumerRequestDecisionInput!) { decideConsumerRequest(input: $input) { status reply } }';
    const early = await t.execute(answer, { input: { requestId: id, status: 'ANSWERED', reply: '已公布' } });
    expect(early.errors![0]!.extensions!.field).toBe('status');
    const accepted = await t.execute(answer, {
      input: { requestId: id, status: 'ACCEPTED', reply: '已纳入下一批次抽检' },
    });
    expect(accepted.data!.decideConsumerRequest.status).toBe('ACCEPTED');
  });
});
