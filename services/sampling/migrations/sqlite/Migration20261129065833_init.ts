import { Migration } from '@mikro-orm/migrations';

export class Migration20261129065833_init extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`calendar_day\` (\`date\` text not null, \`kind\` text check (\`kind\` in ('HOLIDAY', 'WORKDAY')) not null, \`name\` text not null, \`updated_by\` text not null, \`updated_at\` datetime not null, primary key (\`date\`));`);

    this.addSql(`create table \`clock_rule\` (\`code\` text not null, \`unit\` text check (\`unit\` in ('WORKING_DAYS', 'CALENDAR_DAYS', 'MONTHS')) not null, \`amount\` integer not null, \`extension\` integer not null, \`source\` text not null, \`updated_by\` text not null, \`updated_at\` datetime not null, primary key (\`code\`));`);

    this.addSql(`create table \`consumer_request\` (\`id\` text not null, \`title\` text not null, \`category\` text check (\`category\` in ('GRAIN_PRODUCTS', 'EDIBLE_OIL', 'CONDIMENTS', 'MEAT_PRODUCTS', 'DAIRY', 'INFANT_FORMULA', 'BEVERAGES', 'BOTTLED_WATER', 'ALCOHOL', 'PASTRY', 'SOY_PRODUCTS', 'STARCH_PRODUCTS', 'TEA', 'CONVENIENCE_FOOD', 'VEGETABLES', 'FRUIT', 'LIVESTOCK_MEAT', 'AQUATIC', 'EGGS', 'CATERING_FOOD')) not null, \`description\` text not null, \`channel\` text not null, \`submitted_by\` text not null, \`submitted_on\` text not null, \`votes\` integer not null default 0, \`status\` text check (\`status\` in ('COLLECTING', 'ACCEPTED', 'ANSWERED', 'DECLINED')) not null default 'COLLECTING', \`reply\` text null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`consumer_request_submitted_on_index\` on \`consumer_request\` (\`submitted_on\`);`);

    this.addSql(`create table \`sampling_plan\` (\`id\` text not null, \`year\` integer not null, \`level\` text check (\`level\` in ('NATIONAL', 'PROVINCIAL', 'CITY', 'DISTRICT')) not null, \`purpose\` text check (\`purpose\` in ('SUPERVISION', 'RISK_MONITORING', 'EVALUATION')) not null, \`name\` text not null, \`issuer\` text not null, \`categories\` json not null, \`quota\` integer not null, \`starts_on\` text not null, \`ends_on\` text not null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`sampling_plan_year_index\` on \`sampling_plan\` (\`year\`);`);

    this.addSql(`create table \`sample\` (\`id\` text not null, \`number\` text not null, \`plan_id\` text not null, \`entity_id\` text not null, \`township_id\` text not null, \`food_name\` text not null, \`category\` text check (\`category\` in ('GRAIN_PRODUCTS', 'EDIBLE_OIL', 'CONDIMENTS', 'MEAT_PRODUCTS', 'DAIRY', 'INFANT_FORMULA', 'BEVERAGES', 'BOTTLED_WATER', 'ALCOHOL', 'PASTRY', 'SOY_PRODUCTS', 'STARCH_PRODUCTS', 'TEA', 'CONVENIENCE_FOOD', 'VEGETABLES', 'FRUIT', 'LIVESTOCK_MEAT', 'AQUATIC', 'EGGS', 'CATERING_FOOD')) not null, \`brand\` text null, \`specification\` text null, \`batch_number\` text not null, \`produced_on\` text null, \`sampled_on\` text not null, \`samplers\` json not null, \`lab\` text not null, \`status\` text check (\`status\` in ('SAMPLED', 'TESTING', 'QUALIFIED', 'UNQUALIFIED', 'RECHECKING', 'DISPOSING', 'DISPOSED', 'PUBLISHED')) not null default 'SAMPLED', \`verdict\` text check (\`verdict\` in ('QUALIFIED', 'UNQUALIFIED')) null, \`failure_kind\` text check (\`failure_kind\` in ('PESTICIDE_VET_RESIDUE', 'ADDITIVE_MISUSE', 'ILLEGAL_ADDITION', 'MICROBIAL', 'HEAVY_METAL', 'QUALITY_INDICATOR', 'OTHER')) null, \`received_on\` text null, \`reported_on\` text null, \`notified_on\` text null, \`published_on\` text null, \`consumer_request_id\` text null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`sample_plan_id_foreign\` foreign key(\`plan_id\`) references \`sampling_plan\`(\`id\`) on update cascade, constraint \`sample_consumer_request_id_foreign\` foreign key(\`consumer_request_id\`) references \`consumer_request\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`sample_number_unique\` on \`sample\` (\`number\`);`);
    this.addSql(`create index \`sample_plan_id_index\` on \`sample\` (\`plan_id\`);`);
    this.addSql(`create index \`sample_entity_id_index\` on \`sample\` (\`entity_id\`);`);
    this.addSql(`create index \`sample_category_index\` on \`sample\` (\`category\`);`);
    this.addSql(`create index \`sample_sampled_on_index\` on \`sample\` (\`sampled_on\`);`);
    this.addSql(`create index \`sample_status_index\` on \`sample\` (\`status\`);`);
    this.addSql(`create index \`sample_verdict_index\` on \`sample\` (\`verdict\`);`);
    this.addSql(`create index \`sample_consumer_request_id_index\` on \`sample\` (\`consumer_request_id\`);`);
    this.addSql(`create index \`sample_township_id_sampled_on_index\` on \`sample\` (\`township_id\`, \`sampled_on\`);`);

    this.addSql(`create table \`sample_event\` (\`id\` text not null, \`sample_id\` text not null, \`from_status\` text check (\`from_status\` in ('SAMPLED', 'TESTING', 'QUALIFIED', 'UNQUALIFIED', 'RECHECKING', 'DISPOSING', 'DISPOSED', 'PUBLISHED')) null, \`to_status\` text check (\`to_status\` in ('SAMPLED', 'TESTING', 'QUALIFIED', 'UNQUALIFIED', 'RECHECKING', 'DISPOSING', 'DISPOSED', 'PUBLISHED')) not null, \`label\` text not null, \`happened_on\` text not null, \`recorded_by\` text not null, \`recorded_at\` datetime not null, \`note\` text null, constraint \`sample_event_sample_id_foreign\` foreign key(\`sample_id\`) references \`sample\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`sample_event_sample_id_index\` on \`sample_event\` (\`sample_id\`);`);

    this.addSql(`create table \`recheck_request\` (\`id\` text not null, \`sample_id\` text not null, \`requested_on\` text not null, \`applicant\` text not null, \`lab\` text not null, \`status\` text check (\`status\` in ('REQUESTED', 'COMPLETED')) not null default 'REQUESTED', \`result\` text check (\`result\` in ('QUALIFIED', 'UNQUALIFIED')) null, \`completed_on\` text null, constraint \`recheck_request_sample_id_foreign\` foreign key(\`sample_id\`) references \`sample\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`recheck_request_sample_id_index\` on \`recheck_request\` (\`sample_id\`);`);
    this.addSql(`create unique index \`recheck_request_sample_id_unique\` on \`recheck_request\` (\`sample_id\`);`);

    this.addSql(`create table \`objection\` (\`id\` text not null, \`sample_id\` text not null, \`kind\` text check (\`kind\` in ('SAMPLING_PROCEDURE', 'SAMPLE_AUTHENTICITY', 'TEST_METHOD', 'STANDARD_APPLIED')) not null, \`filed_on\` text not null, \`applicant\` text not null, \`reason\` text not null, \`status\` text check (\`status\` in ('PENDING', 'UPHELD', 'REJECTED')) not null default 'PENDING', \`decided_on\` text null, \`conclusion\` text null, constraint \`objection_sample_id_foreign\` foreign key(\`sample_id\`) references \`sample\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`objection_sample_id_index\` on \`objection\` (\`sample_id\`);`);

    this.addSql(`create table \`infant_formula_batch\` (\`id\` text not null, \`year\` integer not null, \`brand\` text not null, \`product\` text not null, \`stage\` integer not null, \`batch_number\` text not null, \`entity_id\` text not null, \`township_id\` text not null, \`found_on\` text not null, \`sample_id\` text null, constraint \`infant_formula_batch_sample_id_foreign\` foreign key(\`sample_id\`) references \`sample\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`infant_formula_batch_sample_id_index\` on \`infant_formula_batch\` (\`sample_id\`);`);
    this.addSql(`create index \`infant_formula_batch_year_index\` on \`infant_formula_batch\` (\`year\`);`);

    this.addSql(`create table \`disposal\` (\`id\` text not null, \`sample_id\` text not null, \`started_on\` text not null, \`actions\` text not null, \`extended\` integer not null default false, \`quantity\` integer null, \`measures\` text null, \`case_number\` text null, \`case_id\` text null, \`completed_on\` text null, constraint \`disposal_sample_id_foreign\` foreign key(\`sample_id\`) references \`sample\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`disposal_sample_id_index\` on \`disposal\` (\`sample_id\`);`);
    this.addSql(`create unique index \`disposal_sample_id_unique\` on \`disposal\` (\`sample_id\`);`);

    this.addSql(`create table \`test_item\` (\`id\` text not null, \`sample_id\` text not null, \`position\` integer not null, \`name\` text not null, \`measured\` text not null, \`limit\` text not null, \`unit\` text not null, \`standard\` text not null, \`verdict\` text check (\`verdict\` in ('QUALIFIED', 'UNQUALIFIED')) not null, \`failure_kind\` text check (\`failure_kind\` in ('PESTICIDE_VET_RESIDUE', 'ADDITIVE_MISUSE', 'ILLEGAL_ADDITION', 'MICROBIAL', 'HEAVY_METAL', 'QUALITY_INDICATOR', 'OTHER')) null, constraint \`test_item_sample_id_foreign\` foreign key(\`sample_id\`) references \`sample\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`test_item_sample_id_index\` on \`test_item\` (\`sample_id\`);`);
  }

}
