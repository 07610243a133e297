import type { HolidayCalendar, LocalDate } from '@shian/clock';
import { ClockCode, type RuleBook } from './clock-rules';
import { windowDeadline } from './sample-clocks';

/** A rule broken by a request; `field` names the input that is wrong. */
export class RuleViolation extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

/**
 * 复检: within 7 working days of receiving the result (食品安全法 art. 88), at a lab other than the first one; its
 * result is final, so there is only one.
 */
export function checkRecheckRequest(options: {
  notifiedOn: LocalDate | null;
  requestedOn: LocalDate;
  lab: string;
  originalLab: string;
  alreadyRechecked: boolean;
  rules: RuleBook;
  calendar: HolidayCalendar;
}): LocalDate {
  const { notifiedOn, requestedOn, rules, calendar } = options;
  if (options.alreadyRechecked)
    throw new RuleViolation('该样品已做过复检,复检结论为最终结论,不得再次申请复检', 'sampleId');
  if (!notifiedOn) throw new RuleViolation('不合格检验结论尚未送达,不能申请复检', 'requestedOn');
  if (requestedOn < notifiedOn)
    throw new RuleViolation(`复检申请日期(${requestedOn})早于检验结论送达日期(${notifiedOn})`, 'requestedOn');
  const deadline = windowDeadline(ClockCode.RECHECK_APPLICATION, notifiedOn, rules, calendar);
  const rule = rules.get(ClockCode.RECHECK_APPLICATION)!;
  if (requestedOn > deadline) {
    throw new RuleViolation(
      `复检申请已超过期限:检验结论于 ${notifiedOn} 送达,应在 ${rule.amount} 个工作日内即 ${deadline} 前提出,本次申请日期为 ${requestedOn}`,
      'requestedOn',
    );
  }
  if (options.lab.trim() === options.originalLab.trim()) {
    throw new RuleViolation(`复检机构不能是初检机构(${options.originalLab})`, 'lab');
  }
  return deadline;
}

/** 异议 (on sampling, authenticity, method, standard): within 7 working days of the notice, one pending at a time. */
export function checkObjection(options: {
  notifiedOn: LocalDate | null;
  filedOn: LocalDate;
  pending: boolean;
  rules: RuleBook;
  calendar: HolidayCalendar;
}): LocalDate {
  const { notifiedOn, filedOn, rules, calendar } = options;
  if (!notifiedOn) throw new RuleViolation('不合格检验结论尚未送达,不能提出异议', 'filedOn');
  if (options.pending) throw new RuleViolation('该样品已有异议正在审核', 'sampleId');
  if (filedOn < notifiedOn)
    throw new RuleViolation(`异议提出日期(${filedOn})早于检验结论送达日期(${notifiedOn})`, 'filedOn');
  const deadline = windowDeadline(ClockCode.OBJECTION_APPLICATION, notifiedOn, rules, calendar);
  if (filedOn > deadline) {
    throw new RuleViolation(
      `异议申请已超过期限:检验结论于 ${notifiedOn} 送达,应在 ${deadline} 前提出,本次提出日期为 ${filedOn}`,
      'filedOn',
    );
  }
  return deadline;
}
