import { addDays, type HolidayCalendar, type LocalDate } from '@shian/clock';
import { FoodCategory } from './enums';
import { RuleViolation } from './windows';

/**
 * 重点品种、重点时段、重点区域: the focus the 2025 plan asks sampling to carry (加大抽检力度,强化重点品种、重点时段、重点区域监管).
 * Closed code lists with Chinese labels; a plan declares the focus it targets, and each sample carries at most one
 * value of each axis. No value is a substring of another: plans store their lists comma-separated and filter them
 * with LIKE (as disposals store their actions).
 */
export enum FocusVariety {
  INFANT_FORMULA_FOCUS = 'INFANT_FORMULA_FOCUS',
  PRODUCE = 'PRODUCE',
  LIVESTOCK_AQUATIC = 'LIVESTOCK_AQUATIC',
  CURED_MEAT = 'CURED_MEAT',
  OIL = 'OIL',
  MILK = 'MILK',
  LIQUOR = 'LIQUOR',
  DRINKING_WATER = 'DRINKING_WATER',
  FESTIVE_FOOD = 'FESTIVE_FOOD',
  MEALS = 'MEALS',
}

export enum FocusPeriod {
  SPRING_FESTIVAL = 'SPRING_FESTIVAL',
  DRAGON_BOAT = 'DRAGON_BOAT',
  MID_AUTUMN = 'MID_AUTUMN',
  SCHOOL_OPENING = 'SCHOOL_OPENING',
  SUMMER_HEAT = 'SUMMER_HEAT',
}

export enum FocusArea {
  CAMPUS = 'CAMPUS',
  RURAL_BANQUET = 'RURAL_BANQUET',
  SCENIC_SPOT = 'SCENIC_SPOT',
  MARKET = 'MARKET',
  URBAN_FRINGE = 'URBAN_FRINGE',
}

export const FOCUS_LABELS = {
  FocusVariety: {
    INFANT_FORMULA_FOCUS: '婴幼儿配方乳粉',
    PRODUCE: '蔬菜水果鲜蛋(食用农产品)',
    LIVESTOCK_AQUATIC: '畜禽肉及水产品',
    CURED_MEAT: '肉制品(腊肉香肠卤味)',
    OIL: '食用植物油',
    MILK: '乳制品',
    LIQUOR: '白酒及配制酒',
    DRINKING_WATER: '桶装饮用水',
    FESTIVE_FOOD: '节令食品(月饼、粽子、汤圆)',
    MEALS: '餐饮食品及餐饮具',
  },
  FocusPeriod: {
    SPRING_FESTIVAL: '元旦春节',
    DRAGON_BOAT: '端午',
    MID_AUTUMN: '中秋国庆',
    SCHOOL_OPENING: '开学季',
    SUMMER_HEAT: '夏季高温',
  },
  FocusArea: {
    CAMPUS: '校园及周边',
    RURAL_BANQUET: '农村集体聚餐',
    SCENIC_SPOT: '旅游景区',
    MARKET: '农贸市场',
    URBAN_FRINGE: '城乡结合部',
  },
} as const;

const C = FoodCategory;
/** The food categories each 重点品种 can be: a sample's variety must fit its category. */
export const VARIETY_CATEGORIES: Record<FocusVariety, readonly FoodCategory[]> = {
  INFANT_FORMULA_FOCUS: [C.INFANT_FORMULA],
  PRODUCE: [C.VEGETABLES, C.FRUIT, C.EGGS],
  LIVESTOCK_AQUATIC: [C.LIVESTOCK_MEAT, C.AQUATIC],
  CURED_MEAT: [C.MEAT_PRODUCTS],
  OIL: [C.EDIBLE_OIL],
  MILK: [C.DAIRY],
  LIQUOR: [C.ALCOHOL],
  DRINKING_WATER: [C.BOTTLED_WATER],
  FESTIVE_FOOD: [C.PASTRY, C.GRAIN_PRODUCTS, C.CONVENIENCE_FOOD],
  MEALS: [C.CATERING_FOOD],
};

/** Foods that make a pastry or grain sample a 节令食品 (the rest of those categories are everyday foods). */
export const FESTIVE_FOODS = ['月饼', '粽子', '汤圆', '元宵'];

/**
 * The varieties a food can be counted under: one at most. Festive foods go by name, since 月饼 and 面包 share
 * their category.
 */
export function varietyOf(category: FoodCategory, foodName: string): FocusVariety | null {
  if (FESTIVE_FOODS.some((word) => foodName.includes(word))) return FocusVariety.FESTIVE_FOOD;
  const varieties = Object.entries(VARIETY_CATEGORIES) as [FocusVariety, readonly FoodCategory[]][];
  return (
    varieties.find(
      ([variety, categories]) => variety !== FocusVariety.FESTIVE_FOOD && categories.includes(category),
    )?.[0] ?? null
  );
}

export interface PeriodWindow {
  period: FocusPeriod;
  from: LocalDate;
  to: LocalDate;
}

/** How long before a holiday its focus begins: stock for the holiday is bought and sold in the month before it. */
export const LEAD_DAYS = 30;

const HOLIDAYS: Partial<Record<FocusPeriod, readonly string[]>> = {
  SPRING_FESTIVAL: ['元旦', '春节'],
  DRAGON_BOAT: ['端午'],
  MID_AUTUMN: ['中秋', '国庆节'],
};

