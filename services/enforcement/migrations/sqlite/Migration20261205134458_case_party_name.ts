import { Migration } from '@mikro-orm/migrations';

/**
 * The case file's party name (Case.partyName). Written by hand from the generated diff: the SQLite generator
 * also rebuilt five unrelated tables (its check-constraint comparison), which changed nothing but cost a copy of
 * every row; only the new column is meant.
 */
export class Migration20261205134458_case_party_name extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table `case_file` add column `party_name` text null;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table `case_file` drop column `party_name`;');
  }
}
