import { PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';

/**
 * A business's place in one year's risk-grading figures (docs/benchmarks.md "Data scale"): how many of its licences
 * are in force at some time in the year, how many assessments it has of the year and the grade of the latest, with
 * its township and category as they are now. Written only by the database's triggers on license, risk_assessment
 * and entity (migration `grading_tally`), in the transaction of the write that moves it; never by this code. A row
 * whose counts fell to zero stays, counting for nothing.
 */
@Table({ tableName: 'grading_year' })
export class GradingYear {
  @PrimaryKey({ type: 'string', length: 36 })
  entityId!: string;

  @PrimaryKey({ type: 'integer' })
  year!: number;

  @Property({ type: 'string', length: 12 })
  townshipId!: string;

  @Property({ type: 'text' })
  category!: string;

  @Property({ type: 'integer' })
  licenses!: number;

  @Property({ type: 'integer' })
  assessments!: number;

  @Property({ type: 'text', nullable: true })
  grade!: string | null;
}
