import { Migration } from '@mikro-orm/migrations';

export class Migration20261129065833_init extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "calendar_day" ("date" varchar(10) not null, "kind" text check ("kind" in ('HOLIDAY', 'WORKDAY')) not null, "name" varchar(60) not null, "updated_by" varchar(60) not null, "updated_at" timestamptz not null, constraint "calendar_day_pkey" primary key ("date"));`);

    this.addSql(`create table "clock_rule" ("code" varchar(40) not null, "unit" text check ("unit" in ('WORKING_DAYS', 'CALENDAR_DAYS', 'MONTHS')) not null, "amount" int not null, "extension" int not null, "source" varchar(300) not null, "updated_by" varchar(60) not null, "updated_at" timestamptz not null, constraint "clock_rule_pkey" primary key ("code"));`);

    this.addSql(`create table "consumer_request" ("id" varchar(36) not null, "title" varchar(200) not null, "category" text check ("category" in ('GRAIN_PRODUCTS', 'EDIBLE_OIL', 'CONDIMENTS', 'MEAT_PRODUCTS', 'DAIRY', 'INFANT_FORMULA', 'BEVERAGES', 'BOTTLED_WATER', 'ALCOHOL', 'PASTRY', 'SOY_PRODUCTS', 'STARCH_PRODUCTS', 'TEA', 'CONVENIENCE_FOOD', 'VEGETABLES', 'FRUIT', 'LIVESTOCK_MEAT', 'AQUATIC', 'EGGS', 'CATERING_FOOD')) not null, "description" varchar(1000) not null, "channel" varchar(60) not null, "submitted_by" varchar(60) not null, "submitted_on" varchar(10) not null, "votes" int not null default 0, "status" text check ("status" in ('COLLECTING', 'ACCEPTED', 'ANSWERED', 'DECLINED')) not null default 'COLLECTING', "reply" varchar(1000) null, "created_at" timestamptz not null, constraint "consumer_request_pkey" primary key ("id"));`);
    this.addSql(`create index "consumer_request_submitted_on_index" on "consumer_request" ("submitted_on");`);

    this.addSql(`create table "sampling_plan" ("id" varchar(36) not null, "year" int not null, "level" text check ("level" in ('NATIONAL', 'PROVINCIAL', 'CITY', 'DISTRICT')) not null, "purpose" text check ("purpose" in ('SUPERVISION', 'RISK_MONITORING', 'EVALUATION')) not null, "name" varchar(200) not null, "issuer" varchar(100) not null, "categories" jsonb not null, "quota" int not null, "starts_on" varchar(10) not null, "ends_on" varchar(10) not null, "created_at" timestamptz not null, constraint "sampling_plan_pkey" primary key ("id"));`);
    this.addSql(`create index "sampling_plan_year_index" on "sampling_plan" ("year");`);

    this.addSql(`create table "sample" ("id" varchar(36) not null, "number" varchar(40) not null, "plan_id" varchar(36) not null, "entity_id" varchar(36) not null, "township_id" varchar(12) not null, "food_name" varchar(200) not null, "category" text check ("category" in ('GRAIN_PRODUCTS', 'EDIBLE_OIL', 'CONDIMENTS', 'MEAT_PRODUCTS', 'DAIRY', 'INFANT_FORMULA', 'BEVERAGES', 'BOTTLED_WATER', 'ALCOHOL', 'PASTRY', 'SOY_PRODUCTS', 'STARCH_PRODUCTS', 'TEA', 'CONVENIENCE_FOOD', 'VEGETABLES', 'FRUIT', 'LIVESTOCK_MEAT', 'AQUATIC', 'EGGS', 'CATERING_FOOD')) not null, "brand" varchar(100) null, "specification" varchar(100) null, "batch_number" varchar(60) not null, "produced_on" varchar(10) null, "sampled_on" varchar(10) not null, "samplers" jsonb not null, "lab" varchar(100) not null, "status" text check ("status" in ('SAMPLED', 'TESTING', 'QUALIFIED', 'UNQUALIFIED', 'RECHECKING', 'DISPOSING', 'DISPOSED', 'PUBLISHED')) not null default 'SAMPLED', "verdict" text check ("verdict" in ('QUALIFIED', 'UNQUALIFIED')) null, "failure_kind" text check ("failure_kind" in ('PESTICIDE_VET_RESIDUE', 'ADDITIVE_MISUSE', 'ILLEGAL_ADDITION', 'MICROBIAL', 'HEAVY_METAL', 'QUALITY_INDICATOR', 'OTHER')) null, "received_on" varchar(10) null, "reported_on" varchar(10) null, "notified_on" varchar(10) null, "published_on" varchar(10) null, "consumer_request_id" varchar(36) null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "sample_pkey" primary key ("id"));`);
    this.addSql(`alter table "sample" add constraint "sample_number_unique" unique ("number");`);
    this.addSql(`create index "sample_plan_id_index" on "sample" ("plan_id");`);
    this.addSql(`create index "sample_entity_id_index" on "sample" ("entity_id");`);
    this.addSql(`create index "sample_category_index" on "sample" ("category");`);
    this.addSql(`create index "sample_sampled_on_index" on "sample" ("sampled_on");`);
    this.addSql(`create index "sample_status_index" on "sample" ("status");`);
    this.addSql(`create index "sample_verdict_index" on "sample" ("verdict");`);
    this.addSql(`create index "sample_consumer_request_id_index" on "sample" ("consumer_request_id");`);
    this.addSql(`create index "sample_township_id_sampled_on_index" on "sample" ("township_id", "sampled_on");`);

    this.addSql(`create table "sample_event" ("id" varchar(36) not null, "sample_id" varchar(36) not null, "from_status" text check ("from_status" in ('SAMPLED', 'TESTING', 'QUALIFIED', 'UNQUALIFIED', 'RECHECKING', 'DISPOSING', 'DISPOSED', 'PUBLISHED')) null, "to_status" text check ("to_status" in ('SAMPLED', 'TESTING', 'QUALIFIED', 'UNQUALIFIED', 'RECHECKING', 'DISPOSING', 'DISPOSED', 'PUBLISHED')) not null, "label" varchar(100) not null, "happened_on" varchar(10) not null, "recorded_by" varchar(60) not null, "recorded_at" timestamptz not null, "note" varchar(500) null, constraint "sample_event_pkey" primary key ("id"));`);
    this.addSql(`create index "sample_event_sample_id_index" on "sample_event" ("sample_id");`);

    this.addSql(`create table "recheck_request" ("id" varchar(36) not null, "sample_id" varchar(36) not null, "requested_on" varchar(10) not null, "applicant" varchar(100) not null, "lab" varchar(100) not null, "status" text check ("status" in ('REQUESTED', 'COMPLETED')) not null default 'REQUESTED', "result" text check ("result" in ('QUALIFIED', 'UNQUALIFIED')) null, "completed_on" varchar(10) null, constraint "recheck_request_pkey" primary key ("id"));`);
    this.addSql(`alter table "recheck_request" add constraint "recheck_request_sample_id_unique" unique ("sample_id");`);

    this.addSql(`create table "objection" ("id" varchar(36) not null, "sample_id" varchar(36) not null, "kind" text check ("kind" in ('SAMPLING_PROCEDURE', 'SAMPLE_AUTHENTICITY', 'TEST_METHOD', 'STANDARD_APPLIED')) not null, "filed_on" varchar(10) not null, "applicant" varchar(100) not null, "reason" varchar(1000) not null, "status" text check ("status" in ('PENDING', 'UPHELD', 'REJECTED')) not null default 'PENDING', "decided_on" varchar(10) null, "conclusion" varchar(1000) null, constraint "objection_pkey" primary key ("id"));`);
    this.addSql(`create index "objection_sample_id_index" on "objection" ("sample_id");`);

    this.addSql(`create table "infant_formula_batch" ("id" varchar(36) not null, "year" int not null, "brand" varchar(60) not null, "product" varchar(200) not null, "stage" int not null, "batch_number" varchar(60) not null, "entity_id" varchar(36) not null, "township_id" varchar(12) not null, "found_on" varchar(10) not null, "sample_id" varchar(36) null, constraint "infant_formula_batch_pkey" primary key ("id"));`);
    this.addSql(`create index "infant_formula_batch_sample_id_index" on "infant_formula_batch" ("sample_id");`);
    this.addSql(`create index "infant_formula_batch_year_index" on "infant_formula_batch" ("year");`);

    this.addSql(`create table "disposal" ("id" varchar(36) not null, "sample_id" varchar(36) not null, "started_on" varchar(10) not null, "actions" varchar(100) not null, "extended" boolean not null default false, "quantity" int null, "measures" varchar(1000) null, "case_number" varchar(60) null, "case_id" varchar(36) null, "completed_on" varchar(10) null, constraint "disposal_pkey" primary key ("id"));`);
    this.addSql(`alter table "disposal" add constraint "disposal_sample_id_unique" unique ("sample_id");`);

    this.addSql(`create table "test_item" ("id" varchar(36) not null, "sample_id" varchar(36) not null, "position" int not null, "name" varchar(100) not null, "measured" varchar(60) not null, "limit" varchar(60) not null, "unit" varchar(30) not null, "standard" varchar(120) not null, "verdict" text check ("verdict" in ('QUALIFIED', 'UNQUALIFIED')) not null, "failure_kind" text check ("failure_kind" in ('PESTICIDE_VET_RESIDUE', 'ADDITIVE_MISUSE', 'ILLEGAL_ADDITION', 'MICROBIAL', 'HEAVY_METAL', 'QUALITY_INDICATOR', 'OTHER')) null, constraint "test_item_pkey" primary key ("id"));`);
    this.addSql(`create index "test_item_sample_id_index" on "test_item" ("sample_id");`);

    this.addSql(`alter table "sample" add constraint "sample_plan_id_foreign" foreign key ("plan_id") references "sampling_plan" ("id") on update cascade;`);
    this.addSql(`alter table "sample" add constraint "sample_consumer_request_id_foreign" foreign key ("consumer_request_id") references "consumer_request" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "sample_event" add constraint "sample_event_sample_id_foreign" foreign key ("sample_id") references "sample" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "recheck_request" add constraint "recheck_request_sample_id_foreign" foreign key ("sample_id") references "sample" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "objection" add constraint "objection_sample_id_foreign" foreign key ("sample_id") references "sample" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "infant_formula_batch" add constraint "infant_formula_batch_sample_id_foreign" foreign key ("sample_id") references "sample" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "disposal" add constraint "disposal_sample_id_foreign" foreign key ("sample_id") references "sample" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "test_item" add constraint "test_item_sample_id_foreign" foreign key ("sample_id") references "sample" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "sample" drop constraint "sample_consumer_request_id_foreign";`);

    this.addSql(`alter table "sample" drop constraint "sample_plan_id_foreign";`);

    this.addSql(`alter table "sample_event" drop constraint "sample_event_sample_id_foreign";`);

    this.addSql(`alter table "recheck_request" drop constraint "recheck_request_sample_id_foreign";`);

    this.addSql(`alter table "objection" drop constraint "objection_sample_id_foreign";`);

    this.addSql(`alter table "infant_formula_batch" drop constraint "infant_formula_batch_sample_id_foreign";`);

    this.addSql(`alter table "disposal" drop constraint "disposal_sample_id_foreign";`);

    this.addSql(`alter table "test_item" drop constraint "test_item_sample_id_foreign";`);

    this.addSql(`drop table if exists "calendar_day" cascade;`);

    this.addSql(`drop table if exists "clock_rule" cascade;`);

    this.addSql(`drop table if exists "consumer_request" cascade;`);

    this.addSql(`drop table if exists "sampling_plan" cascade;`);

    this.addSql(`drop table if exists "sample" cascade;`);

    this.addSql(`drop table if exists "sample_event" cascade;`);

    this.addSql(`drop table if exists "recheck_request" cascade;`);

    this.addSql(`drop table if exists "objection" cascade;`);

    this.addSql(`drop table if exists "infant_formula_batch" cascade;`);

    this.addSql(`drop table if exists "disposal" cascade;`);

    this.addSql(`drop table if exists "test_item" cascade;`);
  }

}
