import { HolidayCalendar } from '@shian/clock';
import { dialects, testSubgraph } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import {
  COMPLAINT_MOVES,
  ComplaintKind,
  ComplaintStatus,
  checkComplaintMove,
  complaintClock,
  isIdNumber,
  maskIdNumber,
  maskName,
  maskPhone,
} from '../src/rules/complaints';
import subgraph from '../src/schema';
import { linkedGateway } from './gateway';

const calendar = HolidayCalendar.chinese();
const daysAgo = (n: number) => new Date(Date.now() + 8 * 3_600_000 - n * 86_400_000).toISOString().slice(0, 10);
const today = daysAgo(0);

describe('complaint clocks (default calendar)', () => {
  const deadline = (kind: ComplaintKind, receivedOn: string, extended = false) =>
    complaintClock({ kind, receivedOn, decidedOn: null, extended }, calendar, '2020-01-01').deadline;

  it('gives a complaint received on the Friday before 国庆 2024 its 7th working day: Sat 2024-10-12 (调休上班)', () => {
    // 09-29 (Sun, make-up), 09-30, then 10-01…07 off: 10-08, 09, 10, 11, 12 (Sat, make-up).
    expect(deadline(ComplaintKind.COMPLAINT, '2024-09-27')).toBe('2024-10-12');
  });

  it('counts 国庆 2025 (10-01…10-08 off, 09-28 and 10-11 worked)', () => {
    // Friday 09-26: 09-28 (Sun, make-up), 09-29, 09-30, 10-09, 10-10, 10-11 (Sat, make-up), 10-13.
    expect(deadline(ComplaintKind.COMPLAINT, '2025-09-26')).toBe('2025-10-13');
    // Tuesday 09-30, the eve of the holiday: 10-09, 10-10, 10-11, 10-13, 10-14, 10-15, 10-16.
    expect(deadline(ComplaintKind.COMPLAINT, '2025-09-30')).toBe('2025-10-16');
  });

  it('gives a report the filing clock: 15 working days, once extended by 15', () => {
    expect(deadline(ComplaintKind.REPORT, '2024-09-27')).toBe('2024-10-23');
    expect(deadline(ComplaintKind.REPORT, '2024-09-27', true)).toBe('2024-11-13');
    // A complaint's 7 days cannot be extended.
    expect(deadline(ComplaintKind.COMPLAINT, '2024-09-27', true)).toBe('2024-10-12');
  });

  it('is met by the decision and overdue without one', () => {
    const met = complaintClock(
      { kind: ComplaintKind.COMPLAINT, receivedOn: '2024-09-27', decidedOn: '2024-10-11', extended: false },
      calendar,
      '2024-12-01',
    );
    expect(met.status).toBe('MET');
    const overdue = complaintClock(
      { kind: ComplaintKind.COMPLAINT, receivedOn: '2024-09-27', decidedOn: null, extended: false },
      calendar,
      '2024-10-14',
    );
    expect(overdue.status).toBe('OVERDUE');
  });
});

describe('complaint transition table', () => {
  const all = new Set(['reason', 'mediationResult', 'case', 'answer'] as const);
  it('lets a complaint be accepted, mediated and answered, and a report only refused or referred', () => {
    const C = ComplaintKind.COMPLAINT;
    const R = ComplaintKind.REPORT;
    expect(checkComplaintMove(C, ComplaintStatus.RECEIVED, ComplaintStatus.ACCEPTED, all)).toBeNull();
    expect(checkComplaintMove(C, ComplaintStatus.ACCEPTED, ComplaintStatus.MEDIATED, all)).toBeNull();
    expect(checkComplaintMove(R, ComplaintStatus.RECEIVED, ComplaintStatus.ACCEPTED, all)?.field).toBe('to');
    expect(checkComplaintMove(R, ComplaintStatus.RECEIVED, ComplaintStatus.REFERRED, all)).toBeNull();
    expect(checkComplaintMove(C, ComplaintStatus.ANSWERED, ComplaintStatus.REFERRED, all)?.message).toBe(
      '该投诉当前为「已答复」,不能变更为「已转线索(立案)」(已办结)',
    );
    expect(checkComplaintMove(C, ComplaintStatus.RECEIVED, ComplaintStatus.REFUSED, new Set())).toEqual({
      field: 'reason',
      message: '「不予受理」须填写不予受理理由',
    });
    // Every final answer comes after a decision; nothing leaves ANSWERED.
    expect(COMPLAINT_MOVES.some((m) => m.from === ComplaintStatus.ANSWERED)).toBe(false);
  });
});

