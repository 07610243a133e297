import { Migration } from '@mikro-orm/migrations';

export class Migration20261129070247 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "article" ("id" varchar(36) not null, "title" varchar(200) not null, "kind" text check ("kind" in ('SCIENCE', 'RUMOUR_REFUTATION', 'WARNING')) not null, "channel" text check ("channel" in ('DAMEI_BAZHOU_APP', 'BAZHOU_NEWS', 'WECHAT', 'WEIBO', 'DOUYIN')) not null, "published_at" timestamptz not null, "reach" int not null, "author" varchar(100) not null, "summary" text not null, "url" varchar(500) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "article_pkey" primary key ("id"));`);
    this.addSql(`create index "article_published_at_index" on "article" ("published_at");`);

    this.addSql(`create table "opinion_event" ("id" varchar(36) not null, "title" varchar(200) not null, "content" text not null, "platform" varchar(100) not null, "source_url" varchar(500) null, "detected_at" timestamptz not null, "severity" text check ("severity" in ('GENERAL', 'MAJOR', 'SERIOUS')) not null, "status" text check ("status" in ('DETECTED', 'VERIFYING', 'ESCALATED', 'HANDLING', 'RESPONDED', 'CLOSED')) not null default 'DETECTED', "entity_id" varchar(36) null, "township_id" varchar(12) null, "case_id" varchar(36) null, "escalated_to" varchar(100) null, "closed_at" timestamptz null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "opinion_event_pkey" primary key ("id"));`);
    this.addSql(`create index "opinion_event_detected_at_index" on "opinion_event" ("detected_at");`);
    this.addSql(`create index "opinion_event_status_index" on "opinion_event" ("status");`);
    this.addSql(`create index "opinion_event_entity_id_index" on "opinion_event" ("entity_id");`);
    this.addSql(`create index "opinion_event_township_id_index" on "opinion_event" ("township_id");`);

    this.addSql(`create table "opinion_event_step" ("id" varchar(36) not null, "event_id" varchar(36) not null, "from_status" text check ("from_status" in ('DETECTED', 'VERIFYING', 'ESCALATED', 'HANDLING', 'RESPONDED', 'CLOSED')) null, "to_status" text check ("to_status" in ('DETECTED', 'VERIFYING', 'ESCALATED', 'HANDLING', 'RESPONDED', 'CLOSED')) not null, "at" timestamptz not null, "by" varchar(50) not null, "by_name" varchar(50) not null, "note" text not null, constraint "opinion_event_step_pkey" primary key ("id"));`);
    this.addSql(`create index "opinion_event_step_event_id_index" on "opinion_event_step" ("event_id");`);

    this.addSql(`create table "publicity_week" ("id" varchar(36) not null, "year" int not null, "name" varchar(200) not null, "theme" varchar(100) not null, "starts_on" varchar(10) not null, "ends_on" varchar(10) not null, "organizer" varchar(200) not null, constraint "publicity_week_pkey" primary key ("id"));`);

    this.addSql(`create table "outreach_event" ("id" varchar(36) not null, "title" varchar(200) not null, "theme" varchar(200) not null, "kind" text check ("kind" in ('COMMUNITY', 'CLASSROOM', 'ENTERPRISE', 'MARKET')) not null, "held_on" varchar(10) not null, "place" varchar(200) not null, "township_id" varchar(12) null, "organizer" varchar(200) not null, "materials" int not null, "people_reached" int not null, "week_id" varchar(36) null, constraint "outreach_event_pkey" primary key ("id"));`);
    this.addSql(`create index "outreach_event_held_on_index" on "outreach_event" ("held_on");`);
    this.addSql(`create index "outreach_event_week_id_index" on "outreach_event" ("week_id");`);

    this.addSql(`alter table "opinion_event_step" add constraint "opinion_event_step_event_id_foreign" foreign key ("event_id") references "opinion_event" ("id") on update cascade;`);

    this.addSql(`alter table "outreach_event" add constraint "outreach_event_week_id_foreign" foreign key ("week_id") references "publicity_week" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "opinion_event_step" drop constraint "opinion_event_step_event_id_foreign";`);

    this.addSql(`alter table "outreach_event" drop constraint "outreach_event_week_id_foreign";`);

    this.addSql(`drop table if exists "article" cascade;`);

    this.addSql(`drop table if exists "opinion_event" cascade;`);

    this.addSql(`drop table if exists "opinion_event_step" cascade;`);

    this.addSql(`drop table if exists "publicity_week" cascade;`);

    this.addSql(`drop table if exists "outreach_event" cascade;`);
  }

}
