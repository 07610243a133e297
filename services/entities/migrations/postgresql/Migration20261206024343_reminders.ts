import { Migration } from '@mikro-orm/migrations';

/**
 * Reminder channels (webhooks per township or district-wide) and the record of each digest and overdue alert sent
 * to them; the unique (channel, kind, period) is what makes several scheduler replicas send each one once. Cut from
 * the generated diff to these two tables (the SQLite generator also rebuilt unrelated ones).
 */
export class Migration20261206024343_reminders extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "reminder_channel" ("id" varchar(36) not null, "name" varchar(50) not null, "kind" text check ("kind" in ('WECOM', 'DINGTALK', 'JSON')) not null, "url" varchar(500) not null, "secret" varchar(200) null, "township_id" varchar(12) null, "role" text check ("role" in ('LEADER', 'OFFICER', 'TOWNSHIP')) null, "active" boolean not null default true, "alerts_since" timestamptz null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "reminder_channel_pkey" primary key ("id"));`);
    this.addSql(`create table "reminder_delivery" ("id" varchar(36) not null, "channel_id" varchar(36) not null, "kind" text check ("kind" in ('DIGEST', 'OVERDUE_ALERT')) not null, "period_key" varchar(200) not null, "status" text check ("status" in ('PENDING', 'SENT', 'FAILED', 'BASELINE')) not null default 'PENDING', "attempts" int not null default 0, "attempt_log" jsonb not null, "last_error" text null, "response_status" int null, "item_count" int null, "summary" varchar(500) null, "sent_at" timestamptz null, "claim_token" varchar(36) null, "claimed_at" timestamptz null, "created_at" timestamptz not null, constraint "reminder_delivery_pkey" primary key ("id"));`);
    this.addSql(`create index "reminder_delivery_created_at_index" on "reminder_delivery" ("created_at");`);
    this.addSql(`alter table "reminder_delivery" add constraint "reminder_delivery_channel_id_kind_period_key_unique" unique ("channel_id", "kind", "period_key");`);
    this.addSql(`alter table "reminder_delivery" add constraint "reminder_delivery_channel_id_foreign" foreign key ("channel_id") references "reminder_channel" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "reminder_delivery" cascade;`);
    this.addSql(`drop table if exists "reminder_channel" cascade;`);
  }

}