describe('complainant masking and checks', () => {
  it('masks name, phone and ID number', () => {
    expect(maskName('张三丰')).toBe('张**');
    expect(maskName('李丽')).toBe('李*');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('0827-5267890')).toBe('********7890');
    expect(maskIdNumber('51190219800101001X')).toBe('5****************X');
    expect(maskName(null)).toBeNull();
  });

  it('checks an ID number’s date and check character', () => {
    expect(isIdNumber('11010519491231002X')).toBe(true);
    expect(isIdNumber('110105194912310021')).toBe(false);
    expect(isIdNumber('110105194902300028')).toBe(false);
  });
});

const FIELDS = `id code kind channel status outcome version receivedOn decidedOn refusedReason mediationResult answeredOn answer
  townshipId overdue nextStatuses complainant { name phone idNumber masked anonymous }
  clock { code deadline status } case { id source status title townshipId } steps { action status doneOn username }`;
const CREATE = `mutation($i: ComplaintInput!) { createComplaint(input: $i) { ${FIELDS} } }`;
const MOVE = `mutation($i: ComplaintMoveInput!) { moveComplaint(input: $i) { ${FIELDS} } }`;
const ONE = `query($id: ID!) { complaint(id: $id) { ${FIELDS} } }`;
const PERSON = { name: '王建华', phone: '13812345678', idNumber: '11010519491231002X' };

