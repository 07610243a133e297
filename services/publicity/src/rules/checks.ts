/** A problem with one input field, in the words a form shows beside it. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** The district's township codes (511902xxx, as the entities register keeps them). */
export const TOWNSHIP_ID = /^511902\d{3}$/;

const blank = (value: string | null | undefined) => !value || value.trim().length === 0;

export function required(value: string | null | undefined, field: string, label: string, max = 200): FieldProblem[] {
  if (blank(value)) return [{ field, message: `${label}不能为空` }];
  if (value!.trim().length > max) return [{ field, message: `${label}不能超过 ${max} 个字符` }];
  return [];
}

/** Dates the bureau's records can carry: nothing before the platform's records begin, nothing far ahead. */
export function checkDate(value: string, field: string, label: string): FieldProblem[] {
  const year = Number(value.slice(0, 4));
  return year < 2000 || year > 2100 ? [{ field, message: `${label}超出范围(2000—2100年):${value.slice(0, 10)}` }] : [];
}

export function checkCount(value: number, field: string, label: string): FieldProblem[] {
  return Number.isInteger(value) && value >= 0
    ? []
    : [{ field, message: `${label}必须是不小于 0 的整数(收到 ${value})` }];
}

export function checkUrl(value: string | null | undefined, field = 'url'): FieldProblem[] {
  if (blank(value)) return [];
  return /^https?:\/\/\S+$/.test(value!.trim())
    ? []
    : [{ field, message: `链接必须以 http:// 或 https:// 开头:${value}` }];
}

export function checkTownshipId(value: string | null | undefined, field = 'townshipId'): FieldProblem[] {
  if (value == null) return [];
  return TOWNSHIP_ID.test(value) ? [] : [{ field, message: `乡镇(街道)代码无效:${value}` }];
}

/** An entity's record carries the entity's township, so both come together or not at all. */
export function checkEntityLink(
  entityId: string | null | undefined,
  townshipId: string | null | undefined,
): FieldProblem[] {
  // A business's township is the register's (the server asks it); a township alone would name no one.
  if (!entityId && townshipId) return [{ field: 'entityId', message: '填写乡镇(街道)时必须同时关联主体' }];
  return checkTownshipId(townshipId);
}

export function checkPeriod(startsOn: string, endsOn: string): FieldProblem[] {
  return endsOn < startsOn ? [{ field: 'endsOn', message: `结束日期(${endsOn})不能早于开始日期(${startsOn})` }] : [];
}
