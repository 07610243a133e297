import { HolidayCalendar } from '@shian/clock';
import { describe, expect, it } from 'vitest';
import {
  CASE_MOVES,
  type CaseFacts,
  caseClocks,
  caseDocuments,
  caseTimeline,
  checkDraw,
  checkMove,
  diff,
  isOverdue,
  type MoveField,
  nextStatuses,
  runDraw,
  seizureClock,
  summarize,
  transferClock,
} from '../src/rules';
import { CaseStatus, PauseKind, TransferKind, TransferOutcome } from '../src/rules/enums';

const calendar = HolidayCalendar.chinese();
const S = CaseStatus;
const all = (fields: MoveField[]) => new Set<MoveField>(fields);
const EVERYTHING = all(['officerIds', 'violations', 'legalBasis', 'reason', 'penalty', 'transfer']);

const facts = (overrides: Partial<CaseFacts> = {}): CaseFacts => ({
  status: S.CLUE,
  receivedOn: '2024-09-20',
  filedOn: null,
  decidedOn: null,
  servedOn: null,
  closedOn: null,
  transferredOn: null,
  penaltyPublishedOn: null,
  filingExtended: false,
  decisionExtended: false,
  pauses: [],
  ...overrides,
});

describe('the case lifecycle table', () => {
  it('runs 线索 → 立案 → 调查取证 → 告知 → 决定 → 执行 → 结案, and no step can be skipped', () => {
    const path = [S.CLUE, S.FILED, S.INVESTIGATING, S.NOTIFIED, S.DECIDED, S.EXECUTING, S.CLOSED];
    for (let i = 0; i + 1 < path.length; i++) expect(checkMove(path[i]!, path[i + 1]!, EVERYTHING)).toBeNull();
    for (let i = 0; i + 2 < path.length; i++) {
      const skipped = checkMove(path[i]!, path[i + 2]!, EVERYTHING);
      if (path[i] === S.INVESTIGATING && path[i + 2] === S.DECIDED) expect(skipped?.field).toBe('to');
      else if (!(path[i] === S.NOTIFIED && path[i + 2] === S.EXECUTING)) expect(skipped).not.toBeNull();
    }
  });

  it('names the current and requested state, and what it may become, when a move does not exist', () => {
    const problem = checkMove(S.CLUE, S.DECIDED, EVERYTHING);
    expect(problem).toEqual({
      field: 'to',
      message: '案件当前为「线索」,不能变更为「决定」(可变更为:立案、不予立案、移送)',
    });
    expect(checkMove(S.CLOSED, S.FILED, EVERYTHING)?.message).toContain('(已办结)');
    expect(nextStatuses(S.NOT_FILED)).toEqual([]);
  });

  it('says what a move lacks', () => {
    expect(checkMove(S.CLUE, S.FILED, all(['violations']))).toEqual({
      field: 'officerIds',
      message: '「立案」须填写办案人员(至少2名)',
    });
    expect(checkMove(S.NOTIFIED, S.DECIDED, all([]))?.field).toBe('penalty');
    expect(checkMove(S.CLUE, S.NOT_FILED, all([]))?.field).toBe('reason');
  });

  it('sends a suspected crime to the police only after filing, and takes a transferred case back only when declined', () => {
    expect(checkMove(S.CLUE, S.TRANSFERRED, EVERYTHING, { transferKind: TransferKind.CRIMINAL })?.message).toContain(
      '立案调查后',
    );
    expect(checkMove(S.CLUE, S.TRANSFERRED, EVERYTHING, { transferKind: TransferKind.JURISDICTION })).toBeNull();
    expect(checkMove(S.INVESTIGATING, S.TRANSFERRED, EVERYTHING, { transferKind: TransferKind.CRIMINAL })).toBeNull();
    const back = (outcome: TransferOutcome | null) =>
      checkMove(S.TRANSFERRED, S.INVESTIGATING, EVERYTHING, { transfer: { kind: TransferKind.CRIMINAL, outcome } });
    expect(back(TransferOutcome.DECLINED)).toBeNull();
    expect(back(TransferOutcome.FILED)?.message).toContain('不予立案');
    expect(back(null)).not.toBeNull();
  });

  it('does not decide or close while testing time runs', () => {
    expect(checkMove(S.NOTIFIED, S.DECIDED, EVERYTHING, { openPause: true })?.message).toContain('暂停');
  });

  it('is one table: every move unique, every status reachable from 线索', () => {
    const keys = CASE_MOVES.map((m) => `${m.from}>${m.to}`);
    expect(new Set(keys).size).toBe(keys.length);
    const reached = new Set([S.CLUE]);
    for (let changed = true; changed; ) {
      changed = false;
      for (const move of CASE_MOVES)
        if (reached.has(move.from) && !reached.has(move.to)) {
          reached.add(move.to);
          changed = true;
        }
    }
    expect(reached).toEqual(new Set(Object.values(S)));
  });
});