describe.each(await dialects())('the complaints register on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true, gateway: linkedGateway });

  const rows = async () => {
    const c = t.orm.em.fork().getConnection();
    const [a] = (await c.execute(
      'select (select count(*) from complaint) as c, (select count(*) from complaint_step) as s, (select count(*) from case_file) as k, (select coalesce(sum(version), 0) from complaint) as v',
    )) as Record<string, number | string>[];
    return Object.values(a!).map(Number).join('/');
  };

  const create = async (input: Record<string, unknown> = {}, as = 'officer', idempotencyKey?: string) =>
    t.execute(
      CREATE,
      {
        i: {
          kind: 'COMPLAINT',
          channel: 'PLATFORM_12315',
          complainant: PERSON,
          entityId: 'E0001',
          content: '在该店购买的卤肉有异味',
          receivedOn: '2024-09-27',
          ...input,
        },
      },
      { as, idempotencyKey },
    );

  it('registers a complaint with its code, township from the register, and its 7-working-day clock', async () => {
    const res = await create({}, 'officer', 'form-1');
    expect(res.errors).toBeUndefined();
    const record = res.data!.createComplaint;
    expect(record).toMatchObject({
      status: 'RECEIVED',
      outcome: 'PENDING',
      townshipId: '511902001',
      clock: { code: 'COMPLAINT_ACCEPTANCE', deadline: '2024-10-12', status: 'OVERDUE' },
      overdue: true,
      nextStatuses: ['ACCEPTED', 'REFUSED', 'REFERRED'],
      complainant: { ...PERSON, masked: false, anonymous: false },
      steps: [{ action: '登记投诉', status: 'RECEIVED', doneOn: '2024-09-27', username: 'officer' }],
    });
    expect(record.code).toMatch(/^巴州投诉举报〔2024〕\d+号$/);
    // The same submission sent again (same Idempotency-Key) is the same record, written once.
    const before = await rows();
    const again = await create({}, 'officer', 'form-1');
    expect(again.data?.createComplaint.id).toBe(record.id);
    expect(await rows()).toBe(before);
    const next = await create({ receivedOn: '2024-10-08' });
    const n = (code: string) => Number(/〕(\d+)号/.exec(code)![1]);
    expect(n(next.data!.createComplaint.code)).toBe(n(record.code) + 1);
  });

  it('moves a complaint through acceptance, mediation and the answer; stale versions conflict', async () => {
    const { id, version } = (await create({ receivedOn: daysAgo(3) })).data!.createComplaint;
    const accepted = await t.execute(MOVE, { i: { complaintId: id, version, to: 'ACCEPTED', on: today } });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.moveComplaint).toMatchObject({ status: 'ACCEPTED', decidedOn: today, overdue: false });
    expect(accepted.data!.moveComplaint.clock.status).toBe('MET');
    const before = await rows();
    const stale = await t.execute(MOVE, {
      i: { complaintId: id, version, to: 'MEDIATED', on: today, mediationResult: 'SETTLED' },
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const noResult = await t.execute(MOVE, {
      i: { complaintId: id, version: accepted.data!.moveComplaint.version, to: 'MEDIATED', on: today },
    });
    expect(noResult.errors?.[0]).toMatchObject({
      message: '「调解」须填写调解结果',
      extensions: { code: 'BAD_USER_INPUT', field: 'mediationResult' },
    });
    expect(await rows()).toBe(before);
    const mediated = await t.execute(MOVE, {
      i: {
        complaintId: id,
        version: accepted.data!.moveComplaint.version,
        to: 'MEDIATED',
        on: today,
        mediationResult: 'SETTLED',
        mediationNote: '经营者退款',
      },
    });
    expect(mediated.data!.moveComplaint).toMatchObject({ status: 'MEDIATED', outcome: 'MEDIATED' });
    const answered = await t.execute(MOVE, {
      i: {
        complaintId: id,
        version: mediated.data!.moveComplaint.version,
        to: 'ANSWERED',
        on: today,
        answer: '已调解,经营者退款',
      },
    });
    expect(answered.data!.moveComplaint).toMatchObject({
      status: 'ANSWERED',
      outcome: 'MEDIATED',
      answeredOn: today,
      nextStatuses: [],
    });
    expect(answered.data!.moveComplaint.steps.map((s: { action: string }) => s.action)).toEqual([
      '登记投诉',
      '受理',
      '调解',
      '答复办结',
    ]);
  });

  it('refuses a report’s acceptance, refers it to a new clue in the same write, and extends its clock once', async () => {
    const res = await create({ kind: 'REPORT', complainant: null, receivedOn: daysAgo(2) });
    expect(res.errors).toBeUndefined();
    const report = res.data!.createComplaint;
    expect(report.complainant).toEqual({ name: null, phone: null, idNumber: null, masked: false, anonymous: true });
    expect(report.clock.code).toBe('CASE_FILING');
    const accept = await t.execute(MOVE, { i: { complaintId: report.id, version: 1, to: 'ACCEPTED', on: today } });
    expect(accept.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const extend = 'mutation($i: ComplaintExtensionInput!) { extendComplaintClock(input: $i) { version extended } }';
    const extended = await t.execute(extend, { i: { complaintId: report.id, version: report.version } });
    expect(extended.data?.extendComplaintClock.extended).toBe(true);
    const twice = await t.execute(extend, {
      i: { complaintId: report.id, version: extended.data!.extendComplaintClock.version },
    });
    expect(twice.errors?.[0]?.message).toBe('核查期限已延长过');
    const cases = (await t.execute('{ cases { totalCount } }')).data!.cases.totalCount;
    const referred = await t.execute(MOVE, {
      i: {
        complaintId: report.id,
        version: extended.data!.extendComplaintClock.version,
        to: 'REFERRED',
        on: today,
        caseTitle: '涉嫌使用过期原料案',
        violations: ['EXPIRED'],
      },
    });
    expect(referred.errors).toBeUndefined();
    const moved = referred.data!.moveComplaint;
    expect(moved).toMatchObject({
      status: 'REFERRED',
      outcome: 'REFERRED',
      case: { source: 'COMPLAINT', status: 'CLUE', title: '涉嫌使用过期原料案', townshipId: '511902001' },
    });
    expect((await t.execute('{ cases { totalCount } }')).data!.cases.totalCount).toBe(cases + 1);
    const back = await t.execute('query($id: ID!) { case(id: $id) { complaints { id } history { action } } }', {
      id: moved.case.id,
    });
    expect(back.data?.case.complaints).toEqual([{ id: report.id }]);
    expect(back.data?.case.history[0].action).toBe(`登记线索(来自${report.code})`);
  });

  it('links a complaint only to a case of the same business in the writer’s township', async () => {
    const complaint = (await create({ receivedOn: daysAgo(1) }, 'township')).data!.createComplaint;
    const foreign = await t.execute('{ cases(first: 1, filter: { townshipId: "511902002" }) { nodes { id } } }');
    const other = await t.execute(
      '{ cases(first: 50, filter: { townshipId: "511902001" }) { nodes { id entity { id } } } }',
    );
    const sameTownshipOtherBusiness = other.data!.cases.nodes.find(
      (c: { entity: { id: string } }) => c.entity.id !== 'E0001',
    );
    const before = await rows();
    for (const [caseId, message] of [
      [foreign.data!.cases.nodes[0].id, '不存在或不在您的辖区内'],
      [sameTownshipOtherBusiness.id, '当事人不是被投诉举报的主体'],
    ]) {
      const res = await t.execute(
        MOVE,
        { i: { complaintId: complaint.id, version: complaint.version, to: 'REFERRED', on: today, caseId } },
        { as: 'township' },
      );
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseId' });
      expect(res.errors?.[0]?.message).toContain(message);
    }
    expect(await rows()).toBe(before);
  });

  it('shows the complainant only to those who handle it: officers and the handling township', async () => {
    const record = (await create({ receivedOn: daysAgo(1) })).data!.createComplaint;
    const read = async (as: string, masked = false) =>
      t.execute(
        `query($id: ID!, $m: Boolean!) { complaint(id: $id) { complainant(masked: $m) { name phone idNumber masked } } }`,
        { id: record.id, m: masked },
        { as },
      );
    const full = { name: '王建华', phone: '13812345678', idNumber: '11010519491231002X', masked: false };
    const hidden = { name: '王**', phone: '138****5678', idNumber: '1****************X', masked: true };
    expect((await read('officer')).data?.complaint.complainant).toEqual(full);
    expect((await read('township')).data?.complaint.complainant).toEqual(full);
    expect((await read('admin')).data?.complaint.complainant).toEqual(hidden);
    // What exports ask for: masked whoever asks.
    expect((await read('officer', true)).data?.complaint.complainant).toEqual(hidden);
    const list = await t.execute(
      '{ complaints(first: 100) { nodes { complainant { name masked } } } }',
      {},
      { as: 'admin' },
    );
    const named = list.data!.complaints.nodes.filter(
      (n: { complainant: { name: string | null } }) => n.complainant.name,
    );
    expect(named.length).toBeGreaterThan(0);
    for (const node of named)
      expect(node.complainant).toMatchObject({ masked: true, name: expect.stringMatching(/^.\*+$/) });
  });

  it('keeps township officers to their township and partners out entirely, writing nothing', async () => {
    const foreign = (await create({ entityId: 'E0002', receivedOn: daysAgo(1) })).data!.createComplaint;
    expect(foreign.townshipId).toBe('511902002');
    const list = await t.execute(
      '{ complaints(first: 100) { totalCount nodes { townshipId } } }',
      {},
      { as: 'township' },
    );
    expect(list.data!.complaints.totalCount).toBeGreaterThan(0);
    for (const node of list.data!.complaints.nodes) expect(node.townshipId).toBe('511902001');
    const widened = await t.execute(
      '{ complaints(filter: { townshipId: "511902002" }) { totalCount } }',
      {},
      { as: 'township' },
    );
    expect(widened.data?.complaints.totalCount).toBe(0);
    expect((await t.execute(ONE, { id: foreign.id }, { as: 'township' })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const before = await rows();
    const move = await t.execute(
      MOVE,
      { i: { complaintId: foreign.id, version: foreign.version, to: 'ACCEPTED', on: today } },
      { as: 'township' },
    );
    expect(move.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const cross = await create({ entityId: 'E0002' }, 'township');
    expect(cross.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'entityId' } });
    const wrongTownship = await create({ townshipId: '511902002' }, 'officer');
    expect(wrongTownship.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'townshipId' });
    for (const partner of ['police', 'education', 'agriculture']) {
      for (const [query, variables] of [
        ['{ complaints { totalCount } }', {}],
        [ONE, { id: foreign.id }],
        ['{ workReport(year: 2024) { enforcement { complaintsReceived } } }', {}],
      ] as const)
        expect((await t.execute(query, variables, { as: partner })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await create({}, partner)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const shared = await t.execute('{ cases(first: 1) { nodes { id complaints { id } } } }', {}, { as: partner });
      expect(shared.data?.cases.nodes[0].complaints).toBeNull();
      expect(shared.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await t.execute('{ complaints { totalCount } }', {}, { as: null })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(await rows()).toBe(before);
  });

  it('refuses bad input in Chinese and writes nothing', async () => {
    const before = await rows();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ complainant: { ...PERSON, phone: '12345' } }, 'complainant.phone', '联系电话格式不正确:12345'],
      [
        { complainant: { ...PERSON, idNumber: '110105194912310021' } },
        'complainant.idNumber',
        '身份证号码不正确(18位,出生日期或校验码有误)',
      ],
      [{ complainant: { phone: '13812345678' } }, 'complainant.name', '投诉须填写投诉人姓名(匿名的请按举报登记)'],
      [{ receivedOn: '2999-01-01' }, 'receivedOn', `收到日期不能晚于今天(${today})`],
      [{ content: '  ' }, 'content', '投诉举报内容不能为空'],
      [{ entityId: 'E9999' }, 'entityId', '主体 E9999 不存在或不在您的辖区内'],
    ];
    for (const [input, field, message] of cases) {
      const res = await create(input);
      expect(res.errors?.[0], field).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field } });
    }
    expect(await rows()).toBe(before);
  });

  it('links every demo case from 投诉举报 to its complaint, and counts the year by channel and outcome', async () => {
    const cases = await t.execute(
      '{ cases(first: 100, filter: { source: COMPLAINT, year: 2024 }) { totalCount nodes { id complaints { id caseId: case { id } } } } }',
    );
    expect(cases.errors).toBeUndefined();
    expect(cases.data!.cases.totalCount).toBeGreaterThan(0);
    for (const node of cases.data!.cases.nodes)
      expect(node.complaints.map((c: { caseId: { id: string } }) => c.caseId.id)).toEqual([node.id]);
    const report = await t.execute(`{ workReport(year: 2024) { enforcement {
      casesFiled complaintsReceived complaintsByChannel { channel count } complaintsByOutcome { outcome count }
      complaintsByKind { kind count } } } }`);
    expect(report.errors).toBeUndefined();
    const figures = report.data!.workReport.enforcement;
    expect(figures.casesFiled).toBe(119);
    const listed = await t.execute('{ complaints(filter: { year: 2024 }) { totalCount } }');
    expect(figures.complaintsReceived).toBe(listed.data!.complaints.totalCount);
    const sum = (rows: { count: number }[]) => rows.reduce((n, r) => n + r.count, 0);
    expect(sum(figures.complaintsByChannel)).toBe(figures.complaintsReceived);
    expect(sum(figures.complaintsByOutcome)).toBe(figures.complaintsReceived);
    expect(sum(figures.complaintsByKind)).toBe(figures.complaintsReceived);
    for (const { channel, count } of figures.complaintsByChannel) {
      const one = await t.execute(
        'query($c: ComplaintChannel) { complaints(filter: { year: 2024, channel: $c }) { totalCount } }',
        { c: channel },
      );
      expect(one.data!.complaints.totalCount, channel).toBe(count);
    }
    const referred = figures.complaintsByOutcome.find((o: { outcome: string }) => o.outcome === 'REFERRED').count;
    expect(referred).toBeGreaterThanOrEqual(cases.data!.cases.totalCount);
    const township = await t.execute(
      '{ workReport(year: 2024) { enforcement { complaintsReceived } } }',
      {},
      { as: 'township' },
    );
    expect(township.data!.workReport.enforcement.complaintsReceived).toBeLessThan(figures.complaintsReceived);
  });

  it('lists the overdue ones only, each flagged', async () => {
    const late = (await create({ receivedOn: daysAgo(30) })).data!.createComplaint;
    const res = await t.execute(
      '{ complaints(first: 100, filter: { overdue: true }) { totalCount nodes { id overdue status } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.complaints.nodes.map((n: { id: string }) => n.id)).toContain(late.id);
    for (const node of res.data!.complaints.nodes) expect(node).toMatchObject({ overdue: true, status: 'RECEIVED' });
  });
});
