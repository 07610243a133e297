import { HolidayCalendar } from '@shian/clock';
import { describe, expect, it } from 'vitest';
import { buildDemoData } from '../seeds/demo-data';
import {
  checkPlanFocus,
  checkSampleFocus,
  FocusArea,
  FocusPeriod,
  FocusVariety,
  FoodCategory,
  periodsOn,
  periodWindows,
  RuleViolation,
  varietyOf,
} from '../src/rules';

const calendar = HolidayCalendar.chinese();
const none = { focusVarieties: [], focusPeriods: [], focusAreas: [] };
const violation = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof RuleViolation) return { field: error.field, message: error.message };
    throw error;
  }
  return null;
};

describe('sampling focus rules', () => {
  it('keeps every code distinct from every other as text, which the plans’ LIKE filter relies on', () => {
    const codes = [...Object.values(FocusVariety), ...Object.values(FocusPeriod), ...Object.values(FocusArea)];
    for (const a of codes) for (const b of codes) if (a !== b) expect(b.includes(a), `${a} in ${b}`).toBe(false);
  });

  it('takes holiday periods from the calendar: 春节 2025 from 30 days before 元旦 to the last day off', () => {
    const spring = periodWindows(2025, calendar).find((w) => w.period === FocusPeriod.SPRING_FESTIVAL);
    expect(spring).toEqual({ period: FocusPeriod.SPRING_FESTIVAL, from: '2024-12-02', to: '2025-02-04' });
    expect(periodsOn('2024-12-10', calendar)).toEqual([FocusPeriod.SPRING_FESTIVAL]);
    // 2025: 国庆 and 中秋 share the holiday, so 中秋国庆 runs to 8 October.
    expect(periodsOn('2025-10-08', calendar)).toEqual([FocusPeriod.MID_AUTUMN]);
    expect(periodsOn('2025-09-01', calendar)).toEqual([FocusPeriod.MID_AUTUMN, FocusPeriod.SCHOOL_OPENING]);
    expect(periodsOn('2025-11-20', calendar)).toEqual([]);
    // The bureau's own calendar moves the window with it.
    const edited = HolidayCalendar.chinese([{ date: '2025-10-20', kind: 'HOLIDAY', name: '国庆节' }]);
    expect(periodsOn('2025-10-15', edited)).toEqual([FocusPeriod.MID_AUTUMN]);
  });

  it('fits a variety to the food: festive foods by name, the rest by category', () => {
    expect(varietyOf(FoodCategory.PASTRY, '月饼')).toBe(FocusVariety.FESTIVE_FOOD);
    expect(varietyOf(FoodCategory.PASTRY, '面包')).toBeNull();
    expect(varietyOf(FoodCategory.VEGETABLES, '豇豆')).toBe(FocusVariety.PRODUCE);
    expect(varietyOf(FoodCategory.TEA, '绿茶')).toBeNull();
  });

  it('refuses a focus that does not fit the sample or its plan, in Chinese, naming the field', () => {
    const sample = { category: FoodCategory.VEGETABLES, foodName: '豇豆', sampledOn: '2025-09-03' };
    expect(violation(() => checkSampleFocus({ ...sample, focusVariety: FocusVariety.MILK }, none, calendar))).toEqual({
      field: 'focusVariety',
      message: '重点品种「乳制品」与样品的食品类别不符',
    });
    expect(
      violation(() => checkSampleFocus({ ...sample, focusPeriod: FocusPeriod.SPRING_FESTIVAL }, none, calendar)),
    ).toEqual({ field: 'focusPeriod', message: '抽样日期 2025-09-03 不在重点时段「元旦春节」内' });
    const plan = { ...none, focusAreas: [FocusArea.CAMPUS] };
    expect(violation(() => checkSampleFocus({ ...sample, focusArea: FocusArea.MARKET }, plan, calendar))?.field).toBe(
      'focusArea',
    );
    expect(
      violation(() =>
        checkSampleFocus(
          {
            ...sample,
            focusVariety: FocusVariety.PRODUCE,
            focusPeriod: FocusPeriod.SCHOOL_OPENING,
            focusArea: FocusArea.CAMPUS,
          },
          plan,
          calendar,
        ),
      ),
    ).toBeNull();
    expect(
      violation(() =>
        checkPlanFocus({ ...none, categories: [FoodCategory.VEGETABLES], focusVarieties: [FocusVariety.OIL] }),
      ),
    ).toMatchObject({ field: 'focusVarieties' });
  });

  it('gives the demo samples a focus their own rules accept, on every axis, without a random draw', () => {
    const data = buildDemoData({ today: '2026-11-29' });
    const plans = new Map(data.plans.map((plan) => [plan.id, plan]));
    for (const sample of data.samples) {
      const plan = plans.get(sample.planId)!;
      expect(
        violation(() => checkSampleFocus(sample, plan, calendar)),
        sample.id,
      ).toBeNull();
    }
    const in2024 = data.samples.filter((s) => s.sampledOn.startsWith('2024'));
    for (const axis of ['focusVariety', 'focusPeriod', 'focusArea'] as const) {
      expect(new Set(in2024.map((s) => s[axis]).filter(Boolean)).size, axis).toBeGreaterThanOrEqual(3);
    }
    expect(in2024.some((s) => s.focusPeriod === null)).toBe(true);
  });
});