describe('case clocks', () => {
  it('gives filing 15 working days from the lead, over the National Day holiday', () => {
    const [filing] = caseClocks(facts(), calendar, '2024-09-25');
    // 09-20 (Fri): 09-23…09-27 (5), 09-29 (make-up Sunday, 6), 09-30 (7), 10-08…10-12 (12: 10-12 is a make-up Saturday), 10-14…10-16 (15).
    expect(filing).toMatchObject({ deadline: '2024-10-16', status: 'RUNNING', overdue: false });
    expect(caseClocks(facts(), calendar, '2024-10-17')[0]).toMatchObject({
      status: 'OVERDUE',
      overdue: true,
      remaining: -1,
    });
    const extended = caseClocks(facts({ filingExtended: true }), calendar, '2024-10-17')[0]!;
    expect(extended).toMatchObject({ extended: true, status: 'RUNNING' });
    expect(extended.deadline! > '2024-11-01').toBe(true);
  });

  it('stops the filing clock for testing time, not for a hearing', () => {
    const pause = { kind: PauseKind.TESTING, from: '2024-09-23', to: '2024-09-27', reason: '送检' };
    expect(caseClocks(facts({ pauses: [pause] }), calendar, '2024-09-25')[0]!.deadline).toBe('2024-10-23');
    const hearing = { ...pause, kind: PauseKind.HEARING };
    expect(caseClocks(facts({ pauses: [hearing] }), calendar, '2024-09-25')[0]!.deadline).toBe('2024-10-16');
    const open = { ...pause, to: null };
    expect(caseClocks(facts({ pauses: [open] }), calendar, '2024-09-25')[0]).toMatchObject({
      status: 'PAUSED',
      deadline: null,
    });
  });

  it('gives the decision 90 days from filing (+30 approved), paused for hearing, notice and testing', () => {
    const filed = facts({ status: S.INVESTIGATING, filedOn: '2024-03-01' });
    const [, decision] = caseClocks(filed, calendar, '2024-04-01');
    expect(decision).toMatchObject({ deadline: '2024-05-30', status: 'RUNNING' });
    // 120 days end on Saturday 06-29: the period ends on the next working day.
    expect(caseClocks({ ...filed, decisionExtended: true }, calendar, '2024-04-01')[1]!.deadline).toBe('2024-07-01');
    // Ten hearing days move 05-30 to Sunday 06-09; Monday 06-10 is the Dragon Boat Festival.
    const hearing = { kind: PauseKind.HEARING, from: '2024-04-10', to: '2024-04-19', reason: '听证' };
    expect(caseClocks({ ...filed, pauses: [hearing] }, calendar, '2024-04-01')[1]!.deadline).toBe('2024-06-11');
    expect(isOverdue(caseClocks(filed, calendar, '2024-06-03'))).toBe(true);
    const decided = { ...filed, status: S.DECIDED, decidedOn: '2024-05-20' };
    const clocks = caseClocks(decided, calendar, '2024-06-03');
    expect(clocks.map((c) => [c.rule.code, c.status])).toEqual([
      ['CASE_FILING', 'MET'],
      ['CASE_DECISION', 'MET'],
      ['DECISION_SERVICE', 'OVERDUE'],
      ['PENALTY_PUBLICATION', 'RUNNING'],
    ]);
  });

  it('ends the filing clock when the clue is refused or sent away', () => {
    const refused = facts({ status: S.NOT_FILED, closedOn: '2024-09-30' });
    expect(caseClocks(refused, calendar, '2025-01-01')).toHaveLength(1);
    expect(caseClocks(refused, calendar, '2025-01-01')[0]).toMatchObject({ status: 'MET', completedOn: '2024-09-30' });
    const sent = facts({ status: S.TRANSFERRED, transferredOn: '2024-11-30' });
    expect(caseClocks(sent, calendar, '2025-01-01')[0]).toMatchObject({ status: 'LATE', overdue: true });
    expect(isOverdue(caseClocks(sent, calendar, '2025-01-01'))).toBe(false);
  });

  it('runs the partner’s 3 days to answer from its receipt, and a seizure’s 30 (+30) days', () => {
    expect(transferClock(null, null, calendar, '2024-05-01')).toBeNull();
    expect(transferClock('2024-05-06', null, calendar, '2024-05-10')).toMatchObject({
      deadline: '2024-05-09',
      status: 'OVERDUE',
    });
    expect(seizureClock('2024-05-06', null, false, calendar, '2024-05-10')).toMatchObject({ deadline: '2024-06-05' });
    expect(seizureClock('2024-05-06', null, true, calendar, '2024-05-10')).toMatchObject({ deadline: '2024-07-05' });
  });
});

