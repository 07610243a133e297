import { Migration } from '@mikro-orm/migrations';

export class Migration20261129103001_filter_indexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index if exists "entity_risk_grade_index";`);
    this.addSql(`create index "entity_risk_grade_name_index" on "entity" ("risk_grade", "name");`);
    this.addSql(`create index "entity_township_id_category_name_index" on "entity" ("township_id", "category", "name");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "entity_township_id_category_name_index";`);
    this.addSql(`drop index "entity_risk_grade_name_index";`);
    this.addSql(`create index "entity_risk_grade_index" on "entity" ("risk_grade");`);
  }

}
