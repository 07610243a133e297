import { Migration } from '@mikro-orm/migrations';

export class Migration20261129065037 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "grading_rule" ("id" int not null, "a_max" double precision not null, "b_max" double precision not null, "c_max" double precision not null, "updated_at" timestamptz not null, "updated_by" varchar(50) null, constraint "grading_rule_pkey" primary key ("id"));`);

    this.addSql(`create table "township" ("id" varchar(12) not null, "name" varchar(50) not null, "kind" text check ("kind" in ('TOWN', 'SUBDISTRICT', 'TOWNSHIP')) not null, constraint "township_pkey" primary key ("id"));`);

    this.addSql(`create table "supervision_round" ("id" varchar(36) not null, "township_id" varchar(12) not null, "year" int not null, "batch" int not null, "inspected_on" varchar(10) not null, "findings" text not null, constraint "supervision_round_pkey" primary key ("id"));`);
    this.addSql(`create index "supervision_round_township_id_index" on "supervision_round" ("township_id");`);
    this.addSql(`create index "supervision_round_year_index" on "supervision_round" ("year");`);

    this.addSql(`create table "official" ("id" varchar(36) not null, "name" varchar(50) not null, "title" varchar(100) not null, "level" text check ("level" in ('DISTRICT', 'TOWNSHIP', 'VILLAGE')) not null, "township_id" varchar(12) null, constraint "official_pkey" primary key ("id"));`);
    this.addSql(`create index "official_township_id_index" on "official" ("township_id");`);

    this.addSql(`create table "notice" ("id" varchar(36) not null, "kind" text check ("kind" in ('PROMPT_LETTER', 'SUPERVISION_LETTER', 'RECTIFICATION_NOTICE')) not null, "number" varchar(60) not null, "title" varchar(200) not null, "township_id" varchar(12) not null, "sent_on" varchar(10) not null, "content" text not null, "due_on" varchar(10) null, constraint "notice_pkey" primary key ("id"));`);
    this.addSql(`alter table "notice" add constraint "notice_number_unique" unique ("number");`);
    this.addSql(`create index "notice_township_id_index" on "notice" ("township_id");`);
    this.addSql(`create index "notice_sent_on_index" on "notice" ("sent_on");`);

    this.addSql(`create table "entity" ("id" varchar(36) not null, "name" varchar(200) not null, "credit_code" varchar(18) not null, "category" text check ("category" in ('FOOD_PRODUCER', 'FOOD_SELLER', 'CATERING', 'SMALL_WORKSHOP', 'FOOD_VENDOR', 'SCHOOL_CANTEEN', 'COLLECTIVE_DINING', 'ONLINE_CATERING')) not null, "status" text check ("status" in ('OPERATING', 'SUSPENDED', 'CANCELLED', 'REVOKED')) not null default 'OPERATING', "township_id" varchar(12) not null, "address" varchar(300) not null, "legal_representative" varchar(50) not null, "phone" varchar(30) null, "risk_grade" text check ("risk_grade" in ('A', 'B', 'C', 'D')) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "entity_pkey" primary key ("id"));`);
    this.addSql(`create index "entity_name_index" on "entity" ("name");`);
    this.addSql(`alter table "entity" add constraint "entity_credit_code_unique" unique ("credit_code");`);
    this.addSql(`create index "entity_category_index" on "entity" ("category");`);
    this.addSql(`create index "entity_township_id_index" on "entity" ("township_id");`);
    this.addSql(`create index "entity_risk_grade_index" on "entity" ("risk_grade");`);

    this.addSql(`create table "risk_assessment" ("id" varchar(36) not null, "entity_id" varchar(36) not null, "year" int not null, "static_score" double precision not null, "dynamic_score" double precision not null, "total_score" double precision not null, "grade" text check ("grade" in ('A', 'B', 'C', 'D')) not null, "assessed_on" varchar(10) not null, "assessor" varchar(100) not null, "created_at" timestamptz not null, constraint "risk_assessment_pkey" primary key ("id"));`);
    this.addSql(`create index "risk_assessment_year_index" on "risk_assessment" ("year");`);
    this.addSql(`create index "risk_assessment_entity_id_year_index" on "risk_assessment" ("entity_id", "year");`);

    this.addSql(`create table "license" ("id" varchar(36) not null, "entity_id" varchar(36) not null, "kind" text check ("kind" in ('PRODUCTION', 'BUSINESS', 'SMALL_WORKSHOP')) not null, "number" varchar(60) not null, "issued_on" varchar(10) not null, "valid_until" varchar(10) not null, constraint "license_pkey" primary key ("id"));`);
    this.addSql(`create index "license_entity_id_index" on "license" ("entity_id");`);
    this.addSql(`alter table "license" add constraint "license_number_unique" unique ("number");`);

    this.addSql(`create table "assignment" ("id" varchar(36) not null, "official_id" varchar(36) not null, "entity_id" varchar(36) not null, "starts_on" varchar(10) not null, "ends_on" varchar(10) null, "last_visit_on" varchar(10) null, constraint "assignment_pkey" primary key ("id"));`);
    this.addSql(`create index "assignment_official_id_index" on "assignment" ("official_id");`);
    this.addSql(`create index "assignment_entity_id_index" on "assignment" ("entity_id");`);

    this.addSql(`create table "visit" ("id" varchar(36) not null, "assignment_id" varchar(36) not null, "visited_on" varchar(10) not null, "findings" text not null, constraint "visit_pkey" primary key ("id"));`);
    this.addSql(`create index "visit_assignment_id_index" on "visit" ("assignment_id");`);

    this.addSql(`alter table "supervision_round" add constraint "supervision_round_township_id_foreign" foreign key ("township_id") references "township" ("id") on update cascade;`);

    this.addSql(`alter table "official" add constraint "official_township_id_foreign" foreign key ("township_id") references "township" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "notice" add constraint "notice_township_id_foreign" foreign key ("township_id") references "township" ("id") on update cascade;`);

    this.addSql(`alter table "entity" add constraint "entity_township_id_foreign" foreign key ("township_id") references "township" ("id") on update cascade;`);

    this.addSql(`alter table "risk_assessment" add constraint "risk_assessment_entity_id_foreign" foreign key ("entity_id") references "entity" ("id") on update cascade;`);

    this.addSql(`alter table "license" add constraint "license_entity_id_foreign" foreign key ("entity_id") references "entity" ("id") on update cascade;`);

    this.addSql(`alter table "assignment" add constraint "assignment_official_id_foreign" foreign key ("official_id") references "official" ("id") on update cascade;`);
    this.addSql(`alter table "assignment" add constraint "assignment_entity_id_foreign" foreign key ("entity_id") references "entity" ("id") on update cascade;`);

    this.addSql(`alter table "visit" add constraint "visit_assignment_id_foreign" foreign key ("assignment_id") references "assignment" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "supervision_round" drop constraint "supervision_round_township_id_foreign";`);

    this.addSql(`alter table "official" drop constraint "official_township_id_foreign";`);

    this.addSql(`alter table "notice" drop constraint "notice_township_id_foreign";`);

    this.addSql(`alter table "entity" drop constraint "entity_township_id_foreign";`);

    this.addSql(`alter table "assignment" drop constraint "assignment_official_id_foreign";`);

    this.addSql(`alter table "risk_assessment" drop constraint "risk_assessment_entity_id_foreign";`);

    this.addSql(`alter table "license" drop constraint "license_entity_id_foreign";`);

    this.addSql(`alter table "assignment" drop constraint "assignment_entity_id_foreign";`);

    this.addSql(`alter table "visit" drop constraint "visit_assignment_id_foreign";`);

    this.addSql(`drop table if exists "grading_rule" cascade;`);

    this.addSql(`drop table if exists "township" cascade;`);

    this.addSql(`drop table if exists "supervision_round" cascade;`);

    this.addSql(`drop table if exists "official" cascade;`);

    this.addSql(`drop table if exists "notice" cascade;`);

    this.addSql(`drop table if exists "entity" cascade;`);

    this.addSql(`drop table if exists "risk_assessment" cascade;`);

    this.addSql(`drop table if exists "license" cascade;`);

    this.addSql(`drop table if exists "assignment" cascade;`);

    this.addSql(`drop table if exists "visit" cascade;`);
  }

}
