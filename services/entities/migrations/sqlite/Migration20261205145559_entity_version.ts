import { Migration } from '@mikro-orm/migrations';

/**
 * The business's version (Entity.version: a stale updateEntity is CONFLICT). Cut by hand from the generated diff:
 * the SQLite generator also rebuilt five unrelated tables (its check-constraint comparison); only the new column
 * is meant.
 */
export class Migration20261205145559_entity_version extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table `entity` add column `version` integer not null default 1;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table `entity` drop column `version`;');
  }
}
