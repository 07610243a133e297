import { describe, expect, it } from 'vitest';
import { type ClockRule, computeClock, deadlineOf, describePeriod, HolidayCalendar, validateRule } from '../src/index';

const calendar = HolidayCalendar.chinese();

const rule = (overrides: Partial<ClockRule>): ClockRule => ({
  code: 'TEST',
  name: '测试期限',
  unit: 'WORKING_DAYS',
  amount: 7,
  extension: 0,
  endsOnWorkingDay: true,
  source: 'test',
  ...overrides,
});

const sevenWorkingDays = rule({ amount: 7 });
const fifteenPlusFifteen = rule({ amount: 15, extension: 15 });

describe('working-day periods', () => {
  it('skip the Spring Festival holiday and count its make-up Sunday', () => {
    // 02-09 is day 1; 02-10..17 are holidays; Sunday 02-18 is a make-up working day (2); 19..23 are 3..7.
    expect(deadlineOf(sevenWorkingDays, '2024-02-08', calendar)).toBe('2024-02-23');
  });

  it('count a make-up Saturday as the last day', () => {
    // 09-29 (Sun, make-up) 1, 09-30 2, 10-01..07 holidays, 10-08..11 3..6, Saturday 10-12 (make-up) 7.
    expect(deadlineOf(sevenWorkingDays, '2024-09-27', calendar)).toBe('2024-10-12');
  });

  it('cross the year boundary and New Year’s Day', () => {
    expect(deadlineOf(rule({ amount: 20 }), '2024-12-20', calendar)).toBe('2025-01-20');
  });

  it('never count the start day, even when it is a working day', () => {
    expect(deadlineOf(rule({ amount: 1 }), '2024-03-04', calendar)).toBe('2024-03-05');
    expect(deadlineOf(rule({ amount: 1 }), '2024-03-08', calendar)).toBe('2024-03-11');
  });

  it('follow the bureau’s edits of the calendar', () => {
    const edited = HolidayCalendar.chinese([{ date: '2024-02-09', kind: 'HOLIDAY', name: '除夕' }]);
    expect(deadlineOf(sevenWorkingDays, '2024-02-08', edited)).toBe('2024-02-26');
  });
});

describe('calendar-day and month periods', () => {
  it('end on the next working day when the last day is a holiday', () => {
    const ninetyDays = rule({ unit: 'CALENDAR_DAYS', amount: 90 });
    expect(deadlineOf(ninetyDays, '2024-07-03', calendar)).toBe('2024-10-08');
    expect(deadlineOf({ ...ninetyDays, endsOnWorkingDay: false }, '2024-07-03', calendar)).toBe('2024-10-01');
  });

  it('count months to the same day, clamped to the month’s end', () => {
    const sixMonths = rule({ unit: 'MONTHS', amount: 6 });
    expect(deadlineOf(sixMonths, '2024-08-31', calendar)).toBe('2025-02-28');
    expect(deadlineOf(rule({ unit: 'MONTHS', amount: 1 }), '2024-01-31', calendar)).toBe('2024-02-29');
  });

  it('move a month period later by its paused days', () => {
    const threeMonths = rule({ unit: 'MONTHS', amount: 3, endsOnWorkingDay: false });
    const pauses = [{ from: '2024-04-01', to: '2024-04-10' }];
    expect(deadlineOf(threeMonths, '2024-03-15', calendar, { pauses })).toBe('2024-06-25');
  });
});

