import { HolidayCalendar } from '@shian/clock';
import { describe, expect, it } from 'vitest';
import {
  checkObjection,
  checkRecheckRequest,
  checkTransition,
  ClockCode,
  directMoves,
  IllegalTransition,
  isOverdue,
  judge,
  ruleBook,
  SampleStatus as S,
  sampleClocks,
  sampleVerdict,
  TRANSITIONS,
  Verdict,
  backupKeptUntil,
} from '../src/rules';

const calendar = HolidayCalendar.chinese();
const rules = ruleBook();

describe('the sample lifecycle', () => {
  it('allows the path of docs/domain.md#sampling, each move by its own operation', () => {
    expect(checkTransition(S.SAMPLED, S.TESTING, 'move').label).toBe('样品送达检验机构');
    expect(checkTransition(S.TESTING, S.UNQUALIFIED, 'move')).toBeTruthy();
    expect(checkTransition(S.UNQUALIFIED, S.RECHECKING, 'recheck')).toBeTruthy();
    expect(checkTransition(S.RECHECKING, S.UNQUALIFIED, 'recheckResult')).toBeTruthy();
    expect(checkTransition(S.UNQUALIFIED, S.DISPOSING, 'startDisposal')).toBeTruthy();
    expect(checkTransition(S.DISPOSING, S.DISPOSED, 'completeDisposal')).toBeTruthy();
    expect(checkTransition(S.DISPOSED, S.PUBLISHED, 'move')).toBeTruthy();
    expect(checkTransition(S.QUALIFIED, S.PUBLISHED, 'move')).toBeTruthy();
  });

  it('refuses an illegal move naming the current and the requested state', () => {
    expect(() => checkTransition(S.SAMPLED, S.DISPOSED, 'move')).toThrow(IllegalTransition);
    expect(() => checkTransition(S.SAMPLED, S.DISPOSED, 'move')).toThrow(
      '样品当前状态为「已抽样」,不能变更为「已处置」;当前状态可变更为:检验中',
    );
    expect(() => checkTransition(S.PUBLISHED, S.TESTING, 'move')).toThrow('当前状态已是终态');
  });

  it('refuses an existing edge taken by the wrong operation', () => {
    expect(() => checkTransition(S.UNQUALIFIED, S.RECHECKING, 'move')).toThrow('须通过「复检申请」办理');
    expect(() => checkTransition(S.DISPOSING, S.DISPOSED, 'move')).toThrow(
      '从「核查处置」变更为「已处置」须通过「完成核查处置」办理',
    );
  });

  it('has no duplicate edges, and offers direct moves as buttons', () => {
    expect(new Set(TRANSITIONS.map((t) => `${t.from}>${t.to}`)).size).toBe(TRANSITIONS.length);
    expect(directMoves(S.TESTING)).toEqual([S.QUALIFIED, S.UNQUALIFIED]);
    expect(directMoves(S.UNQUALIFIED)).toEqual([]);
  });
});

describe('the 复检 window', () => {
  const base = {
    lab: '四川省食品检验研究院',
    originalLab: '巴中市食品药品检验检测中心',
    alreadyRechecked: false,
    rules,
    calendar,
  };

  it('is 7 working days from the notice, holidays skipped', () => {
    // Notified Friday 2024-09-27: the 7th working day is make-up Saturday 10-12.
    expect(checkRecheckRequest({ ...base, notifiedOn: '2024-09-27', requestedOn: '2024-10-12' })).toBe('2024-10-12');
  });

  it('refuses a late request with the deadline in the message', () => {
    expect(() => checkRecheckRequest({ ...base, notifiedOn: '2024-09-27', requestedOn: '2024-10-14' })).toThrow(
      '复检申请已超过期限:检验结论于 2024-09-27 送达,应在 7 个工作日内即 2024-10-12 前提出,本次申请日期为 2024-10-14',
    );
  });

  it('refuses the same lab, a second 复检, and a request before the notice', () => {
    expect(() =>
      checkRecheckRequest({ ...base, lab: base.originalLab, notifiedOn: '2024-05-06', requestedOn: '2024-05-07' }),
    ).toThrow('初检机构');
    expect(() =>
      checkRecheckRequest({ ...base, alreadyRechecked: true, notifiedOn: '2024-05-06', requestedOn: '2024-05-07' }),
    ).toThrow('最终结论');
    expect(() => checkRecheckRequest({ ...base, notifiedOn: '2024-05-06', requestedOn: '2024-05-01' })).toThrow('早于');
  });

  it('follows an edited rule', () => {
    const longer = ruleBook([{ code: ClockCode.RECHECK_APPLICATION, amount: 10 }]);
    expect(checkRecheckRequest({ ...base, rules: longer, notifiedOn: '2024-09-27', requestedOn: '2024-10-14' })).toBe(
      '2024-10-16',
    );
  });
});

describe('objections', () => {
  it('open for 7 working days after the notice, one at a time', () => {
    // Saturday 05-11 is a make-up working day, so the 7th working day after Monday 05-06 is Tuesday 05-14.
    expect(checkObjection({ notifiedOn: '2024-05-06', filedOn: '2024-05-10', pending: false, rules, calendar })).toBe(
      '2024-05-14',
    );
    expect(() =>
      checkObjection({ notifiedOn: '2024-05-06', filedOn: '2024-05-15', pending: false, rules, calendar }),
    ).toThrow('2024-05-14');
    expect(() =>
      checkObjection({ notifiedOn: '2024-05-06', filedOn: '2024-05-10', pending: true, rules, calendar }),
    ).toThrow('正在审核');
  });
});

