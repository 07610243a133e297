import { Migration } from '@mikro-orm/migrations';

export class Migration20261205195254_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "consultation" ("id" varchar(36) not null, "code" varchar(30) not null, "date" varchar(10) not null, "title" varchar(200) not null, "summary" text null, "department_list" varchar(500) not null, "township_list" varchar(1000) not null, "risk_ids" jsonb not null, "version" int not null default 1, "created_at" timestamptz not null, constraint "consultation_pkey" primary key ("id"));`);
    this.addSql(`alter table "consultation" add constraint "consultation_code_unique" unique ("code");`);
    this.addSql(`create index "consultation_date_index" on "consultation" ("date");`);
    this.addSql(`create index "consultation_department_list_index" on "consultation" ("department_list");`);
    this.addSql(`create index "consultation_township_list_index" on "consultation" ("township_list");`);

    this.addSql(`create table "drill" ("id" varchar(36) not null, "code" varchar(30) not null, "scenario" varchar(500) not null, "date" varchar(10) not null, "department_list" varchar(500) not null, "township_list" varchar(1000) not null, "participants" int null, "evaluation" text null, "version" int not null default 1, "created_at" timestamptz not null, constraint "drill_pkey" primary key ("id"));`);
    this.addSql(`alter table "drill" add constraint "drill_code_unique" unique ("code");`);
    this.addSql(`create index "drill_date_index" on "drill" ("date");`);
    this.addSql(`create index "drill_department_list_index" on "drill" ("department_list");`);
    this.addSql(`create index "drill_township_list_index" on "drill" ("township_list");`);

    this.addSql(`create table "hazard_investigation" ("id" varchar(36) not null, "code" varchar(30) not null, "theme" varchar(200) not null, "township_list" varchar(1000) not null, "start_date" varchar(10) not null, "end_date" varchar(10) not null, "status" text check ("status" in ('PLANNED', 'ONGOING', 'FINISHED')) not null default 'PLANNED', "version" int not null default 1, "created_at" timestamptz not null, constraint "hazard_investigation_pkey" primary key ("id"));`);
    this.addSql(`alter table "hazard_investigation" add constraint "hazard_investigation_code_unique" unique ("code");`);
    this.addSql(`create index "hazard_investigation_township_list_index" on "hazard_investigation" ("township_list");`);
    this.addSql(`create index "hazard_investigation_start_date_index" on "hazard_investigation" ("start_date");`);

    this.addSql(`create table "incident" ("id" varchar(36) not null, "code" varchar(30) not null, "title" varchar(200) not null, "kind" text check ("kind" in ('FOOD_POISONING', 'CONTAMINATION', 'FAKE_PRODUCT', 'OTHER')) not null, "level" text check ("level" in ('I', 'II', 'III', 'IV')) not null, "occurred_at" timestamptz not null, "place" varchar(300) not null, "entity_id" varchar(36) null, "township_id" varchar(12) not null, "affected" int not null, "received_at" timestamptz not null, "reported_at" timestamptz null, "response_department_list" varchar(500) not null, "current_step" text check ("current_step" in ('RECEIVED', 'VERIFIED', 'RESPONSE_STARTED', 'CONTROLLED', 'INVESTIGATED', 'CLOSED')) not null default 'RECEIVED', "sample_ids" jsonb not null, "case_ids" jsonb not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "incident_pkey" primary key ("id"));`);
    this.addSql(`alter table "incident" add constraint "incident_code_unique" unique ("code");`);
    this.addSql(`create index "incident_occurred_at_index" on "incident" ("occurred_at");`);
    this.addSql(`create index "incident_entity_id_index" on "incident" ("entity_id");`);
    this.addSql(`create index "incident_response_department_list_index" on "incident" ("response_department_list");`);
    this.addSql(`create index "incident_township_id_occurred_at_index" on "incident" ("township_id", "occurred_at");`);

    this.addSql(`create table "incident_report_rule" ("level" varchar(4) not null, "hours" int not null, "source" varchar(300) not null, "updated_by" varchar(100) not null, "updated_at" timestamptz not null, constraint "incident_report_rule_pkey" primary key ("level"));`);

    this.addSql(`create table "incident_timeline_entry" ("id" varchar(36) not null, "incident_id" varchar(36) not null, "step" text check ("step" in ('RECEIVED', 'VERIFIED', 'RESPONSE_STARTED', 'CONTROLLED', 'INVESTIGATED', 'CLOSED')) not null, "at" timestamptz not null, "note" text null, "by" varchar(100) not null, constraint "incident_timeline_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "incident_timeline_entry_incident_id_index" on "incident_timeline_entry" ("incident_id");`);

    this.addSql(`create table "risk" ("id" varchar(36) not null, "code" varchar(30) not null, "title" varchar(200) not null, "hazard" text not null, "source" varchar(500) not null, "category" text check ("category" in ('CAMPUS', 'RURAL_BANQUET', 'WILD_MUSHROOM', 'SMALL_WORKSHOP', 'COLD_CHAIN', 'ONLINE_CATERING', 'OTHER')) not null, "likelihood" int not null, "severity" int not null, "level" text check ("level" in ('LOW', 'GENERAL', 'HIGH', 'MAJOR')) not null, "township_list" varchar(1000) not null, "business_categories" jsonb not null, "controls" text null, "owner_department" varchar(100) not null, "owner_id" varchar(36) null, "review_date" varchar(10) null, "status" text check ("status" in ('ACTIVE', 'MONITORING', 'CLOSED')) not null default 'ACTIVE', "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "risk_pkey" primary key ("id"));`);
    this.addSql(`alter table "risk" add constraint "risk_code_unique" unique ("code");`);
    this.addSql(`create index "risk_township_list_index" on "risk" ("township_list");`);
    this.addSql(`create index "risk_level_created_at_index" on "risk" ("level", "created_at");`);

    this.addSql(`create table "hazard" ("id" varchar(36) not null, "code" varchar(30) not null, "investigation_id" varchar(36) not null, "entity_id" varchar(36) not null, "township_id" varchar(12) not null, "description" text not null, "found_on" varchar(10) not null, "rectify_by" varchar(10) not null, "rectified_on" varchar(10) null, "rectified_note" text null, "verified_by" varchar(100) null, "verified_on" varchar(10) null, "status" text check ("status" in ('OPEN', 'RECTIFIED', 'VERIFIED')) not null default 'OPEN', "risk_id" varchar(36) null, "case_id" varchar(36) null, "version" int not null default 1, "created_at" timestamptz not null, constraint "hazard_pkey" primary key ("id"));`);
    this.addSql(`alter table "hazard" add constraint "hazard_code_unique" unique ("code");`);
    this.addSql(`create index "hazard_investigation_id_index" on "hazard" ("investigation_id");`);
    this.addSql(`create index "hazard_entity_id_index" on "hazard" ("entity_id");`);
    this.addSql(`create index "hazard_found_on_index" on "hazard" ("found_on");`);
    this.addSql(`create index "hazard_risk_id_index" on "hazard" ("risk_id");`);
    this.addSql(`create index "hazard_case_id_index" on "hazard" ("case_id");`);
    this.addSql(`create index "hazard_status_rectify_by_index" on "hazard" ("status", "rectify_by");`);
    this.addSql(`create index "hazard_township_id_found_on_index" on "hazard" ("township_id", "found_on");`);

    this.addSql(`create table "duty" ("id" varchar(36) not null, "code" varchar(30) not null, "task" text not null, "basis" varchar(500) null, "owner_kind" text check ("owner_kind" in ('DEPARTMENT', 'TOWNSHIP', 'OFFICIAL')) not null, "owner_department" varchar(100) null, "township_id" varchar(12) null, "owner_id" varchar(36) null, "owner_township_id" varchar(12) null, "due_date" varchar(10) null, "frequency" text check ("frequency" in ('ONCE', 'MONTHLY', 'QUARTERLY', 'YEARLY')) not null default 'ONCE', "status" text check ("status" in ('PENDING', 'IN_PROGRESS', 'DONE')) not null default 'PENDING', "evidence" text null, "completed_at" varchar(10) null, "risk_id" varchar(36) null, "consultation_id" varchar(36) null, "drill_id" varchar(36) null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "duty_pkey" primary key ("id"));`);
    this.addSql(`alter table "duty" add constraint "duty_code_unique" unique ("code");`);
    this.addSql(`create index "duty_township_id_index" on "duty" ("township_id");`);
    this.addSql(`create index "duty_owner_id_index" on "duty" ("owner_id");`);
    this.addSql(`create index "duty_owner_township_id_index" on "duty" ("owner_township_id");`);
    this.addSql(`create index "duty_completed_at_index" on "duty" ("completed_at");`);
    this.addSql(`create index "duty_risk_id_index" on "duty" ("risk_id");`);
    this.addSql(`create index "duty_consultation_id_index" on "duty" ("consultation_id");`);
    this.addSql(`create index "duty_drill_id_index" on "duty" ("drill_id");`);
    this.addSql(`create index "duty_status_due_date_index" on "duty" ("status", "due_date");`);

    this.addSql(`create table "consultation_conclusion" ("id" varchar(36) not null, "consultation_id" varchar(36) not null, "position" int not null, "text" text not null, "duty_id" varchar(36) not null, constraint "consultation_conclusion_pkey" primary key ("id"));`);
    this.addSql(`create index "consultation_conclusion_consultation_id_index" on "consultation_conclusion" ("consultation_id");`);
    this.addSql(`create index "consultation_conclusion_duty_id_index" on "consultation_conclusion" ("duty_id");`);

    this.addSql(`create table "risk_level_change" ("id" varchar(36) not null, "risk_id" varchar(36) not null, "at" timestamptz not null, "from_level" text check ("from_level" in ('LOW', 'GENERAL', 'HIGH', 'MAJOR')) null, "to_level" text check ("to_level" in ('LOW', 'GENERAL', 'HIGH', 'MAJOR')) not null, "likelihood" int not null, "severity" int not null, "reason" varchar(200) not null, "by" varchar(100) not null, constraint "risk_level_change_pkey" primary key ("id"));`);
    this.addSql(`create index "risk_level_change_risk_id_index" on "risk_level_change" ("risk_id");`);

    this.addSql(`create table "risk_matrix" ("id" varchar(20) not null, "cells" jsonb not null, "updated_by" varchar(100) not null, "updated_at" timestamptz not null, constraint "risk_matrix_pkey" primary key ("id"));`);

    this.addSql(`alter table "incident_timeline_entry" add constraint "incident_timeline_entry_incident_id_foreign" foreign key ("incident_id") references "incident" ("id") on update cascade;`);

    this.addSql(`alter table "hazard" add constraint "hazard_investigation_id_foreign" foreign key ("investigation_id") references "hazard_investigation" ("id") on update cascade;`);
    this.addSql(`alter table "hazard" add constraint "hazard_risk_id_foreign" foreign key ("risk_id") references "risk" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "duty" add constraint "duty_risk_id_foreign" foreign key ("risk_id") references "risk" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "duty" add constraint "duty_consultation_id_foreign" foreign key ("consultation_id") references "consultation" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "duty" add constraint "duty_drill_id_foreign" foreign key ("drill_id") references "drill" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "consultation_conclusion" add constraint "consultation_conclusion_consultation_id_foreign" foreign key ("consultation_id") references "consultation" ("id") on update cascade;`);
    this.addSql(`alter table "consultation_conclusion" add constraint "consultation_conclusion_duty_id_foreign" foreign key ("duty_id") references "duty" ("id") on update cascade;`);

    this.addSql(`alter table "risk_level_change" add constraint "risk_level_change_risk_id_foreign" foreign key ("risk_id") references "risk" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "duty" drop constraint "duty_consultation_id_foreign";`);

    this.addSql(`alter table "consultation_conclusion" drop constraint "consultation_conclusion_consultation_id_foreign";`);

    this.addSql(`alter table "duty" drop constraint "duty_drill_id_foreign";`);

    this.addSql(`alter table "hazard" drop constraint "hazard_investigation_id_foreign";`);

    this.addSql(`alter table "incident_timeline_entry" drop constraint "incident_timeline_entry_incident_id_foreign";`);

    this.addSql(`alter table "hazard" drop constraint "hazard_risk_id_foreign";`);

    this.addSql(`alter table "duty" drop constraint "duty_risk_id_foreign";`);

    this.addSql(`alter table "risk_level_change" drop constraint "risk_level_change_risk_id_foreign";`);

    this.addSql(`alter table "consultation_conclusion" drop constraint "consultation_conclusion_duty_id_foreign";`);

    this.addSql(`drop table if exists "consultation" cascade;`);

    this.addSql(`drop table if exists "drill" cascade;`);

    this.addSql(`drop table if exists "hazard_investigation" cascade;`);

    this.addSql(`drop table if exists "incident" cascade;`);

    this.addSql(`drop table if exists "incident_report_rule" cascade;`);

    this.addSql(`drop table if exists "incident_timeline_entry" cascade;`);

    this.addSql(`drop table if exists "risk" cascade;`);

    this.addSql(`drop table if exists "hazard" cascade;`);

    this.addSql(`drop table if exists "duty" cascade;`);

    this.addSql(`drop table if exists "consultation_conclusion" cascade;`);

    this.addSql(`drop table if exists "risk_level_change" cascade;`);

    this.addSql(`drop table if exists "risk_matrix" cascade;`);
  }

}
