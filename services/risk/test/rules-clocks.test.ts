import { HolidayCalendar } from '@shian/clock';
import { describe, expect, it } from 'vitest';
import {
  checkDutyTiming,
  checkReportedAt,
  DEFAULT_INCIDENT_REPORT_RULES,
  DutyFrequency,
  DutyStatus,
  dutyClock,
  dutyDueDate,
  IncidentLevel,
  incidentReportClock,
  nextDueDate,
  periodEnd,
} from '../src/rules';

const calendar = HolidayCalendar.chinese();

describe('a duty’s deadline', () => {
  it('is its due date, or the end of the period of its frequency it was assigned in', () => {
    expect(dutyDueDate({ frequency: DutyFrequency.ONCE, dueDate: '2025-04-15', assignedOn: '2025-03-01' })).toBe(
      '2025-04-15',
    );
    expect(dutyDueDate({ frequency: DutyFrequency.MONTHLY, dueDate: null, assignedOn: '2025-02-10' })).toBe(
      '2025-02-28',
    );
    expect(dutyDueDate({ frequency: DutyFrequency.QUARTERLY, assignedOn: '2025-05-20' })).toBe('2025-06-30');
    expect(dutyDueDate({ frequency: DutyFrequency.QUARTERLY, assignedOn: '2025-10-01' })).toBe('2025-12-31');
    expect(dutyDueDate({ frequency: DutyFrequency.YEARLY, assignedOn: '2025-03-01' })).toBe('2025-12-31');
    expect(periodEnd(DutyFrequency.MONTHLY, '2024-02-01')).toBe('2024-02-29');
    expect(periodEnd(DutyFrequency.ONCE, '2025-02-01')).toBeNull();
  });

  it('moves to the period after the one a recurring round was done in', () => {
    expect(nextDueDate(DutyFrequency.MONTHLY, '2025-03-20')).toBe('2025-04-30');
    expect(nextDueDate(DutyFrequency.MONTHLY, '2025-12-31')).toBe('2026-01-31');
    expect(nextDueDate(DutyFrequency.QUARTERLY, '2025-02-01')).toBe('2025-06-30');
    expect(nextDueDate(DutyFrequency.YEARLY, '2025-06-01')).toBe('2026-12-31');
    expect(nextDueDate(DutyFrequency.ONCE, '2025-06-01')).toBeNull();
  });

  it('is checked: a one-off duty needs one, never before the duty was assigned', () => {
    expect(checkDutyTiming({ frequency: DutyFrequency.MONTHLY, dueDate: null, assignedOn: '2025-03-01' })).toEqual([]);
    expect(checkDutyTiming({ frequency: DutyFrequency.ONCE, dueDate: null, assignedOn: '2025-03-01' })).toEqual([
      { field: 'dueDate', message: '一次性的责任必须填写完成时限' },
    ]);
    expect(
      checkDutyTiming({ frequency: DutyFrequency.ONCE, dueDate: '2025-02-28', assignedOn: '2025-03-01' })[0]?.message,
    ).toBe('完成时限(2025-02-28)不能早于责任下达日期(2025-03-01)');
    expect(
      checkDutyTiming({ frequency: DutyFrequency.ONCE, dueDate: '2025-02-30', assignedOn: '2025-01-01' }),
    ).toHaveLength(1);
  });
});