describe('verdicts', () => {
  it('judge values against limits as reports write them', () => {
    expect(judge('0.35', '≤0.2')).toBe(Verdict.UNQUALIFIED);
    expect(judge('0.12', '≤0.2')).toBe(Verdict.QUALIFIED);
    expect(judge('未检出', '≤0.02')).toBe(Verdict.QUALIFIED);
    expect(judge('<0.01', '不得检出')).toBe(Verdict.QUALIFIED);
    expect(judge('1.8', '不得检出')).toBe(Verdict.UNQUALIFIED);
    expect(judge('3.1', '≥2.9')).toBe(Verdict.QUALIFIED);
    expect(judge('51.5', '52.0~54.0')).toBe(Verdict.UNQUALIFIED);
    expect(judge('未检出', '0/250mL')).toBe(Verdict.QUALIFIED);
    expect(judge('见附件', '≤0.2')).toBeNull();
    expect(judge('0.1', '符合标签标示')).toBeNull();
  });

  it('make a sample unqualified as soon as one item is', () => {
    expect(sampleVerdict([])).toBeNull();
    expect(sampleVerdict([{ verdict: Verdict.QUALIFIED }, { verdict: Verdict.UNQUALIFIED }])).toBe(Verdict.UNQUALIFIED);
    expect(sampleVerdict([{ verdict: Verdict.QUALIFIED }])).toBe(Verdict.QUALIFIED);
  });
});

describe('a sample’s clocks', () => {
  const sampled = {
    status: S.SAMPLED,
    verdict: null,
    sampledOn: '2024-04-29',
    receivedOn: null,
    reportedOn: null,
    notifiedOn: null,
  };

  it('flags a sample not delivered to the lab within 5 working days', () => {
    const running = sampleClocks(sampled, rules, calendar, '2024-05-09');
    expect(running.map((c) => [c.rule.code, c.deadline, c.status])).toEqual([
      ['SAMPLE_TO_LAB', '2024-05-09', 'RUNNING'],
    ]);
    const late = sampleClocks(sampled, rules, calendar, '2024-05-10');
    expect(isOverdue(late)).toBe(true);
  });

  it('runs the lab report clock from delivery, and stops it at the report', () => {
    const clocks = sampleClocks(
      {
        ...sampled,
        status: S.QUALIFIED,
        verdict: Verdict.QUALIFIED,
        receivedOn: '2024-04-30',
        reportedOn: '2024-05-20',
      },
      rules,
      calendar,
      '2024-08-01',
    );
    expect(clocks.map((c) => [c.rule.code, c.status])).toEqual([
      ['SAMPLE_TO_LAB', 'MET'],
      ['LAB_REPORT', 'MET'],
    ]);
    expect(isOverdue(clocks)).toBe(false);
  });

  it('does not flag the bureau when a business lets its 复检 window pass', () => {
    const facts = {
      ...sampled,
      status: S.UNQUALIFIED,
      verdict: Verdict.UNQUALIFIED,
      receivedOn: '2024-04-30',
      reportedOn: '2024-05-20',
      notifiedOn: '2024-05-22',
    };
    const clocks = sampleClocks(facts, rules, calendar, '2024-06-30');
    expect(clocks.find((c) => c.rule.code === 'RECHECK_APPLICATION')?.status).toBe('OVERDUE');
    expect(isOverdue(clocks)).toBe(false);
  });

  it('pauses the disposal clock during a 复检, and flags it when it runs out', () => {
    const facts = {
      ...sampled,
      status: S.DISPOSING,
      verdict: Verdict.UNQUALIFIED,
      receivedOn: '2024-04-30',
      reportedOn: '2024-05-20',
      notifiedOn: '2024-05-22',
      recheck: { requestedOn: '2024-05-24', completedOn: '2024-06-05' },
      disposal: { startedOn: '2024-06-06', completedOn: null, extended: false },
    };
    const clocks = sampleClocks(facts, rules, calendar, '2024-08-01');
    const disposal = clocks.find((c) => c.rule.code === 'DISPOSAL')!;
    // 90 days from 05-22 is 08-20; the 13 paused days move it to 09-02 (a Monday).
    expect(disposal.deadline).toBe('2024-09-02');
    expect(disposal.pausedDays).toBe(13);
    expect(isOverdue(sampleClocks(facts, rules, calendar, '2024-09-03'))).toBe(true);
    const extended = sampleClocks(
      { ...facts, disposal: { ...facts.disposal, extended: true } },
      rules,
      calendar,
      '2024-09-03',
    );
    expect(isOverdue(extended)).toBe(false);
  });

  it('keeps the backup sample 3 months after a qualified report, 6 after an unqualified one', () => {
    const qualified = { ...sampled, verdict: Verdict.QUALIFIED, reportedOn: '2024-05-20' };
    expect(backupKeptUntil(qualified, rules, calendar)).toBe('2024-08-20');
    expect(backupKeptUntil({ ...qualified, verdict: Verdict.UNQUALIFIED }, rules, calendar)).toBe('2024-11-20');
    expect(backupKeptUntil(sampled, rules, calendar)).toBeNull();
  });
});
