import { PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';

/**
 * The year's risk-grading figures by township, summed from GradingYear by the database's triggers (migration
 * `grading_tally`), never by this code: per category, the businesses licensed in the year (`licensed`) and those of
 * them assessed in it (`graded`); per grade, the businesses whose latest assessment of the year has it (`grade`). The
 * figures read a year's few hundred rows here instead of the register's licences and assessments.
 */
@Table({ tableName: 'grading_tally' })
export class GradingTally {
  @PrimaryKey({ type: 'integer' })
  year!: number;

  @PrimaryKey({ type: 'string', length: 12 })
  townshipId!: string;

  @PrimaryKey({ type: 'string', length: 10 })
  axis!: 'licensed' | 'graded' | 'grade';

  /** A category for `licensed` and `graded`, a grade for `grade`. */
  @PrimaryKey({ type: 'string', length: 20 })
  value!: string;

  @Property({ type: 'integer' })
  n!: number;
}
