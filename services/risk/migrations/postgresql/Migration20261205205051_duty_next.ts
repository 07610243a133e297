import { Migration } from '@mikro-orm/migrations';

export class Migration20261205205051_duty_next extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "duty" add column "next_id" varchar(36) null;`);
    this.addSql(`alter table "duty" add constraint "duty_next_id_foreign" foreign key ("next_id") references "duty" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "duty_next_id_index" on "duty" ("next_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "duty" drop constraint "duty_next_id_foreign";`);

    this.addSql(`drop index "duty_next_id_index";`);
    this.addSql(`alter table "duty" drop column "next_id";`);
  }

}
