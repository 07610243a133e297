import { Migration } from '@mikro-orm/migrations';

/** The inbox's per-user marks (snoozed until a day, or done in a state): one row per user and item key. */
export class Migration20261206030001_inbox_marks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "inbox_mark" ("id" varchar(36) not null, "username" varchar(100) not null, "item_key" varchar(200) not null, "snoozed_until" varchar(10) null, "done_at" timestamptz null, "done_state" text check ("done_state" in ('DUE_SOON', 'OVERDUE')) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "inbox_mark_pkey" primary key ("id"));`);
    this.addSql(`alter table "inbox_mark" add constraint "inbox_mark_username_item_key_unique" unique ("username", "item_key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "inbox_mark" cascade;`);
  }
}
