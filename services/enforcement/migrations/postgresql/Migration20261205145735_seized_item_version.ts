import { Migration } from '@mikro-orm/migrations';

export class Migration20261205145735_seized_item_version extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "seized_item" add column "version" int not null default 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "seized_item" drop column "version";`);
  }

}
