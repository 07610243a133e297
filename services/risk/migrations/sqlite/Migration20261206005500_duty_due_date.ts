import { Migration } from '@mikro-orm/migrations';
import { backfillDutyDueDates } from '../../src/backfills';

/**
 * Every open duty now stores its due date (the list's overdue filter and WorkReport.risk compare that column): an open
 * recurring duty stored without one gets the end of its period as its clock computed it (src/backfills.ts, the rules'
 * own dutyDueDate). Written by hand: data only, the same on both dialects.
 */
export class Migration20261206005500_duty_due_date extends Migration {
  override async up(): Promise<void> {
    await backfillDutyDueDates((sql, params) => this.execute(sql, params));
  }

  override async down(): Promise<void> {
    // Nothing to undo: a stored date is what the clock computed; the code before this reads it the same way.
  }
}
