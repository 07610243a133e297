import { Migration } from '@mikro-orm/migrations';

/**
 * Reminder channels (webhooks per township or district-wide) and the record of each digest and overdue alert sent
 * to them; the unique (channel, kind, period) is what makes several scheduler replicas send each one once. Cut from
 * the generated diff to these two tables (the SQLite generator also rebuilt unrelated ones).
 */
export class Migration20261206024342_reminders extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`reminder_channel\` (\`id\` text not null, \`name\` text not null, \`kind\` text check (\`kind\` in ('WECOM', 'DINGTALK', 'JSON')) not null, \`url\` text not null, \`secret\` text null, \`township_id\` text null, \`role\` text check (\`role\` in ('LEADER', 'OFFICER', 'TOWNSHIP')) null, \`active\` integer not null default true, \`alerts_since\` datetime null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create table \`reminder_delivery\` (\`id\` text not null, \`channel_id\` text not null, \`kind\` text check (\`kind\` in ('DIGEST', 'OVERDUE_ALERT')) not null, \`period_key\` text not null, \`status\` text check (\`status\` in ('PENDING', 'SENT', 'FAILED', 'BASELINE')) not null default 'PENDING', \`attempts\` integer not null default 0, \`attempt_log\` json not null, \`last_error\` text null, \`response_status\` integer null, \`item_count\` integer null, \`summary\` text null, \`sent_at\` datetime null, \`claim_token\` text null, \`claimed_at\` datetime null, \`created_at\` datetime not null, constraint \`reminder_delivery_channel_id_foreign\` foreign key(\`channel_id\`) references \`reminder_channel\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`reminder_delivery_channel_id_index\` on \`reminder_delivery\` (\`channel_id\`);`);
    this.addSql(`create index \`reminder_delivery_created_at_index\` on \`reminder_delivery\` (\`created_at\`);`);
    this.addSql(`create unique index \`reminder_delivery_channel_id_kind_period_key_unique\` on \`reminder_delivery\` (\`channel_id\`, \`kind\`, \`period_key\`);`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists `reminder_delivery`;');
    this.addSql('drop table if exists `reminder_channel`;');
  }

}
