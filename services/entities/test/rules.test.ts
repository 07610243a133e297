import { describe, expect, it } from 'vitest';
import {
  addMonths,
  checkBands,
  checkCreditCode,
  checkLicense,
  checkScores,
  completeCreditCode,
  DEFAULT_BANDS,
  gradeFor,
  inspectionsPerYear,
  isExpired,
  isLocalDate,
  normalizeCreditCode,
  OfficialLevel,
  RiskGrade,
  LicenseKind,
  totalScore,
  visitSchedule,
  visitsPerYear,
} from '../src/rules';

describe('统一社会信用代码', () => {
  it('accepts published codes and completes 17 characters into a valid code', () => {
    expect(checkCreditCode('91350100M000100Y43')).toBeUndefined();
    const code = completeCreditCode('92511902MA6XYT123');
    expect(code).toHaveLength(18);
    expect(checkCreditCode(code)).toBeUndefined();
  });

  it('says what is wrong: length, which character, check character', () => {
    expect(checkCreditCode('9151190')).toMatch(/应为18位,当前为7位/);
    expect(checkCreditCode('91350100I000100Y43')).toMatch(/第9位「I」/);
    expect(checkCreditCode('91350100M000100Y44')).toMatch(/校验位错误/);
  });

  it('normalizes what a user typed before checking', () => {
    expect(checkCreditCode(normalizeCreditCode(' 91350100m000100y43 '))).toBeUndefined();
  });

  it('refuses to complete an illegal body', () => {
    expect(() => completeCreditCode('9151190O000000000')).toThrow(/非法字符/);
    expect(() => completeCreditCode('915119')).toThrow(/17位/);
  });
});

describe('licences', () => {
  const good = {
    kind: LicenseKind.PRODUCTION,
    number: 'SC10651190200012',
    issuedOn: '2022-03-01',
    validUntil: '2027-02-28',
  };

  it('accepts SC/JY numbers with a valid period', () => {
    expect(checkLicense(good)).toEqual([]);
    expect(checkLicense({ ...good, kind: LicenseKind.BUSINESS, number: 'JY35119020001234' })).toEqual([]);
  });

  it('names the field that is wrong', () => {
    expect(checkLicense({ ...good, number: 'SC123' }).map((p) => p.field)).toEqual(['number']);
    expect(checkLicense({ ...good, kind: LicenseKind.BUSINESS, number: 'JY45119020001234' })[0]!.message).toMatch(
      /首位/,
    );
    expect(checkLicense({ ...good, validUntil: '2022-03-01' })).toEqual([
      { field: 'validUntil', message: '有效期至应晚于发证日期' },
    ]);
    expect(checkLicense({ ...good, issuedOn: '2022-02-30' }).map((p) => p.field)).toEqual(['issuedOn']);
  });

  it('is expired from the day after its last valid day', () => {
    expect(isExpired('2024-06-30', '2024-06-30')).toBe(false);
    expect(isExpired('2024-06-30', '2024-07-01')).toBe(true);
  });
});

describe('risk grading', () => {
  it('grades by the 2016 bands, upper bounds inclusive', () => {
    expect([0, 30, 30.1, 45, 45.5, 60, 60.1, 100].map((t) => gradeFor(t))).toEqual([
      'A',
      'A',
      'B',
      'B',
      'C',
      'C',
      'D',
      'D',
    ]);
  });

  it('follows configured bands', () => {
    expect(gradeFor(35, { aMax: 35, bMax: 50, cMax: 70 })).toBe(RiskGrade.A);
    expect(gradeFor(65, { aMax: 35, bMax: 50, cMax: 70 })).toBe(RiskGrade.C);
  });

  it('bounds the scores and the bands', () => {
    expect(checkScores(40, 60)).toEqual([]);
    expect(checkScores(41, -1).map((p) => p.field)).toEqual(['staticScore', 'dynamicScore']);
    expect(checkBands(DEFAULT_BANDS)).toBeUndefined();
    expect(checkBands({ aMax: 45, bMax: 30, cMax: 60 })).toMatch(/A级上限/);
    expect(checkBands({ aMax: 30, bMax: 45, cMax: 100 })).toBeDefined();
  });

  it('sums to one decimal', () => {
    expect(totalScore(10.1, 20.2)).toBe(30.3);
  });

  it('maps grades to inspections per year', () => {
    expect(inspectionsPerYear(RiskGrade.A)).toEqual({ min: 1, max: 1 });
    expect(inspectionsPerYear(RiskGrade.D)).toEqual({ min: 3, max: 4 });
  });
});

describe('包保 visit frequency', () => {
  it('is at least quarterly, more for village officials and riskier entities', () => {
    expect(visitsPerYear(OfficialLevel.DISTRICT, RiskGrade.B)).toBe(4);
    expect(visitsPerYear(OfficialLevel.DISTRICT, null)).toBe(4);
    expect(visitsPerYear(OfficialLevel.TOWNSHIP, RiskGrade.C)).toBe(6);
    expect(visitsPerYear(OfficialLevel.VILLAGE, RiskGrade.A)).toBe(12);
    const lax = { byLevel: { DISTRICT: 1, TOWNSHIP: 1, VILLAGE: 1 }, byGrade: { A: 1, B: 1, C: 1, D: 1 } };
    expect(visitsPerYear(OfficialLevel.DISTRICT, RiskGrade.A, lax)).toBe(4);
  });

  it('schedules the next visit from the last one, or from the start', () => {
    const assignment = { startsOn: '2024-01-01', endsOn: null };
    expect(visitSchedule(assignment, null, 4, '2024-02-01')).toEqual({ nextVisitDue: '2024-04-01', overdue: false });
    expect(visitSchedule(assignment, '2024-05-31', 4, '2024-08-31')).toEqual({
      nextVisitDue: '2024-08-31',
      overdue: false,
    });
    expect(visitSchedule(assignment, '2024-05-31', 4, '2024-09-01')).toEqual({
      nextVisitDue: '2024-08-31',
      overdue: true,
    });
    expect(visitSchedule(assignment, '2024-01-10', 6, '2024-03-01').nextVisitDue).toBe('2024-03-10');
  });

  it('has nothing due after the assignment ends', () => {
    const assignment = { startsOn: '2024-01-01', endsOn: '2024-12-31' };
    expect(visitSchedule(assignment, '2024-11-20', 4, '2025-06-01')).toEqual({ nextVisitDue: null, overdue: false });
  });
});

describe('dates', () => {
  it('validates and adds months the way deadlines are counted', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2023-02-29')).toBe(false);
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-11-30', 3)).toBe('2025-02-28');
  });
});
