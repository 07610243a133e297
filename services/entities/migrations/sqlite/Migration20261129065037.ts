import { Migration } from '@mikro-orm/migrations';

export class Migration20261129065037 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`grading_rule\` (\`id\` integer not null, \`a_max\` double not null, \`b_max\` double not null, \`c_max\` double not null, \`updated_at\` datetime not null, \`updated_by\` text null, primary key (\`id\`));`);

    this.addSql(`create table \`township\` (\`id\` text not null, \`name\` text not null, \`kind\` text check (\`kind\` in ('TOWN', 'SUBDISTRICT', 'TOWNSHIP')) not null, primary key (\`id\`));`);

    this.addSql(`create table \`supervision_round\` (\`id\` text not null, \`township_id\` text not null, \`year\` integer not null, \`batch\` integer not null, \`inspected_on\` text not null, \`findings\` text not null, constraint \`supervision_round_township_id_foreign\` foreign key(\`township_id\`) references \`township\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`supervision_round_township_id_index\` on \`supervision_round\` (\`township_id\`);`);
    this.addSql(`create index \`supervision_round_year_index\` on \`supervision_round\` (\`year\`);`);

    this.addSql(`create table \`official\` (\`id\` text not null, \`name\` text not null, \`title\` text not null, \`level\` text check (\`level\` in ('DISTRICT', 'TOWNSHIP', 'VILLAGE')) not null, \`township_id\` text null, constraint \`official_township_id_foreign\` foreign key(\`township_id\`) references \`township\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`official_township_id_index\` on \`official\` (\`township_id\`);`);

    this.addSql(`create table \`notice\` (\`id\` text not null, \`kind\` text check (\`kind\` in ('PROMPT_LETTER', 'SUPERVISION_LETTER', 'RECTIFICATION_NOTICE')) not null, \`number\` text not null, \`title\` text not null, \`township_id\` text not null, \`sent_on\` text not null, \`content\` text not null, \`due_on\` text null, constraint \`notice_township_id_foreign\` foreign key(\`township_id\`) references \`township\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`notice_number_unique\` on \`notice\` (\`number\`);`);
    this.addSql(`create index \`notice_township_id_index\` on \`notice\` (\`township_id\`);`);
    this.addSql(`create index \`notice_sent_on_index\` on \`notice\` (\`sent_on\`);`);

    this.addSql(`create table \`entity\` (\`id\` text not null, \`name\` text not null, \`credit_code\` text not null, \`category\` text check (\`category\` in ('FOOD_PRODUCER', 'FOOD_SELLER', 'CATERING', 'SMALL_WORKSHOP', 'FOOD_VENDOR', 'SCHOOL_CANTEEN', 'COLLECTIVE_DINING', 'ONLINE_CATERING')) not null, \`status\` text check (\`status\` in ('OPERATING', 'SUSPENDED', 'CANCELLED', 'REVOKED')) not null default 'OPERATING', \`township_id\` text not null, \`address\` text not null, \`legal_representative\` text not null, \`phone\` text null, \`risk_grade\` text check (\`risk_grade\` in ('A', 'B', 'C', 'D')) null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`entity_township_id_foreign\` foreign key(\`township_id\`) references \`township\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`entity_name_index\` on \`entity\` (\`name\`);`);
    this.addSql(`create unique index \`entity_credit_code_unique\` on \`entity\` (\`credit_code\`);`);
    this.addSql(`create index \`entity_category_index\` on \`entity\` (\`category\`);`);
    this.addSql(`create index \`entity_township_id_index\` on \`entity\` (\`township_id\`);`);
    this.addSql(`create index \`entity_risk_grade_index\` on \`entity\` (\`risk_grade\`);`);

    this.addSql(`create table \`risk_assessment\` (\`id\` text not null, \`entity_id\` text not null, \`year\` integer not null, \`static_score\` double not null, \`dynamic_score\` double not null, \`total_score\` double not null, \`grade\` text check (\`grade\` in ('A', 'B', 'C', 'D')) not null, \`assessed_on\` text not null, \`assessor\` text not null, \`created_at\` datetime not null, constraint \`risk_assessment_entity_id_foreign\` foreign key(\`entity_id\`) references \`entity\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`risk_assessment_entity_id_index\` on \`risk_assessment\` (\`entity_id\`);`);
    this.addSql(`create index \`risk_assessment_year_index\` on \`risk_assessment\` (\`year\`);`);
    this.addSql(`create index \`risk_assessment_entity_id_year_index\` on \`risk_assessment\` (\`entity_id\`, \`year\`);`);

    this.addSql(`create table \`license\` (\`id\` text not null, \`entity_id\` text not null, \`kind\` text check (\`kind\` in ('PRODUCTION', 'BUSINESS', 'SMALL_WORKSHOP')) not null, \`number\` text not null, \`issued_on\` text not null, \`valid_until\` text not null, constraint \`license_entity_id_foreign\` foreign key(\`entity_id\`) references \`entity\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`license_entity_id_index\` on \`license\` (\`entity_id\`);`);
    this.addSql(`create unique index \`license_number_unique\` on \`license\` (\`number\`);`);

    this.addSql(`create table \`assignment\` (\`id\` text not null, \`official_id\` text not null, \`entity_id\` text not null, \`starts_on\` text not null, \`ends_on\` text null, \`last_visit_on\` text null, constraint \`assignment_official_id_foreign\` foreign key(\`official_id\`) references \`official\`(\`id\`) on update cascade, constraint \`assignment_entity_id_foreign\` foreign key(\`entity_id\`) references \`entity\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`assignment_official_id_index\` on \`assignment\` (\`official_id\`);`);
    this.addSql(`create index \`assignment_entity_id_index\` on \`assignment\` (\`entity_id\`);`);

    this.addSql(`create table \`visit\` (\`id\` text not null, \`assignment_id\` text not null, \`visited_on\` text not null, \`findings\` text not null, constraint \`visit_assignment_id_foreign\` foreign key(\`assignment_id\`) references \`assignment\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`visit_assignment_id_index\` on \`visit\` (\`assignment_id\`);`);
  }

}
