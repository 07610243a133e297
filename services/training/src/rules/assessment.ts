import type { FieldProblem } from './checks';

/** One 考核 batch as the rules see it: how many sat it and how many passed. */
export interface Batch {
  assessed: number;
  passed: number;
}

export function checkBatch(batch: Batch): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!Number.isInteger(batch.assessed) || batch.assessed < 1)
    problems.push({ field: 'assessed', message: `参考人数必须是正整数(收到 ${batch.assessed})` });
  if (!Number.isInteger(batch.passed) || batch.passed < 0)
    problems.push({ field: 'passed', message: `合格人数必须是不小于 0 的整数(收到 ${batch.passed})` });
  else if (batch.passed > batch.assessed)
    problems.push({ field: 'passed', message: `合格人数(${batch.passed})不能多于参考人数(${batch.assessed})` });
  return problems;
}

/**
 * People of a first sitting who still have to pass: those who failed it, less those who passed a re-sit since.
 * Re-sits always point at the first sitting, so one number says how many may still re-sit.
 */
export function outstanding(first: Batch, resits: readonly Batch[]): number {
  return first.assessed - first.passed - resits.reduce((sum, resit) => sum + resit.passed, 0);
}

/**
 * A re-sit is for people who failed: it needs a first sitting that is not itself a re-sit, that has people still
 * to pass, and it cannot seat more people than that.
 */
export function checkResit(
  resit: Batch & { assessedOn: string },
  first: (Batch & { assessedOn: string; isResit: boolean }) | undefined,
  earlierResits: readonly Batch[],
): FieldProblem[] {
  if (!first) return [{ field: 'resitOfId', message: '补考对应的考核批次不存在' }];
  if (first.isResit) return [{ field: 'resitOfId', message: '补考必须关联首次考核批次,而不是另一次补考' }];
  const left = outstanding(first, earlierResits);
  if (left <= 0) return [{ field: 'resitOfId', message: '该批次已无未通过人员,无需补考' }];
  const problems: FieldProblem[] = [];
  if (resit.assessed > left)
    problems.push({ field: 'assessed', message: `补考人数(${resit.assessed})不能多于尚未通过的人数(${left})` });
  if (resit.assessedOn < first.assessedOn)
    problems.push({ field: 'assessedOn', message: `补考日期不能早于首次考核日期(${first.assessedOn})` });
  return problems;
}
