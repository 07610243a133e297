import { Migration } from '@mikro-orm/migrations';

export class Migration20261205134459_case_party_name extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "case_file" add column "party_name" varchar(200) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "case_file" drop column "party_name";`);
  }

}
