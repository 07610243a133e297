import { checkLicenseNumber } from '@shian/codes';
import { isLocalDate } from './dates';
import type { LicenseKind } from './enums';

export { checkLicenseNumber } from '@shian/codes';

/**
 * 食品生产许可证 and 食品经营许可证 are valid for 5 years (食品生产许可管理办法, 食品经营许可和备案管理办法): a default for
 * forms and demo data, not enforced, since a licence issued on a change of particulars keeps the old end date.
 */
export const LICENSE_VALIDITY_YEARS = 5;

export interface LicenseProblem {
  field: 'number' | 'issuedOn' | 'validUntil';
  message: string;
}

/** Every problem of a licence as entered; an empty list means it may be recorded. */
export function checkLicense(input: {
  kind: LicenseKind;
  number: string;
  issuedOn: string;
  validUntil: string;
}): LicenseProblem[] {
  const problems: LicenseProblem[] = [];
  const numberProblem = checkLicenseNumber(input.kind, input.number);
  if (numberProblem) problems.push({ field: 'number', message: numberProblem });
  if (!isLocalDate(input.issuedOn)) problems.push({ field: 'issuedOn', message: '发证日期不是有效日期' });
  if (!isLocalDate(input.validUntil)) problems.push({ field: 'validUntil', message: '有效期至不是有效日期' });
  else if (isLocalDate(input.issuedOn) && input.validUntil <= input.issuedOn)
    problems.push({ field: 'validUntil', message: '有效期至应晚于发证日期' });
  return problems;
}

/** A licence is expired from the day after its last valid day. */
export const isExpired = (validUntil: string, today: string) => validUntil < today;