/**
 * The windows of a year's 重点时段. Holiday periods come from the holiday calendar (the bureau's edits included):
 * LEAD_DAYS before the first day off of the holiday(s) to the last. 开学季 is the two school starts (15 Feb–15 Mar,
 * 15 Aug–15 Sep) and 夏季高温 June to August. A year the calendar does not cover has no holiday windows.
 */
export function periodWindows(year: number, calendar: HolidayCalendar): PeriodWindow[] {
  const windows: PeriodWindow[] = [];
  const days = calendar.days(year).filter((day) => day.kind === 'HOLIDAY');
  for (const [period, names] of Object.entries(HOLIDAYS) as [FocusPeriod, readonly string[]][]) {
    // 元旦 of the next year's calendar belongs to no window of this year; within a year each name is one holiday.
    const dates = days.filter((day) => names.includes(day.name)).map((day) => day.date);
    if (dates.length === 0) continue;
    windows.push({ period, from: addDays(dates[0]!, -LEAD_DAYS), to: dates[dates.length - 1]! });
  }
  windows.push(
    { period: FocusPeriod.SCHOOL_OPENING, from: `${year}-02-15`, to: `${year}-03-15` },
    { period: FocusPeriod.SCHOOL_OPENING, from: `${year}-08-15`, to: `${year}-09-15` },
    { period: FocusPeriod.SUMMER_HEAT, from: `${year}-06-01`, to: `${year}-08-31` },
  );
  return windows;
}

/** The periods a date falls in, in the order of FocusPeriod (a day before 端午 in June is both 端午 and 夏季高温). */
export function periodsOn(date: LocalDate, calendar: HolidayCalendar): FocusPeriod[] {
  const year = Number(date.slice(0, 4));
  const hits = [year, year + 1]
    .flatMap((y) => periodWindows(y, calendar))
    .filter((w) => w.from <= date && date <= w.to)
    .map((w) => w.period);
  return Object.values(FocusPeriod).filter((period) => hits.includes(period));
}

export interface FocusValues {
  focusVariety?: FocusVariety | null;
  focusPeriod?: FocusPeriod | null;
  focusArea?: FocusArea | null;
}

export interface PlanFocus {
  focusVarieties: readonly FocusVariety[];
  focusPeriods: readonly FocusPeriod[];
  focusAreas: readonly FocusArea[];
}

/**
 * A sample's focus, checked against what it is and when it was taken: the variety must fit the food, the period
 * must hold the sampling date (when the calendar covers that year; otherwise only the fixed windows can be checked),
 * and where the plan declares focus values of an axis the sample's must be one of them.
 */
export function checkSampleFocus(
  sample: FocusValues & { category: FoodCategory; foodName: string; sampledOn: LocalDate },
  plan: PlanFocus,
  calendar: HolidayCalendar,
): void {
  const { focusVariety, focusPeriod, focusArea } = sample;
  if (focusVariety) {
    if (!VARIETY_CATEGORIES[focusVariety].includes(sample.category))
      throw new RuleViolation(
        `重点品种「${FOCUS_LABELS.FocusVariety[focusVariety]}」与样品的食品类别不符`,
        'focusVariety',
      );
    if (focusVariety === FocusVariety.FESTIVE_FOOD && !FESTIVE_FOODS.some((word) => sample.foodName.includes(word)))
      throw new RuleViolation(`「${sample.foodName}」不是节令食品(${FESTIVE_FOODS.join('、')})`, 'focusVariety');
    if (plan.focusVarieties.length && !plan.focusVarieties.includes(focusVariety))
      throw new RuleViolation(
        `重点品种「${FOCUS_LABELS.FocusVariety[focusVariety]}」不在抽检计划的重点品种内`,
        'focusVariety',
      );
  }
  if (focusPeriod) {
    const label = FOCUS_LABELS.FocusPeriod[focusPeriod];
    const fixed = focusPeriod === FocusPeriod.SCHOOL_OPENING || focusPeriod === FocusPeriod.SUMMER_HEAT;
    if ((fixed || calendar.covers(sample.sampledOn)) && !periodsOn(sample.sampledOn, calendar).includes(focusPeriod))
      throw new RuleViolation(`抽样日期 ${sample.sampledOn} 不在重点时段「${label}」内`, 'focusPeriod');
    if (plan.focusPeriods.length && !plan.focusPeriods.includes(focusPeriod))
      throw new RuleViolation(`重点时段「${label}」不在抽检计划的重点时段内`, 'focusPeriod');
  }
  if (focusArea && plan.focusAreas.length && !plan.focusAreas.includes(focusArea))
    throw new RuleViolation(`重点区域「${FOCUS_LABELS.FocusArea[focusArea]}」不在抽检计划的重点区域内`, 'focusArea');
}

/** A plan's focus lists: duplicates dropped, festive foods only where the plan covers a category they belong to. */
export function checkPlanFocus(plan: PlanFocus & { categories: readonly FoodCategory[] }): PlanFocus {
  for (const variety of plan.focusVarieties) {
    if (!VARIETY_CATEGORIES[variety].some((category) => plan.categories.includes(category)))
      throw new RuleViolation(
        `重点品种「${FOCUS_LABELS.FocusVariety[variety]}」不属于计划覆盖的食品类别`,
        'focusVarieties',
      );
  }
  return {
    focusVarieties: [...new Set(plan.focusVarieties)],
    focusPeriods: [...new Set(plan.focusPeriods)],
    focusAreas: [...new Set(plan.focusAreas)],
  };
}
