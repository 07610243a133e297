import { Migration } from '@mikro-orm/migrations';

/** The inbox's per-user marks (snoozed until a day, or done in a state): one row per user and item key. */
export class Migration20261206030000_inbox_marks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table \`inbox_mark\` (\`id\` text not null, \`username\` text not null, \`item_key\` text not null, \`snoozed_until\` text null, \`done_at\` datetime null, \`done_state\` text check (\`done_state\` in ('DUE_SOON', 'OVERDUE')) null, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`inbox_mark_username_item_key_unique\` on \`inbox_mark\` (\`username\`, \`item_key\`);`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists `inbox_mark`;');
  }
}
