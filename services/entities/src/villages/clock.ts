import type { ClockRule } from '@shian/clock';

/** The triage clock's default: 3 working days from receipt, on the bureau's calendar. */
export const DEFAULT_TRIAGE_WORKING_DAYS = 3;
export const MAX_TRIAGE_WORKING_DAYS = 30;

export function triageRule(days: number): ClockRule {
  return {
    code: 'VILLAGE_REPORT_TRIAGE',
    name: '村(社区)报告分办期限',
    unit: 'WORKING_DAYS',
    amount: days,
    extension: 0,
    endsOnWorkingDay: false,
    source: '本局设定(默认3个工作日)',
  };
}
