/**
 * A statutory time limit as data: how long, counted how, whether it can be extended. The engine (clock.ts) is the
 * only code that interprets it, so a subgraph's rules table is all there is to know about its deadlines.
 */
export type ClockUnit = 'WORKING_DAYS' | 'CALENDAR_DAYS' | 'MONTHS';

export interface ClockRule {
  /** Stable identifier, e.g. "RECHECK_APPLICATION". */
  code: string;
  /** What the UI shows, e.g. "复检申请期限". */
  name: string;
  unit: ClockUnit;
  /** The period in `unit`s, counted from the day after the start (the start day itself never counts). */
  amount: number;
  /** How much one approved extension adds, in the same unit; 0 when the rule cannot be extended. */
  extension: number;
  /**
   * For CALENDAR_DAYS and MONTHS: a period whose last day is a rest day ends on the next working day instead (the
   * usual reading of 期间届满的最后一日是法定节假日的,以节假日后的第一日为期间届满的日期). Ignored for WORKING_DAYS.
   */
  endsOnWorkingDay: boolean;
  /** Where the figure comes from, shown next to the clock. */
  source: string;
}

export const UNIT_LABELS: Record<ClockUnit, string> = {
  WORKING_DAYS: '个工作日',
  CALENDAR_DAYS: '日',
  MONTHS: '个月',
};

/** "7个工作日", "90日", "6个月". */
export function describePeriod(rule: Pick<ClockRule, 'unit' | 'amount'>): string {
  return `${rule.amount}${UNIT_LABELS[rule.unit]}`;
}

/** The problems of a rule, field by field (empty when it is usable); messages are for the bureau's editors. */
export function validateRule(rule: ClockRule): { field: keyof ClockRule; message: string }[] {
  const problems: { field: keyof ClockRule; message: string }[] = [];
  if (!/^[A-Z][A-Z0-9_]*$/.test(rule.code))
    problems.push({ field: 'code', message: '规则代码只能由大写字母、数字和下划线组成' });
  if (!rule.name?.trim()) problems.push({ field: 'name', message: '规则名称不能为空' });
  if (!(rule.unit in UNIT_LABELS)) problems.push({ field: 'unit', message: `计时单位无效:${rule.unit}` });
  if (!Number.isInteger(rule.amount) || rule.amount < 0 || rule.amount > 3650) {
    problems.push({ field: 'amount', message: `期限应为 0 到 3650 之间的整数(收到 ${rule.amount})` });
  }
  if (!Number.isInteger(rule.extension) || rule.extension < 0 || rule.extension > 3650) {
    problems.push({ field: 'extension', message: `延长期限应为 0 到 3650 之间的整数(收到 ${rule.extension})` });
  }
  return problems;
}
