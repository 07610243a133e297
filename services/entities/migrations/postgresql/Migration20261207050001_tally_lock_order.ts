import { Migration } from '@mikro-orm/migrations';
import { RESPONSIBILITY_PG } from './Migration20261206213501_responsibility_tally';

/**
 * A visit recorded while its business changes township or grade was aborted as a deadlock (40P01): the visit's
 * insert holds its assignment in key share (the foreign key's check) and then its trigger waits for the business,
 * while the business's update holds the business and its refresh waited for the assignment `for update`. The refresh
 * now takes the assignments `for no key update`, which conflicts with another refresh or an update of the assignment
 * (so writers of the same assignment's figures still take turns) but not with a key share, so the business's refresh
 * goes on and the visit's trigger counts after it. PostgreSQL only: SQLite has one writer at a time.
 */
export class Migration20261207050001_tally_lock_order extends Migration {
  override async up(): Promise<void> {
    this.addSql(RESPONSIBILITY_PG.refreshFunction('for no key update'));
  }

  override async down(): Promise<void> {
    this.addSql(RESPONSIBILITY_PG.refreshFunction('for update'));
  }
}
