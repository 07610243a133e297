import { Migration } from '@mikro-orm/migrations';

/** A notice's reply (Notice.repliedOn, Notice.reply): recorded once by the township, it closes the 反馈期限 clock. */
export class Migration20261206040001_notice_reply extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "notice" add column "replied_on" varchar(10) null, add column "reply" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "notice" drop column "replied_on", drop column "reply";`);
  }
}
