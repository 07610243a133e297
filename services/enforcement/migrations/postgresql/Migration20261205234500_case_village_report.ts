import { Migration } from '@mikro-orm/migrations';

/** A clue made from a village report keeps the report's id (Case.villageReportId). Written by hand: one column. */
export class Migration20261205234500_case_village_report extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "case_file" add column "village_report_id" varchar(36) null;');
    this.addSql('create index "case_file_village_report_id_index" on "case_file" ("village_report_id");');
  }

  override async down(): Promise<void> {
    this.addSql('drop index "case_file_village_report_id_index";');
    this.addSql('alter table "case_file" drop column "village_report_id";');
  }
}
