import { Tally, TallyTable } from '@shian/subgraph-kit';

/**
 * The year's risk-grading figures by township, summed from GradingYear by the database's triggers (migration
 * `grading_tally`), never by this code: per category, the businesses licensed in the year (`licensed`) and those of
 * them assessed in it (`graded`); per grade, the businesses whose latest assessment of the year has it (`grade`):
 * `value` is a category for `licensed` and `graded`, a grade for `grade`. The figures read a year's few hundred rows
 * here instead of the register's licences and assessments.
 */
@TallyTable('grading_tally')
export class GradingTally extends Tally<'licensed' | 'graded' | 'grade'>({ axis: 10, value: 20 }) {}