describe('pauses', () => {
  it('stop a working-day clock for their length', () => {
    // Without the pause the 15th working day after Friday 03-01 is 03-22; a week's pause moves it a week.
    expect(deadlineOf(rule({ amount: 15 }), '2024-03-01', calendar)).toBe('2024-03-22');
    const pauses = [{ from: '2024-03-11', to: '2024-03-15', reason: '检验鉴定' }];
    expect(deadlineOf(rule({ amount: 15 }), '2024-03-01', calendar, { pauses })).toBe('2024-03-29');
  });

  it('hold an open pause: no deadline, the rest of the period kept', () => {
    const state = computeClock({
      rule: rule({ amount: 15 }),
      startedOn: '2024-03-01',
      pauses: [{ from: '2024-03-11', reason: '检验鉴定' }],
      today: '2024-03-20',
      calendar,
    });
    expect(state).toMatchObject({
      status: 'PAUSED',
      paused: true,
      deadline: null,
      remaining: 10,
      pausedDays: 10,
      overdue: false,
    });
  });

  it('resume where they stopped when closed', () => {
    const state = computeClock({
      rule: rule({ amount: 15 }),
      startedOn: '2024-03-01',
      pauses: [{ from: '2024-03-11', to: '2024-03-20' }],
      today: '2024-03-21',
      calendar,
    });
    // 5 used before the pause; 03-21 is the 6th, then 22, 25..29 and 04-01..03 (just before 清明) make 15.
    expect(state.deadline).toBe('2024-04-03');
    expect(state.remaining).toBe(9);
    expect(state.status).toBe('RUNNING');
  });

  it('are refused when they overlap or run backwards', () => {
    const base = { rule: sevenWorkingDays, startedOn: '2024-03-01', today: '2024-03-05', calendar };
    expect(() => computeClock({ ...base, pauses: [{ from: '2024-03-04', to: '2024-03-02' }] })).toThrow(RangeError);
    expect(() =>
      computeClock({
        ...base,
        pauses: [
          { from: '2024-03-04', to: '2024-03-06' },
          { from: '2024-03-06', to: '2024-03-07' },
        ],
      }),
    ).toThrow(/overlap/);
    expect(() =>
      computeClock({ ...base, pauses: [{ from: '2024-03-04' }, { from: '2024-03-08', to: '2024-03-09' }] }),
    ).toThrow(/overlap/);
  });
});

describe('extensions', () => {
  it('add the rule’s extension once approved', () => {
    expect(deadlineOf(fifteenPlusFifteen, '2024-03-01', calendar)).toBe('2024-03-22');
    expect(deadlineOf(fifteenPlusFifteen, '2024-03-01', calendar, { extended: true })).toBe('2024-04-15');
  });

  it('add nothing to a rule that cannot be extended', () => {
    const state = computeClock({
      rule: sevenWorkingDays,
      startedOn: '2024-02-08',
      extended: true,
      today: '2024-02-08',
      calendar,
    });
    expect(state.extended).toBe(false);
    expect(state.deadline).toBe('2024-02-23');
  });
});

describe('status, remaining and overdue', () => {
  const fiveWorkingDays = rule({ amount: 5 });
  const at = (today: string, completedOn?: string) =>
    computeClock({ rule: fiveWorkingDays, startedOn: '2024-04-29', today, completedOn, calendar });

  it('counts down in working days across the May Day holiday', () => {
    expect(at('2024-04-29')).toMatchObject({ deadline: '2024-05-09', remaining: 5, status: 'RUNNING', overdue: false });
    expect(at('2024-05-03').remaining).toBe(4);
    expect(at('2024-05-09')).toMatchObject({ remaining: 0, status: 'RUNNING' });
  });

  it('flags a clock past its deadline, counting the make-up Saturday', () => {
    expect(at('2024-05-13')).toMatchObject({ status: 'OVERDUE', overdue: true, remaining: -3 });
  });

  it('stops when the act is done: in time or late', () => {
    expect(at('2024-06-01', '2024-05-09')).toMatchObject({
      status: 'MET',
      overdue: false,
      remaining: null,
      completedOn: '2024-05-09',
    });
    expect(at('2024-06-01', '2024-05-10')).toMatchObject({ status: 'LATE', overdue: true });
  });

  it('says when the deadline lies beyond the calendar’s known years', () => {
    expect(
      computeClock({ rule: fiveWorkingDays, startedOn: '2030-04-29', today: '2030-04-29', calendar }).calendarCovered,
    ).toBe(false);
    expect(at('2024-04-29').calendarCovered).toBe(true);
  });
});

describe('rules', () => {
  it('describe their period in Chinese', () => {
    expect(describePeriod(sevenWorkingDays)).toBe('7个工作日');
    expect(describePeriod(rule({ unit: 'MONTHS', amount: 6 }))).toBe('6个月');
  });

  it('are validated field by field', () => {
    expect(validateRule(sevenWorkingDays)).toEqual([]);
    const problems = validateRule(rule({ amount: -1, code: 'bad code', unit: 'YEARS' as never }));
    expect(problems.map((p) => p.field).sort()).toEqual(['amount', 'code', 'unit']);
  });
});
