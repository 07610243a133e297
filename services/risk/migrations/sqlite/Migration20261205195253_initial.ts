import { Migration } from '@mikro-orm/migrations';

export class Migration20261205195253_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`consultation\` (\`id\` text not null, \`code\` text not null, \`date\` text not null, \`title\` text not null, \`summary\` text null, \`department_list\` text not null, \`township_list\` text not null, \`risk_ids\` json not null, \`version\` integer not null default 1, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`consultation_code_unique\` on \`consultation\` (\`code\`);`);
    this.addSql(`create index \`consultation_date_index\` on \`consultation\` (\`date\`);`);
    this.addSql(`create index \`consultation_department_list_index\` on \`consultation\` (\`department_list\`);`);
    this.addSql(`create index \`consultation_township_list_index\` on \`consultation\` (\`township_list\`);`);

    this.addSql(`create table \`drill\` (\`id\` text not null, \`code\` text not null, \`scenario\` text not null, \`date\` text not null, \`department_list\` text not null, \`township_list\` text not null, \`participants\` integer null, \`evaluation\` text null, \`version\` integer not null default 1, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`drill_code_unique\` on \`drill\` (\`code\`);`);
    this.addSql(`create index \`drill_date_index\` on \`drill\` (\`date\`);`);
    this.addSql(`create index \`drill_department_list_index\` on \`drill\` (\`department_list\`);`);
    this.addSql(`create index \`drill_township_list_index\` on \`drill\` (\`township_list\`);`);

    this.addSql(`create table \`hazard_investigation\` (\`id\` text not null, \`code\` text not null, \`theme\` text not null, \`township_list\` text not null, \`start_date\` text not null, \`end_date\` text not null, \`status\` text check (\`status\` in ('PLANNED', 'ONGOING', 'FINISHED')) not null default 'PLANNED', \`version\` integer not null default 1, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`hazard_investigation_code_unique\` on \`hazard_investigation\` (\`code\`);`);
    this.addSql(`create index \`hazard_investigation_township_list_index\` on \`hazard_investigation\` (\`township_list\`);`);
    this.addSql(`create index \`hazard_investigation_start_date_index\` on \`hazard_investigation\` (\`start_date\`);`);

    this.addSql(`create table \`incident\` (\`id\` text not null, \`code\` text not null, \`title\` text not null, \`kind\` text check (\`kind\` in ('FOOD_POISONING', 'CONTAMINATION', 'FAKE_PRODUCT', 'OTHER')) not null, \`level\` text check (\`level\` in ('I', 'II', 'III', 'IV')) not null, \`occurred_at\` datetime not null, \`place\` text not null, \`entity_id\` text null, \`township_id\` text not null, \`affected\` integer not null, \`received_at\` datetime not null, \`reported_at\` datetime null, \`response_department_list\` text not null, \`current_step\` text check (\`current_step\` in ('RECEIVED', 'VERIFIED', 'RESPONSE_STARTED', 'CONTROLLED', 'INVESTIGATED', 'CLOSED')) not null default 'RECEIVED', \`sample_ids\` json not null, \`case_ids\` json not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`incident_code_unique\` on \`incident\` (\`code\`);`);
    this.addSql(`create index \`incident_occurred_at_index\` on \`incident\` (\`occurred_at\`);`);
    this.addSql(`create index \`incident_entity_id_index\` on \`incident\` (\`entity_id\`);`);
    this.addSql(`create index \`incident_response_department_list_index\` on \`incident\` (\`response_department_list\`);`);
    this.addSql(`create index \`incident_township_id_occurred_at_index\` on \`incident\` (\`township_id\`, \`occurred_at\`);`);

    this.addSql(`create table \`incident_report_rule\` (\`level\` text not null, \`hours\` integer not null, \`source\` text not null, \`updated_by\` text not null, \`updated_at\` datetime not null, primary key (\`level\`));`);

    this.addSql(`create table \`incident_timeline_entry\` (\`id\` text not null, \`incident_id\` text not null, \`step\` text check (\`step\` in ('RECEIVED', 'VERIFIED', 'RESPONSE_STARTED', 'CONTROLLED', 'INVESTIGATED', 'CLOSED')) not null, \`at\` datetime not null, \`note\` text null, \`by\` text not null, constraint \`incident_timeline_entry_incident_id_foreign\` foreign key(\`incident_id\`) references \`incident\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`incident_timeline_entry_incident_id_index\` on \`incident_timeline_entry\` (\`incident_id\`);`);

    this.addSql(`create table \`risk\` (\`id\` text not null, \`code\` text not null, \`title\` text not null, \`hazard\` text not null, \`source\` text not null, \`category\` text check (\`category\` in ('CAMPUS', 'RURAL_BANQUET', 'WILD_MUSHROOM', 'SMALL_WORKSHOP', 'COLD_CHAIN', 'ONLINE_CATERING', 'OTHER')) not null, \`likelihood\` integer not null, \`severity\` integer not null, \`level\` text check (\`level\` in ('LOW', 'GENERAL', 'HIGH', 'MAJOR')) not null, \`township_list\` text not null, \`business_categories\` json not null, \`controls\` text null, \`owner_department\` text not null, \`owner_id\` text null, \`review_date\` text null, \`status\` text check (\`status\` in ('ACTIVE', 'MONITORING', 'CLOSED')) not null default 'ACTIVE', \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`risk_code_unique\` on \`risk\` (\`code\`);`);
    this.addSql(`create index \`risk_township_list_index\` on \`risk\` (\`township_list\`);`);
    this.addSql(`create index \`risk_level_created_at_index\` on \`risk\` (\`level\`, \`created_at\`);`);

    this.addSql(`create table \`hazard\` (\`id\` text not null, \`code\` text not null, \`investigation_id\` text not null, \`entity_id\` text not null, \`township_id\` text not null, \`description\` text not null, \`found_on\` text not null, \`rectify_by\` text not null, \`rectified_on\` text null, \`rectified_note\` text null, \`verified_by\` text null, \`verified_on\` text null, \`status\` text check (\`status\` in ('OPEN', 'RECTIFIED', 'VERIFIED')) not null default 'OPEN', \`risk_id\` text null, \`case_id\` text null, \`version\` integer not null default 1, \`created_at\` datetime not null, constraint \`hazard_investigation_id_foreign\` foreign key(\`investigation_id\`) references \`hazard_investigation\`(\`id\`) on update cascade, constraint \`hazard_risk_id_foreign\` foreign key(\`risk_id\`) references \`risk\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`hazard_code_unique\` on \`hazard\` (\`code\`);`);
    this.addSql(`create index \`hazard_investigation_id_index\` on \`hazard\` (\`investigation_id\`);`);
    this.addSql(`create index \`hazard_entity_id_index\` on \`hazard\` (\`entity_id\`);`);
    this.addSql(`create index \`hazard_found_on_index\` on \`hazard\` (\`found_on\`);`);
    this.addSql(`create index \`hazard_risk_id_index\` on \`hazard\` (\`risk_id\`);`);
    this.addSql(`create index \`hazard_case_id_index\` on \`hazard\` (\`case_id\`);`);
    this.addSql(`create index \`hazard_status_rectify_by_index\` on \`hazard\` (\`status\`, \`rectify_by\`);`);
    this.addSql(`create index \`hazard_township_id_found_on_index\` on \`hazard\` (\`township_id\`, \`found_on\`);`);

    this.addSql(`create table \`duty\` (\`id\` text not null, \`code\` text not null, \`task\` text not null, \`basis\` text null, \`owner_kind\` text check (\`owner_kind\` in ('DEPARTMENT', 'TOWNSHIP', 'OFFICIAL')) not null, \`owner_department\` text null, \`township_id\` text null, \`owner_id\` text null, \`owner_township_id\` text null, \`due_date\` text null, \`frequency\` text check (\`frequency\` in ('ONCE', 'MONTHLY', 'QUARTERLY', 'YEARLY')) not null default 'ONCE', \`status\` text check (\`status\` in ('PENDING', 'IN_PROGRESS', 'DONE')) not null default 'PENDING', \`evidence\` text null, \`completed_at\` text null, \`risk_id\` text null, \`consultation_id\` text null, \`drill_id\` text null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`duty_risk_id_foreign\` foreign key(\`risk_id\`) references \`risk\`(\`id\`) on delete set null on update cascade, constraint \`duty_consultation_id_foreign\` foreign key(\`consultation_id\`) references \`consultation\`(\`id\`) on delete set null on update cascade, constraint \`duty_drill_id_foreign\` foreign key(\`drill_id\`) references \`drill\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`duty_code_unique\` on \`duty\` (\`code\`);`);
    this.addSql(`create index \`duty_township_id_index\` on \`duty\` (\`township_id\`);`);
    this.addSql(`create index \`duty_owner_id_index\` on \`duty\` (\`owner_id\`);`);
    this.addSql(`create index \`duty_owner_township_id_index\` on \`duty\` (\`owner_township_id\`);`);
    this.addSql(`create index \`duty_completed_at_index\` on \`duty\` (\`completed_at\`);`);
    this.addSql(`create index \`duty_risk_id_index\` on \`duty\` (\`risk_id\`);`);
    this.addSql(`create index \`duty_consultation_id_index\` on \`duty\` (\`consultation_id\`);`);
    this.addSql(`create index \`duty_drill_id_index\` on \`duty\` (\`drill_id\`);`);
    this.addSql(`create index \`duty_status_due_date_index\` on \`duty\` (\`status\`, \`due_date\`);`);

    this.addSql(`create table \`consultation_conclusion\` (\`id\` text not null, \`consultation_id\` text not null, \`position\` integer not null, \`text\` text not null, \`duty_id\` text not null, constraint \`consultation_conclusion_consultation_id_foreign\` foreign key(\`consultation_id\`) references \`consultation\`(\`id\`) on update cascade, constraint \`consultation_conclusion_duty_id_foreign\` foreign key(\`duty_id\`) references \`duty\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`consultation_conclusion_consultation_id_index\` on \`consultation_conclusion\` (\`consultation_id\`);`);
    this.addSql(`create index \`consultation_conclusion_duty_id_index\` on \`consultation_conclusion\` (\`duty_id\`);`);

    this.addSql(`create table \`risk_level_change\` (\`id\` text not null, \`risk_id\` text not null, \`at\` datetime not null, \`from_level\` text check (\`from_level\` in ('LOW', 'GENERAL', 'HIGH', 'MAJOR')) null, \`to_level\` text check (\`to_level\` in ('LOW', 'GENERAL', 'HIGH', 'MAJOR')) not null, \`likelihood\` integer not null, \`severity\` integer not null, \`reason\` text not null, \`by\` text not null, constraint \`risk_level_change_risk_id_foreign\` foreign key(\`risk_id\`) references \`risk\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`risk_level_change_risk_id_index\` on \`risk_level_change\` (\`risk_id\`);`);

    this.addSql(`create table \`risk_matrix\` (\`id\` text not null, \`cells\` json not null, \`updated_by\` text not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
  }

}
