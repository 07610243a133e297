import type { ClockRule } from '@shian/clock';
import { Duty } from './enums';

/**
 * The sampling domain's statutory time limits, as the regulations state them (docs/domain.md#statutory-clocks).
 * These are the defaults; the bureau edits them (`updateClockRule`) and the edited rows in the database win.
 */
export enum ClockCode {
  SAMPLE_TO_LAB = 'SAMPLE_TO_LAB',
  LAB_REPORT = 'LAB_REPORT',
  RECHECK_APPLICATION = 'RECHECK_APPLICATION',
  RECHECK_REPORT = 'RECHECK_REPORT',
  OBJECTION_APPLICATION = 'OBJECTION_APPLICATION',
  OBJECTION_DECISION = 'OBJECTION_DECISION',
  DISPOSAL = 'DISPOSAL',
  BACKUP_QUALIFIED = 'BACKUP_QUALIFIED',
  BACKUP_UNQUALIFIED = 'BACKUP_UNQUALIFIED',
}

export interface SamplingClockRule extends ClockRule {
  code: ClockCode;
  duty: Duty;
}

const rule = (
  r: Omit<SamplingClockRule, 'extension' | 'endsOnWorkingDay'> & Partial<ClockRule>,
): SamplingClockRule => ({
  extension: 0,
  endsOnWorkingDay: true,
  ...r,
});

export const DEFAULT_CLOCK_RULES: readonly SamplingClockRule[] = [
  rule({
    code: ClockCode.SAMPLE_TO_LAB,
    name: '样品送检期限',
    unit: 'WORKING_DAYS',
    amount: 5,
    duty: Duty.BUREAU,
    source: '食品安全抽样检验管理办法(市场监管总局令第15号)第二十条',
  }),
  rule({
    code: ClockCode.LAB_REPORT,
    name: '检验报告期限',
    unit: 'WORKING_DAYS',
    amount: 20,
    duty: Duty.BUREAU,
    source: '食品安全抽样检验管理办法第二十四条',
  }),
  rule({
    code: ClockCode.RECHECK_APPLICATION,
    name: '复检申请期限',
    unit: 'WORKING_DAYS',
    amount: 7,
    duty: Duty.BUSINESS,
    source: '中华人民共和国食品安全法第八十八条',
  }),
  rule({
    code: ClockCode.RECHECK_REPORT,
    name: '复检结论期限',
    unit: 'WORKING_DAYS',
    amount: 10,
    duty: Duty.BUREAU,
    source: '食品安全抽样检验管理办法第四章(复检机构自收到备份样品起10个工作日)',
  }),
  rule({
    code: ClockCode.OBJECTION_APPLICATION,
    name: '异议申请期限',
    unit: 'WORKING_DAYS',
    amount: 7,
    duty: Duty.BUSINESS,
    source: '食品安全抽样检验管理办法第四章(自收到不合格结论通知起7个工作日)',
  }),
  rule({
    code: ClockCode.OBJECTION_DECISION,
    name: '异议审核期限',
    unit: 'WORKING_DAYS',
    amount: 20,
    duty: Duty.BUREAU,
    source: '食品安全抽样检验管理办法第四章(自收到异议申请起20个工作日)',
  }),
  rule({
    code: ClockCode.DISPOSAL,
    name: '核查处置期限',
    unit: 'CALENDAR_DAYS',
    amount: 90,
    extension: 30,
    duty: Duty.BUREAU,
    source: '不合格食品核查处置期限(本局规定,复检期间暂停计时,可延长30日)',
  }),
  rule({
    code: ClockCode.BACKUP_QUALIFIED,
    name: '复检备份样品保存期(合格)',
    unit: 'MONTHS',
    amount: 3,
    endsOnWorkingDay: false,
    duty: Duty.BUSINESS,
    source: '食品安全抽样检验管理办法第二十五条',
  }),
  rule({
    code: ClockCode.BACKUP_UNQUALIFIED,
    name: '复检备份样品保存期(不合格)',
    unit: 'MONTHS',
    amount: 6,
    endsOnWorkingDay: false,
    duty: Duty.BUSINESS,
    source: '食品安全抽样检验管理办法第二十五条',
  }),
];

export type RuleBook = ReadonlyMap<ClockCode, SamplingClockRule>;

/** The defaults with the bureau's edited rows on top. */
export function ruleBook(edited: Iterable<Partial<Omit<SamplingClockRule, 'code'>> & { code: string }> = []): RuleBook {
  const book = new Map<ClockCode, SamplingClockRule>(DEFAULT_CLOCK_RULES.map((r) => [r.code, r]));
  for (const row of edited) {
    const base = book.get(row.code as ClockCode);
    if (base) book.set(base.code, { ...base, ...row, code: base.code, duty: base.duty });
  }
  return book;
}
