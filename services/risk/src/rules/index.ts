/**
 * The domain's rules: pure functions with their own unit tests (test/rules*.test.ts). Resolvers ask them before
 * anything is written, and turn the first problem into a BAD_USER_INPUT naming its field.
 */

export * from './clocks';
export * from './enums';
export * from './lifecycle';
export * from './matrix';
export type { Problem } from './problem';

import type { Problem } from './problem';

export interface RecordDraft {
  title: string;
  entityId: string;
  townshipId: string;
  recordedOn: string;
}

export const TITLE_MAX = 200;

/** The generated skeleton's check, kept until its RiskRecord is replaced (helper A); then it goes. */
export function checkRecord(draft: RecordDraft, today: string): Problem[] {
  const problems: Problem[] = [];
  const title = draft.title.trim();
  if (!title) problems.push({ field: 'title', message: '标题不能为空' });
  else if (title.length > TITLE_MAX) problems.push({ field: 'title', message: `标题不能超过 ${TITLE_MAX} 个字` });
  if (!draft.entityId.trim()) problems.push({ field: 'entityId', message: '请选择所涉主体' });
  if (!/^\d{9}$/.test(draft.townshipId)) {
    problems.push({ field: 'townshipId', message: '乡镇(街道)代码应为 9 位数字' });
  }
  if (draft.recordedOn > today) problems.push({ field: 'recordedOn', message: '登记日期不能晚于今天' });
  return problems;
}
