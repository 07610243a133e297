import { type Context, requireDistrictWriter, requireWriter, userInputError } from '@shian/subgraph-kit';
import { checkYear, type FieldProblem, yearBounds, yearInstants } from './rules';

/**
 * Input checks shared by the mutations. Each throws BAD_USER_INPUT naming the field, before anything is written.
 */

/** The first problem the rules found becomes the answer, naming its field. */
export function rejectProblems(problems: readonly FieldProblem[]): void {
  const [first] = problems;
  if (first) throw userInputError(first.message, first.field);
}

/** A year filter as LocalDate bounds, refusing years no record can have. */
export function yearSpan(year: number): { from: string; to: string } {
  const problem = checkYear(year);
  if (problem) throw userInputError(problem, 'year');
  return yearBounds(year);
}

/** A year filter as instants (China time), for timestamps. */
export function yearWindow(year: number): { from: Date; to: Date } {
  yearSpan(year);
  return yearInstants(year);
}

/** Writing a record of one township, or (townshipId null) a district-wide one that only district staff may write. */
export function requireWriterFor(ctx: Context, townshipId: string | null | undefined): void {
  requireWriter(ctx, townshipId ?? undefined);
  if (townshipId == null) requireDistrictWriter(ctx);
}

/**
 * "Contains" over some text fields. LIKE wildcards in the term are dropped rather than escaped (SQLite has no default
 * escape character), and a term of nothing but wildcards matches nothing instead of everything.
 */
export function contains(fields: readonly string[], term: string): Record<string, unknown> {
  const text = term.replace(/[%_\\]/g, '').trim();
  if (!text) return { id: { $in: [] } };
  return { $or: fields.map((field) => ({ [field]: { $like: `%${text}%` } })) };
}
