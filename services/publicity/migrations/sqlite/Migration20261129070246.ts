import { Migration } from '@mikro-orm/migrations';

export class Migration20261129070246 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`article\` (\`id\` text not null, \`title\` text not null, \`kind\` text check (\`kind\` in ('SCIENCE', 'RUMOUR_REFUTATION', 'WARNING')) not null, \`channel\` text check (\`channel\` in ('DAMEI_BAZHOU_APP', 'BAZHOU_NEWS', 'WECHAT', 'WEIBO', 'DOUYIN')) not null, \`published_at\` datetime not null, \`reach\` integer not null, \`author\` text not null, \`summary\` text not null, \`url\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`article_published_at_index\` on \`article\` (\`published_at\`);`);

    this.addSql(`create table \`opinion_event\` (\`id\` text not null, \`title\` text not null, \`content\` text not null, \`platform\` text not null, \`source_url\` text null, \`detected_at\` datetime not null, \`severity\` text check (\`severity\` in ('GENERAL', 'MAJOR', 'SERIOUS')) not null, \`status\` text check (\`status\` in ('DETECTED', 'VERIFYING', 'ESCALATED', 'HANDLING', 'RESPONDED', 'CLOSED')) not null default 'DETECTED', \`entity_id\` text null, \`township_id\` text null, \`case_id\` text null, \`escalated_to\` text null, \`closed_at\` datetime null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`opinion_event_detected_at_index\` on \`opinion_event\` (\`detected_at\`);`);
    this.addSql(`create index \`opinion_event_status_index\` on \`opinion_event\` (\`status\`);`);
    this.addSql(`create index \`opinion_event_entity_id_index\` on \`opinion_event\` (\`entity_id\`);`);
    this.addSql(`create index \`opinion_event_township_id_index\` on \`opinion_event\` (\`township_id\`);`);

    this.addSql(`create table \`opinion_event_step\` (\`id\` text not null, \`event_id\` text not null, \`from_status\` text check (\`from_status\` in ('DETECTED', 'VERIFYING', 'ESCALATED', 'HANDLING', 'RESPONDED', 'CLOSED')) null, \`to_status\` text check (\`to_status\` in ('DETECTED', 'VERIFYING', 'ESCALATED', 'HANDLING', 'RESPONDED', 'CLOSED')) not null, \`at\` datetime not null, \`by\` text not null, \`by_name\` text not null, \`note\` text not null, constraint \`opinion_event_step_event_id_foreign\` foreign key(\`event_id\`) references \`opinion_event\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`opinion_event_step_event_id_index\` on \`opinion_event_step\` (\`event_id\`);`);

    this.addSql(`create table \`publicity_week\` (\`id\` text not null, \`year\` integer not null, \`name\` text not null, \`theme\` text not null, \`starts_on\` text not null, \`ends_on\` text not null, \`organizer\` text not null, primary key (\`id\`));`);

    this.addSql(`create table \`outreach_event\` (\`id\` text not null, \`title\` text not null, \`theme\` text not null, \`kind\` text check (\`kind\` in ('COMMUNITY', 'CLASSROOM', 'ENTERPRISE', 'MARKET')) not null, \`held_on\` text not null, \`place\` text not null, \`township_id\` text null, \`organizer\` text not null, \`materials\` integer not null, \`people_reached\` integer not null, \`week_id\` text null, constraint \`outreach_event_week_id_foreign\` foreign key(\`week_id\`) references \`publicity_week\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`outreach_event_held_on_index\` on \`outreach_event\` (\`held_on\`);`);
    this.addSql(`create index \`outreach_event_week_id_index\` on \`outreach_event\` (\`week_id\`);`);
  }

}
