import { Migration } from '@mikro-orm/migrations';

/**
 * The seized item's version (SeizedItem.version: a stale updateSeizedItem is CONFLICT). Cut by hand from the
 * generated diff: the SQLite generator also rebuilt unrelated tables (its check-constraint comparison); only the
 * new column is meant.
 */
export class Migration20261205145734_seized_item_version extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table `seized_item` add column `version` integer not null default 1;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table `seized_item` drop column `version`;');
  }
}