describe('timeline and documents', () => {
  it('lists the steps in date order and the documents they produced', () => {
    const record = {
      status: S.CLOSED,
      number: '巴州市监罚立〔2024〕7号',
      receivedOn: '2024-03-01',
      filedOn: '2024-03-05',
      investigatedOn: '2024-03-05',
      notifiedOn: '2024-04-01',
      decidedOn: '2024-04-15',
      servedOn: '2024-04-16',
      closedOn: '2024-05-10',
      decisionNumber: '巴州市监罚〔2024〕5号',
      transfers: [],
      seizures: [{ seizedOn: '2024-03-06' }],
    };
    expect(caseTimeline(record).map((s) => s.label)).toEqual([
      '线索',
      '立案',
      '调查取证',
      '告知',
      '决定',
      '执行',
      '结案',
    ]);
    expect(caseDocuments(record).map((d) => d.title)).toEqual([
      '线索登记表',
      '立案审批表',
      '实施行政强制措施决定书(查封、扣押)',
      '行政处罚告知书',
      '行政处罚决定书',
      '送达回证',
      '结案审批表',
    ]);
  });
});

describe('双随机 draws', () => {
  const input = {
    seed: '20240305-RD2024-01',
    population: Array.from({ length: 40 }, (_, i) => `E${String(i + 1).padStart(4, '0')}`),
    pool: ['IN01', 'IN02', 'IN03', 'IN04', 'IN05', 'IN06'],
    entityCount: 8,
    inspectorsPerEntity: 2,
  };

  it('is reproducible from its seed, whatever order the lists come in', () => {
    const first = runDraw(input);
    expect(runDraw({ ...input, population: [...input.population].reverse(), pool: [...input.pool].reverse() })).toEqual(
      first,
    );
    expect(runDraw({ ...input, seed: 'another' })).not.toEqual(first);
    expect(new Set(first.picks.map((p) => p.entityId)).size).toBe(8);
    for (const pick of first.picks) expect(new Set(pick.inspectorIds).size).toBe(2);
  });

  it('refuses draws that cannot be made, naming the field', () => {
    expect(checkDraw({ ...input, entityCount: 41 })[0]?.field).toBe('entityCount');
    expect(checkDraw({ ...input, inspectorsPerEntity: 1 })[0]).toEqual({
      field: 'inspectorsPerEntity',
      message: '每户检查人员不得少于2名',
    });
    expect(checkDraw({ ...input, pool: ['IN01'] })[0]?.field).toBe('inspectorsPerEntity');
    expect(checkDraw({ ...input, population: [] })[0]?.field).toBe('population');
    expect(() => runDraw({ ...input, seed: ' ' })).toThrow();
  });
});

describe('history', () => {
  it('records what changed, field by field, as the record reads', () => {
    const fields = {
      status: { label: '状态', values: { CLUE: '线索', FILED: '立案' } },
      officers: { label: '办案人员' },
    };
    const changes = diff({ status: 'CLUE', officers: [] }, { status: 'FILED', officers: ['张三', '李四'] }, fields);
    expect(changes).toEqual([
      { field: 'status', label: '状态', from: '线索', to: '立案' },
      { field: 'officers', label: '办案人员', from: null, to: '张三、李四' },
    ]);
    expect(summarize(changes)).toBe('状态:线索 → 立案;办案人员:(空) → 张三、李四');
    expect(diff({ status: 'CLUE' }, { status: 'CLUE' }, fields)).toEqual([]);
  });
});
