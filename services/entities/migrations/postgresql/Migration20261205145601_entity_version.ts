import { Migration } from '@mikro-orm/migrations';

export class Migration20261205145601_entity_version extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "entity" add column "version" int not null default 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "entity" drop column "version";`);
  }

}
