import { PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';

/*
 * The work report's 包保 figures, kept by the database's triggers (migration `responsibility_tally`), never by this
 * code; the figures read them instead of the register's assignments and visits (test/responsibility-tally.test.ts
 * checks them against a recount after each kind of write).
 */

/** Visits per year of their day and township of their business. */
@Table({ tableName: 'visit_tally' })
export class VisitTally {
  @PrimaryKey({ type: 'integer' })
  year!: number;

  @PrimaryKey({ type: 'string', length: 12 })
  townshipId!: string;

  @Property({ type: 'integer' })
  n!: number;
}

/**
 * A stretch of days on which an assignment is overdue by `visitSchedule`: from `opensOn` up to the day before
 * `closesOn` (its next visit, or the end of the year it ends in; open if null).
 */
@Table({ tableName: 'assignment_window' })
export class AssignmentWindow {
  @PrimaryKey({ type: 'string', length: 36 })
  assignmentId!: string;

  @PrimaryKey({ type: 'string', length: 10 })
  opensOn!: string;

  @Property({ type: 'string', length: 10, nullable: true })
  closesOn: string | null = null;

  @Property({ type: 'string', length: 12 })
  townshipId!: string;
}

/** Per township and day, the windows opening (+1) and closing (-1) then: the overdue on D are the sum up to D. */
@Table({ tableName: 'overdue_tally' })
export class OverdueTally {
  @PrimaryKey({ type: 'string', length: 12 })
  townshipId!: string;

  @PrimaryKey({ type: 'string', length: 10 })
  day!: string;

  @Property({ type: 'integer' })
  n!: number;
}
