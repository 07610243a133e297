import { Migration } from '@mikro-orm/migrations';

export class Migration20261129072215_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_entry" ("id" varchar(36) not null, "record_type" text check ("record_type" in ('CASE', 'TRANSFER', 'SEIZED_ITEM')) not null, "record_id" varchar(36) not null, "case_id" varchar(36) not null, "sequence" int not null, "at" timestamptz not null, "username" varchar(50) not null, "actor" varchar(50) not null, "action" varchar(100) not null, "changes" jsonb not null, constraint "audit_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entry_record_id_index" on "audit_entry" ("record_id");`);
    this.addSql(`create index "audit_entry_case_id_index" on "audit_entry" ("case_id");`);
    this.addSql(`create index "audit_entry_at_index" on "audit_entry" ("at");`);

    this.addSql(`create table "campaign" ("id" varchar(36) not null, "name" varchar(100) not null, "kind" text check ("kind" in ('ENFORCEMENT', 'RECTIFICATION')) not null, "year" int not null, "starts_on" varchar(10) not null, "ends_on" varchar(10) not null, "lead" varchar(50) not null, "focus" varchar(1000) not null, constraint "campaign_pkey" primary key ("id"));`);
    this.addSql(`create index "campaign_kind_index" on "campaign" ("kind");`);
    this.addSql(`create index "campaign_year_index" on "campaign" ("year");`);

    this.addSql(`create table "case_file" ("id" varchar(36) not null, "number" varchar(60) null, "title" varchar(200) not null, "source" text check ("source" in ('SAMPLING', 'COMPLAINT', 'INSPECTION', 'PUBLIC_OPINION', 'REFERRAL')) not null, "status" text check ("status" in ('CLUE', 'FILED', 'INVESTIGATING', 'NOTIFIED', 'DECIDED', 'EXECUTING', 'CLOSED', 'NOT_FILED', 'TRANSFERRED')) not null default 'CLUE', "entity_id" varchar(36) not null, "township_id" varchar(12) not null, "description" text not null, "violation_list" varchar(300) not null default '', "legal_basis" varchar(500) null, "officer_id_list" varchar(400) not null default '', "received_on" varchar(10) not null, "filed_on" varchar(10) null, "investigated_on" varchar(10) null, "notified_on" varchar(10) null, "decided_on" varchar(10) null, "served_on" varchar(10) null, "closed_on" varchar(10) null, "closing_note" varchar(1000) null, "filing_extended" boolean not null default false, "decision_extended" boolean not null default false, "campaign_id" varchar(36) null, "disposal_id" varchar(36) null, "inspection_id" varchar(36) null, "opinion_event_id" varchar(36) null, "referred_by" varchar(100) null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "case_file_pkey" primary key ("id"));`);
    this.addSql(`alter table "case_file" add constraint "case_file_number_unique" unique ("number");`);
    this.addSql(`create index "case_file_source_index" on "case_file" ("source");`);
    this.addSql(`create index "case_file_status_index" on "case_file" ("status");`);
    this.addSql(`create index "case_file_entity_id_index" on "case_file" ("entity_id");`);
    this.addSql(`create index "case_file_township_id_index" on "case_file" ("township_id");`);
    this.addSql(`create index "case_file_received_on_index" on "case_file" ("received_on");`);
    this.addSql(`create index "case_file_filed_on_index" on "case_file" ("filed_on");`);
    this.addSql(`create index "case_file_campaign_id_index" on "case_file" ("campaign_id");`);
    this.addSql(`create index "case_file_disposal_id_index" on "case_file" ("disposal_id");`);
    this.addSql(`create index "case_file_inspection_id_index" on "case_file" ("inspection_id");`);
    this.addSql(`create index "case_file_opinion_event_id_index" on "case_file" ("opinion_event_id");`);

    this.addSql(`create table "case_pause" ("id" varchar(36) not null, "case_file_id" varchar(36) not null, "kind" text check ("kind" in ('TESTING', 'APPRAISAL', 'HEARING', 'NOTICE')) not null, "starts_on" varchar(10) not null, "ends_on" varchar(10) null, "reason" varchar(300) not null, constraint "case_pause_pkey" primary key ("id"));`);
    this.addSql(`create index "case_pause_case_file_id_index" on "case_pause" ("case_file_id");`);

    this.addSql(`create table "inspector" ("id" varchar(36) not null, "name" varchar(50) not null, "badge_number" varchar(30) not null, "unit" varchar(50) not null, "active" boolean not null default true, constraint "inspector_pkey" primary key ("id"));`);
    this.addSql(`alter table "inspector" add constraint "inspector_badge_number_unique" unique ("badge_number");`);
    this.addSql(`create index "inspector_unit_index" on "inspector" ("unit");`);

    this.addSql(`create table "joint_operation" ("id" varchar(36) not null, "title" varchar(200) not null, "campaign_id" varchar(36) null, "department_list" varchar(100) not null, "starts_on" varchar(10) not null, "ends_on" varchar(10) not null, "scope" varchar(500) not null, "status" text check ("status" in ('PLANNED', 'ONGOING', 'COMPLETED')) not null default 'PLANNED', "entities_inspected" int not null default 0, "problems_found" int not null default 0, "summary" varchar(2000) null, "created_at" timestamptz not null, constraint "joint_operation_pkey" primary key ("id"));`);
    this.addSql(`create index "joint_operation_campaign_id_index" on "joint_operation" ("campaign_id");`);
    this.addSql(`create index "joint_operation_department_list_index" on "joint_operation" ("department_list");`);
    this.addSql(`create index "joint_operation_starts_on_index" on "joint_operation" ("starts_on");`);
    this.addSql(`create index "joint_operation_status_index" on "joint_operation" ("status");`);

    this.addSql(`create table "joint_operation_participant" ("id" varchar(36) not null, "operation_id" varchar(36) not null, "department" text check ("department" in ('POLICE', 'PROCURATORATE', 'EDUCATION', 'AGRICULTURE')) not null, "confirmed_on" varchar(10) null, "personnel" int not null default 0, "report" varchar(1000) null, "confirmed_by" varchar(50) null, constraint "joint_operation_participant_pkey" primary key ("id"));`);
    this.addSql(`create index "joint_operation_participant_operation_id_index" on "joint_operation_participant" ("operation_id");`);
    this.addSql(`alter table "joint_operation_participant" add constraint "joint_operation_participant_operation_id_department_unique" unique ("operation_id", "department");`);

    this.addSql(`create table "penalty" ("id" varchar(36) not null, "case_file_id" varchar(36) not null, "decision_number" varchar(60) not null, "kind_list" varchar(200) not null, "fine" double precision not null default 0, "confiscated_gains" double precision not null default 0, "paid_on" varchar(10) null, "published_on" varchar(10) null, constraint "penalty_pkey" primary key ("id"));`);
    this.addSql(`alter table "penalty" add constraint "penalty_case_file_id_unique" unique ("case_file_id");`);
    this.addSql(`alter table "penalty" add constraint "penalty_decision_number_unique" unique ("decision_number");`);

    this.addSql(`create table "random_draw" ("id" varchar(36) not null, "title" varchar(200) not null, "year" int not null, "drawn_on" varchar(10) not null, "seed" varchar(64) not null, "population_criteria" varchar(500) not null, "population_id_list" text not null, "pool_criteria" varchar(500) not null, "pool_id_list" text not null, "entity_count" int not null, "inspectors_per_entity" int not null, "status" text check ("status" in ('DRAWN', 'PUBLISHED')) not null default 'DRAWN', "published_on" varchar(10) null, "campaign_id" varchar(36) null, "drawn_by" varchar(50) not null, "created_at" timestamptz not null, constraint "random_draw_pkey" primary key ("id"));`);
    this.addSql(`create index "random_draw_year_index" on "random_draw" ("year");`);
    this.addSql(`create index "random_draw_status_index" on "random_draw" ("status");`);
    this.addSql(`create index "random_draw_campaign_id_index" on "random_draw" ("campaign_id");`);

    this.addSql(`create table "draw_item" ("id" varchar(36) not null, "draw_id" varchar(36) not null, "position" int not null, "entity_id" varchar(36) not null, "township_id" varchar(12) not null, "inspector_id_list" varchar(400) not null, constraint "draw_item_pkey" primary key ("id"));`);
    this.addSql(`create index "draw_item_draw_id_index" on "draw_item" ("draw_id");`);
    this.addSql(`create index "draw_item_entity_id_index" on "draw_item" ("entity_id");`);
    this.addSql(`create index "draw_item_township_id_index" on "draw_item" ("township_id");`);

    this.addSql(`create table "inspection" ("id" varchar(36) not null, "entity_id" varchar(36) not null, "township_id" varchar(12) not null, "inspected_on" varchar(10) not null, "kind" text check ("kind" in ('ROUTINE', 'RANDOM', 'SPECIAL', 'FLYING')) not null, "verdict" text check ("verdict" in ('COMPLIANT', 'BASICALLY_COMPLIANT', 'NON_COMPLIANT')) not null, "inspector_id_list" varchar(400) not null, "findings" text not null, "rectification_deadline" varchar(10) null, "rectified_on" varchar(10) null, "published_on" varchar(10) null, "campaign_id" varchar(36) null, "draw_item_id" varchar(36) null, "created_at" timestamptz not null, constraint "inspection_pkey" primary key ("id"));`);
    this.addSql(`create index "inspection_entity_id_index" on "inspection" ("entity_id");`);
    this.addSql(`create index "inspection_township_id_index" on "inspection" ("township_id");`);
    this.addSql(`create index "inspection_inspected_on_index" on "inspection" ("inspected_on");`);
    this.addSql(`create index "inspection_kind_index" on "inspection" ("kind");`);
    this.addSql(`create index "inspection_verdict_index" on "inspection" ("verdict");`);
    this.addSql(`create index "inspection_campaign_id_index" on "inspection" ("campaign_id");`);
    this.addSql(`alter table "inspection" add constraint "inspection_draw_item_id_unique" unique ("draw_item_id");`);

    this.addSql(`create table "seized_item" ("id" varchar(36) not null, "case_file_id" varchar(36) not null, "name" varchar(200) not null, "quantity" double precision not null, "unit" varchar(20) not null, "measure" text check ("measure" in ('SEIZE', 'SEAL')) not null, "seized_on" varchar(10) not null, "status" text check ("status" in ('SEIZED', 'SEALED', 'RETURNED', 'CONFISCATED', 'DESTROYED', 'HANDED_OVER')) not null, "custodian" varchar(100) not null, "location" varchar(200) not null, "extended" boolean not null default false, "released_on" varchar(10) null, "note" varchar(500) null, "created_at" timestamptz not null, constraint "seized_item_pkey" primary key ("id"));`);
    this.addSql(`create index "seized_item_case_file_id_index" on "seized_item" ("case_file_id");`);
    this.addSql(`create index "seized_item_seized_on_index" on "seized_item" ("seized_on");`);
    this.addSql(`create index "seized_item_status_index" on "seized_item" ("status");`);

    this.addSql(`create table "transfer" ("id" varchar(36) not null, "case_file_id" varchar(36) not null, "department" text check ("department" in ('POLICE', 'PROCURATORATE', 'EDUCATION', 'AGRICULTURE')) not null, "kind" text check ("kind" in ('CRIMINAL', 'JURISDICTION')) not null, "transferred_on" varchar(10) not null, "reason" varchar(1000) not null, "copied_to_procuratorate" boolean not null default false, "status" text check ("status" in ('SENT', 'RECEIVED', 'ANSWERED')) not null default 'SENT', "received_on" varchar(10) null, "receipt_number" varchar(60) null, "received_by" varchar(50) null, "answered_on" varchar(10) null, "outcome" text check ("outcome" in ('FILED', 'DECLINED', 'PROSECUTED', 'CONCLUDED')) null, "outcome_note" varchar(1000) null, "partner_case_number" varchar(60) null, "created_at" timestamptz not null, constraint "transfer_pkey" primary key ("id"));`);
    this.addSql(`create index "transfer_case_file_id_index" on "transfer" ("case_file_id");`);
    this.addSql(`create index "transfer_department_index" on "transfer" ("department");`);
    this.addSql(`create index "transfer_transferred_on_index" on "transfer" ("transferred_on");`);
    this.addSql(`create index "transfer_status_index" on "transfer" ("status");`);

    this.addSql(`alter table "case_file" add constraint "case_file_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "case_pause" add constraint "case_pause_case_file_id_foreign" foreign key ("case_file_id") references "case_file" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "joint_operation" add constraint "joint_operation_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "joint_operation_participant" add constraint "joint_operation_participant_operation_id_foreign" foreign key ("operation_id") references "joint_operation" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "penalty" add constraint "penalty_case_file_id_foreign" foreign key ("case_file_id") references "case_file" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "random_draw" add constraint "random_draw_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "draw_item" add constraint "draw_item_draw_id_foreign" foreign key ("draw_id") references "random_draw" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "inspection" add constraint "inspection_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "inspection" add constraint "inspection_draw_item_id_foreign" foreign key ("draw_item_id") references "draw_item" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "seized_item" add constraint "seized_item_case_file_id_foreign" foreign key ("case_file_id") references "case_file" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "transfer" add constraint "transfer_case_file_id_foreign" foreign key ("case_file_id") references "case_file" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "case_file" drop constraint "case_file_campaign_id_foreign";`);

    this.addSql(`alter table "joint_operation" drop constraint "joint_operation_campaign_id_foreign";`);

    this.addSql(`alter table "random_draw" drop constraint "random_draw_campaign_id_foreign";`);

    this.addSql(`alter table "inspection" drop constraint "inspection_campaign_id_foreign";`);

    this.addSql(`alter table "case_pause" drop constraint "case_pause_case_file_id_foreign";`);

    this.addSql(`alter table "penalty" drop constraint "penalty_case_file_id_foreign";`);

    this.addSql(`alter table "seized_item" drop constraint "seized_item_case_file_id_foreign";`);

    this.addSql(`alter table "transfer" drop constraint "transfer_case_file_id_foreign";`);

    this.addSql(`alter table "joint_operation_participant" drop constraint "joint_operation_participant_operation_id_foreign";`);

    this.addSql(`alter table "draw_item" drop constraint "draw_item_draw_id_foreign";`);

    this.addSql(`alter table "inspection" drop constraint "inspection_draw_item_id_foreign";`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "campaign" cascade;`);

    this.addSql(`drop table if exists "case_file" cascade;`);

    this.addSql(`drop table if exists "case_pause" cascade;`);

    this.addSql(`drop table if exists "inspector" cascade;`);

    this.addSql(`drop table if exists "joint_operation" cascade;`);

    this.addSql(`drop table if exists "joint_operation_participant" cascade;`);

    this.addSql(`drop table if exists "penalty" cascade;`);

    this.addSql(`drop table if exists "random_draw" cascade;`);

    this.addSql(`drop table if exists "draw_item" cascade;`);

    this.addSql(`drop table if exists "inspection" cascade;`);

    this.addSql(`drop table if exists "seized_item" cascade;`);

    this.addSql(`drop table if exists "transfer" cascade;`);
  }

}
