import { Migration } from '@mikro-orm/migrations';

/** A hazard made from a village report keeps the report's id (Hazard.villageReportId). Written by hand: one column. */
export class Migration20261205234501_hazard_village_report extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "hazard" add column "village_report_id" varchar(36) null;');
    this.addSql('create index "hazard_village_report_id_index" on "hazard" ("village_report_id");');
  }

  override async down(): Promise<void> {
    this.addSql('drop index "hazard_village_report_id_index";');
    this.addSql('alter table "hazard" drop column "village_report_id";');
  }
}
