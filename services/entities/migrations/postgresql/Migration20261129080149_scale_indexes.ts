import { Migration } from '@mikro-orm/migrations';

export class Migration20261129080149_scale_indexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "entity_township_id_name_index" on "entity" ("township_id", "name");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "entity_township_id_name_index";`);
  }

}
