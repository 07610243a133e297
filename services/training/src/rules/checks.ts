import { LABELS, TrainingMode, WorkshopLevel } from './enums';

/** A problem with one input field, in the words a form shows beside it. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** The district's township codes (511902xxx, as the entities register keeps them). */
export const TOWNSHIP_ID = /^511902\d{3}$/;

const nonBlank = (value: string | null | undefined) => typeof value === 'string' && value.trim().length > 0;

/** Dates the bureau's records can carry: nothing before the platform's records begin, nothing far ahead. */
export function checkDate(value: string, field: string, label: string): FieldProblem[] {
  const year = Number(value.slice(0, 4));
  return year < 2000 || year > 2100 ? [{ field, message: `${label}超出范围(2000—2100年):${value}` }] : [];
}

export function checkTownshipId(value: string | null | undefined, field = 'townshipId'): FieldProblem[] {
  if (value == null) return [];
  return TOWNSHIP_ID.test(value) ? [] : [{ field, message: `乡镇(街道)代码无效:${value}` }];
}

export interface SessionFields {
  title: string;
  heldOn: string;
  trainer: string;
  mode: TrainingMode;
  place?: string | null;
  hours: number;
  townshipId?: string | null;
}

export function checkSession(input: SessionFields): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!nonBlank(input.title)) problems.push({ field: 'title', message: '培训主题不能为空' });
  if (!nonBlank(input.trainer)) problems.push({ field: 'trainer', message: '授课人不能为空' });
  problems.push(...checkDate(input.heldOn, 'heldOn', '培训日期'));
  if (input.mode === TrainingMode.ONSITE && !nonBlank(input.place))
    problems.push({ field: 'place', message: `${LABELS.TrainingMode.ONSITE}培训必须填写培训地点` });
  if (!(input.hours > 0 && input.hours <= 24))
    problems.push({ field: 'hours', message: `培训学时必须大于 0 且不超过 24(收到 ${input.hours})` });
  problems.push(...checkTownshipId(input.townshipId));
  return problems;
}

export interface AttendanceFields {
  entityId: string;
  townshipId?: string | null;
  personName: string;
  jobTitle: string;
}

export function checkAttendance(input: AttendanceFields, index?: number): FieldProblem[] {
  const at = index === undefined ? '' : `第 ${index + 1} 行:`;
  const problems: FieldProblem[] = [];
  if (!nonBlank(input.personName)) problems.push({ field: 'personName', message: `${at}姓名不能为空` });
  if (!nonBlank(input.jobTitle)) problems.push({ field: 'jobTitle', message: `${at}岗位不能为空` });
  if (!nonBlank(input.entityId)) problems.push({ field: 'entityId', message: `${at}必须选择所属主体` });
  problems.push(...checkTownshipId(input.townshipId).map((p) => ({ ...p, message: at + p.message })));
  return problems;
}

/** Where a workshop stands on the ladder: 0 for BASIC. */
export const levelRank = (level: WorkshopLevel) => Object.values(WorkshopLevel).indexOf(level);

/**
 * An upgrade goes up the ladder, and starts from where the workshop stands now (its last accepted upgrade), so that
 * the register never shows a workshop upgraded from a level it had already left.
 */
export function checkUpgrade(
  input: { fromLevel: WorkshopLevel; toLevel: WorkshopLevel; acceptedOn: string },
  currentLevel: WorkshopLevel | undefined,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (levelRank(input.toLevel) <= levelRank(input.fromLevel))
    problems.push({
      field: 'toLevel',
      message: `提升后等级「${LABELS.WorkshopLevel[input.toLevel]}」必须高于原等级「${LABELS.WorkshopLevel[input.fromLevel]}」`,
    });
  if (currentLevel !== undefined && currentLevel !== input.fromLevel)
    problems.push({
      field: 'fromLevel',
      message: `该小作坊当前等级为「${LABELS.WorkshopLevel[currentLevel]}」,原等级不能填「${LABELS.WorkshopLevel[input.fromLevel]}」`,
    });
  problems.push(...checkDate(input.acceptedOn, 'acceptedOn', '验收日期'));
  return problems;
}
