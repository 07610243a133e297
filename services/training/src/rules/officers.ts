import type { FieldProblem } from './checks';
import { LABELS, TrainingAudience, TrainingKind, kindOf } from './enums';

/** An officer's row of a session's sign-in sheet: who (by the roll's id) and the hours credited. */
export interface OfficerEntry {
  officerId: string;
  hours?: number | null;
}

/**
 * The hours an officer is credited for one session: the whole session unless less is entered (left early, joined
 * late), never more, and in half hours at the finest, as sign-in sheets record them.
 */
export function creditedHours(entry: OfficerEntry, sessionHours: number, index: number): number | FieldProblem {
  const hours = entry.hours ?? sessionHours;
  const at = `第 ${index + 1} 行:`;
  if (!(hours > 0) || hours > sessionHours)
    return { field: 'hours', message: `${at}学时须大于 0 且不超过本次培训的 ${sessionHours} 学时(收到 ${hours})` };
  if (!Number.isInteger(hours * 2)) return { field: 'hours', message: `${at}学时以半学时为最小单位(收到 ${hours})` };
  return hours;
}

/** Each kind of session takes its own sheet: practitioners of businesses, or officers of the bureau's roll. */
export function checkSheetKind(audience: TrainingAudience, sheet: TrainingKind): FieldProblem[] {
  if (kindOf(audience) === sheet) return [];
  return sheet === TrainingKind.OFFICERS
    ? [{ field: 'sessionId', message: `该培训的对象是「${LABELS.TrainingAudience[audience]}」,不能登记执法人员签到` }]
    : [{ field: 'sessionId', message: '该培训是执法人员培训,请在执法人员签到表中登记' }];
}