describe('a duty’s clock', () => {
  const duty = {
    frequency: DutyFrequency.ONCE,
    dueDate: '2025-06-13', // a Friday
    assignedOn: '2025-05-01',
    status: DutyStatus.IN_PROGRESS,
  };

  it('runs until the due day, and is overdue the day after while not done', () => {
    expect(dutyClock(duty, { calendar, today: '2025-06-10' })).toMatchObject({
      deadline: '2025-06-13',
      remaining: 3,
      status: 'RUNNING',
      overdue: false,
    });
    expect(dutyClock(duty, { calendar, today: '2025-06-13' })).toMatchObject({ status: 'RUNNING', remaining: 0 });
    expect(dutyClock(duty, { calendar, today: '2025-06-16' })).toMatchObject({
      status: 'OVERDUE',
      overdue: true,
      remaining: -3,
    });
  });

  it('is met or late by its completion day once done', () => {
    const done = { ...duty, status: DutyStatus.DONE };
    expect(dutyClock({ ...done, completedOn: '2025-06-12' }, { calendar, today: '2025-09-01' })).toMatchObject({
      status: 'MET',
      overdue: false,
    });
    expect(dutyClock({ ...done, completedOn: '2025-06-20' }, { calendar, today: '2025-09-01' })).toMatchObject({
      status: 'LATE',
      overdue: true,
    });
    expect(() => dutyClock(done, { calendar, today: '2025-09-01' })).toThrow(RangeError);
  });

  it('ends on the next working day of the bureau’s calendar when due on a rest day', () => {
    // 2025-10-01 (国庆) is a holiday through 10-08; the first working day after is 10-09.
    const holiday = { ...duty, dueDate: '2025-10-03' };
    expect(dutyClock(holiday, { calendar, today: '2025-10-08' })).toMatchObject({
      deadline: '2025-10-09',
      overdue: false,
    });
    // The bureau declares Friday 06-13 a rest day: the duty is due the Monday after.
    const edited = HolidayCalendar.chinese([{ date: '2025-06-13', kind: 'HOLIDAY', name: '本局调整' }]);
    expect(dutyClock(duty, { calendar: edited, today: '2025-06-14' })).toMatchObject({
      deadline: '2025-06-16',
      status: 'RUNNING',
    });
  });
});

describe('an incident’s reporting clock', () => {
  const receivedAt = new Date('2025-08-02T21:30:00+08:00');

  it('allows 1 hour for levels I–II and 2 hours for III–IV by default', () => {
    expect(DEFAULT_INCIDENT_REPORT_RULES.map((rule) => [rule.level, rule.hours])).toEqual([
      ['I', 1],
      ['II', 1],
      ['III', 2],
      ['IV', 2],
    ]);
    const now = new Date('2025-08-02T22:00:00+08:00');
    const grave = incidentReportClock({ level: IncidentLevel.II, receivedAt, now });
    expect(grave).toMatchObject({ hoursAllowed: 1, missed: false, status: 'RUNNING', remainingMinutes: 30 });
    expect(grave.deadline.toISOString()).toBe('2025-08-02T14:30:00.000Z');
    const general = incidentReportClock({ level: IncidentLevel.IV, receivedAt, now });
    expect(general.deadline.toISOString()).toBe('2025-08-02T15:30:00.000Z');
  });

  it('is missed when reported after the deadline, or not reported and past it', () => {
    const level = IncidentLevel.III;
    const reportedLate = new Date('2025-08-02T23:45:00+08:00');
    expect(incidentReportClock({ level, receivedAt, reportedAt: reportedLate, now: reportedLate })).toMatchObject({
      missed: true,
      status: 'LATE',
      reportedAt: reportedLate,
    });
    const inTime = new Date('2025-08-02T23:30:00+08:00');
    expect(incidentReportClock({ level, receivedAt, reportedAt: inTime, now: new Date('2025-09-01') })).toMatchObject({
      missed: false,
      status: 'MET',
    });
    expect(incidentReportClock({ level, receivedAt, now: new Date('2025-08-03T00:00:00+08:00') })).toMatchObject({
      missed: true,
      status: 'OVERDUE',
      reportedAt: null,
      remainingMinutes: -30,
    });
  });

  it('follows the bureau’s edited rule for a level, the defaults for the others', () => {
    const edited = [{ code: 'INCIDENT_REPORT_IV', name: 'Ⅳ级突发事件报告时限', hours: 4, source: '本局调整' }];
    const now = new Date('2025-08-03T01:00:00+08:00');
    expect(incidentReportClock({ level: IncidentLevel.IV, receivedAt, now, rules: edited })).toMatchObject({
      hoursAllowed: 4,
      missed: false,
    });
    expect(incidentReportClock({ level: IncidentLevel.III, receivedAt, now, rules: edited })).toMatchObject({
      hoursAllowed: 2,
      missed: true,
    });
  });

  it('refuses a report time before reception or in the future', () => {
    const now = new Date('2025-08-02T23:00:00+08:00');
    expect(checkReportedAt(new Date('2025-08-02T22:00:00+08:00'), receivedAt, now)).toEqual([]);
    expect(checkReportedAt(new Date('2025-08-02T21:00:00+08:00'), receivedAt, now)[0]?.message).toBe(
      '上报时间不能早于接报时间',
    );
    expect(checkReportedAt(new Date('2025-08-02T23:01:00+08:00'), receivedAt, now)[0]?.message).toBe(
      '上报时间不能晚于现在',
    );
  });
});
