import { Migration } from '@mikro-orm/migrations';

export class Migration20261205233517_villages extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "supervision_station" ("id" varchar(36) not null, "name" varchar(100) not null, "township_ids" jsonb not null, "officers" jsonb not null, "checklist" jsonb not null, "version" int not null default 1, "updated_at" timestamptz not null, constraint "supervision_station_pkey" primary key ("id"));`);

    this.addSql(`create table "village" ("id" varchar(12) not null, "name" varchar(50) not null, "kind" text check ("kind" in ('VILLAGE', 'COMMUNITY')) not null, "township_id" varchar(12) not null, constraint "village_pkey" primary key ("id"));`);
    this.addSql(`create index "village_township_id_id_index" on "village" ("township_id", "id");`);

    this.addSql(`create table "village_report" ("id" varchar(36) not null, "village_id" varchar(12) not null, "township_id" varchar(12) not null, "entity_id" varchar(36) null, "entity_name" varchar(200) not null, "kind" text check ("kind" in ('HAZARD', 'CLUE')) not null, "description" text not null, "photos" jsonb not null, "reporter_name" varchar(50) not null, "reporter_username" varchar(100) not null, "received_at" timestamptz not null, "received_on" varchar(10) not null, "due_on" varchar(10) not null, "status" text check ("status" in ('PENDING', 'DISMISSED', 'HAZARD', 'CLUE')) not null default 'PENDING', "dismiss_reason" text null, "hazard_id" varchar(36) null, "case_id" varchar(36) null, "triaged_by" varchar(50) null, "triaged_at" timestamptz null, "version" int not null default 1, constraint "village_report_pkey" primary key ("id"));`);
    this.addSql(`create index "village_report_entity_id_index" on "village_report" ("entity_id");`);
    this.addSql(`create index "village_report_reporter_username_index" on "village_report" ("reporter_username");`);
    this.addSql(`create index "village_report_status_due_on_index" on "village_report" ("status", "due_on");`);
    this.addSql(`create index "village_report_village_id_received_at_index" on "village_report" ("village_id", "received_at");`);
    this.addSql(`create index "village_report_township_id_received_at_index" on "village_report" ("township_id", "received_at");`);

    this.addSql(`create table "village_report_setting" ("id" int not null, "triage_working_days" int not null, "updated_by" varchar(50) null, "updated_at" timestamptz not null, constraint "village_report_setting_pkey" primary key ("id"));`);

    this.addSql(`alter table "village" add constraint "village_township_id_foreign" foreign key ("township_id") references "township" ("id") on update cascade;`);

    this.addSql(`alter table "village_report" add constraint "village_report_village_id_foreign" foreign key ("village_id") references "village" ("id") on update cascade;`);
    this.addSql(`alter table "village_report" add constraint "village_report_entity_id_foreign" foreign key ("entity_id") references "entity" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "entity" add column "village_id" varchar(12) null;`);
    this.addSql(`alter table "entity" add constraint "entity_village_id_foreign" foreign key ("village_id") references "village" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "entity_village_id_index" on "entity" ("village_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "entity" drop constraint "entity_village_id_foreign";`);

    this.addSql(`alter table "village_report" drop constraint "village_report_village_id_foreign";`);

    this.addSql(`drop table if exists "supervision_station" cascade;`);

    this.addSql(`drop table if exists "village" cascade;`);

    this.addSql(`drop table if exists "village_report" cascade;`);

    this.addSql(`drop table if exists "village_report_setting" cascade;`);

    this.addSql(`drop index "entity_village_id_index";`);
    this.addSql(`alter table "entity" drop column "village_id";`);
  }

}
