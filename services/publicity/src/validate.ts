import { userInputError } from '@shian/subgraph-kit';
import type { FieldProblem } from './rules';
export { contains, requireWriterFor, yearSpan, yearWindow } from '@shian/subgraph-kit';

/**
 * Input checks shared by the mutations. Each throws BAD_USER_INPUT naming the field, before anything is written.
 */

/** The first problem the rules found becomes the answer, naming its field. */
export function rejectProblems(problems: readonly FieldProblem[]): void {
  const [first] = problems;
  if (first) throw userInputError(first.message, first.field);
}
