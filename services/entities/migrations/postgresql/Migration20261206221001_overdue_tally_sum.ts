import { Migration } from '@mikro-orm/migrations';

/**
 * The overdue figure sums a township's (or the district's) rows of `overdue_tally` up to a day. Its primary key finds
 * them, but the rows of one township lie on every page of the table (at 100k businesses, 1,063 rows on 228 pages:
 * 1.4 ms warm, 7-20 ms cold); with `n` in an index the sum is an index-only scan (0.2 ms). SQLite's table is kept in
 * its key's order already (without rowid).
 */
export class Migration20261206221001_overdue_tally_sum extends Migration {
  override async up(): Promise<void> {
    this.addSql('create index "overdue_tally_sum" on "overdue_tally" ("township_id", "day") include ("n");');
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists "overdue_tally_sum";');
  }
}
