import { Index, PrimaryKey, Property } from '@mikro-orm/core';
import { TallyTable } from '@shian/subgraph-kit';

/*
 * The work report's 包保 figures, kept by the database's triggers (migration `responsibility_tally`), never by this
 * code; the figures read them instead of the register's assignments and visits (test/responsibility-tally.test.ts
 * checks them against a recount after each kind of write). Not of the kit's township-year-axis shape (`Tally`), but
 * declared with its `TallyTable`: read-only to the ORM, so a flush never writes a row the triggers own.
 */

/** Visits per year of their day and township of their business. */
@TallyTable('visit_tally')
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
@TallyTable('assignment_window')
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
@TallyTable('overdue_tally')
/*
 * PostgreSQL's covering index for the overdue sum (migration overdue_tally_sum: key township_id, day, include n).
 * Undeclared, `migration:create` wrote a migration dropping it. MikroORM cannot declare INCLUDE and reads the included
 * column as a third key column, so this is how it matches. SQLite has no such index (its table is kept in key order),
 * so SQLite's diff offers to create one: leave that line out of a migration.
 */
@Index({ name: 'overdue_tally_sum', properties: ['townshipId', 'day', 'n'] })
export class OverdueTally {
  @PrimaryKey({ type: 'string', length: 12 })
  townshipId!: string;

  @PrimaryKey({ type: 'string', length: 10 })
  day!: string;

  @Property({ type: 'integer' })
  n!: number;
}
