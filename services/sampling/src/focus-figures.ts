import { FocusArea, FocusPeriod, FocusVariety } from './rules';
import { FocusAreaFigure, FocusPeriodFigure, FocusVarietyFigure } from './types';

type Axis = (name: 'variety' | 'period' | 'area' | 'focus') => { value: string; n: number; bad: number }[];

/**
 * The year's batches by 重点品种, 重点时段 and 重点区域, and those with any focus, from the figures' tally
 * (src/figures.ts): each focus is an axis of it, and `focus` counts the batches with any.
 */
export function focusFigures(axis: Axis) {
  const count = (name: Parameters<Axis>[0], value: string) => {
    const row = axis(name).find((r) => r.value === value);
    return { batches: row?.n ?? 0, unqualified: row?.bad ?? 0 };
  };
  return {
    focusBatches: count('focus', '').batches,
    byFocusVariety: Object.values(FocusVariety).map((variety) =>
      Object.assign(new FocusVarietyFigure(), { variety, ...count('variety', variety) }),
    ),
    byFocusPeriod: Object.values(FocusPeriod).map((period) =>
      Object.assign(new FocusPeriodFigure(), { period, ...count('period', period) }),
    ),
    byFocusArea: Object.values(FocusArea).map((area) =>
      Object.assign(new FocusAreaFigure(), { area, ...count('area', area) }),
    ),
  };
}
