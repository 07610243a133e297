import { Migration } from '@mikro-orm/migrations';

export class Migration20261129072215_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`audit_entry\` (\`id\` text not null, \`record_type\` text check (\`record_type\` in ('CASE', 'TRANSFER', 'SEIZED_ITEM')) not null, \`record_id\` text not null, \`case_id\` text not null, \`sequence\` integer not null, \`at\` datetime not null, \`username\` text not null, \`actor\` text not null, \`action\` text not null, \`changes\` json not null, primary key (\`id\`));`);
    this.addSql(`create index \`audit_entry_record_id_index\` on \`audit_entry\` (\`record_id\`);`);
    this.addSql(`create index \`audit_entry_case_id_index\` on \`audit_entry\` (\`case_id\`);`);
    this.addSql(`create index \`audit_entry_at_index\` on \`audit_entry\` (\`at\`);`);

    this.addSql(`create table \`campaign\` (\`id\` text not null, \`name\` text not null, \`kind\` text check (\`kind\` in ('ENFORCEMENT', 'RECTIFICATION')) not null, \`year\` integer not null, \`starts_on\` text not null, \`ends_on\` text not null, \`lead\` text not null, \`focus\` text not null, primary key (\`id\`));`);
    this.addSql(`create index \`campaign_kind_index\` on \`campaign\` (\`kind\`);`);
    this.addSql(`create index \`campaign_year_index\` on \`campaign\` (\`year\`);`);

    this.addSql(`create table \`case_file\` (\`id\` text not null, \`number\` text null, \`title\` text not null, \`source\` text check (\`source\` in ('SAMPLING', 'COMPLAINT', 'INSPECTION', 'PUBLIC_OPINION', 'REFERRAL')) not null, \`status\` text check (\`status\` in ('CLUE', 'FILED', 'INVESTIGATING', 'NOTIFIED', 'DECIDED', 'EXECUTING', 'CLOSED', 'NOT_FILED', 'TRANSFERRED')) not null default 'CLUE', \`entity_id\` text not null, \`township_id\` text not null, \`description\` text not null, \`violation_list\` text not null default '', \`legal_basis\` text null, \`officer_id_list\` text not null default '', \`received_on\` text not null, \`filed_on\` text null, \`investigated_on\` text null, \`notified_on\` text null, \`decided_on\` text null, \`served_on\` text null, \`closed_on\` text null, \`closing_note\` text null, \`filing_extended\` integer not null default false, \`decision_extended\` integer not null default false, \`campaign_id\` text null, \`disposal_id\` text null, \`inspection_id\` text null, \`opinion_event_id\` text null, \`referred_by\` text null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`case_file_campaign_id_foreign\` foreign key(\`campaign_id\`) references \`campaign\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`case_file_number_unique\` on \`case_file\` (\`number\`);`);
    this.addSql(`create index \`case_file_source_index\` on \`case_file\` (\`source\`);`);
    this.addSql(`create index \`case_file_status_index\` on \`case_file\` (\`status\`);`);
    this.addSql(`create index \`case_file_entity_id_index\` on \`case_file\` (\`entity_id\`);`);
    this.addSql(`create index \`case_file_township_id_index\` on \`case_file\` (\`township_id\`);`);
    this.addSql(`create index \`case_file_received_on_index\` on \`case_file\` (\`received_on\`);`);
    this.addSql(`create index \`case_file_filed_on_index\` on \`case_file\` (\`filed_on\`);`);
    this.addSql(`create index \`case_file_campaign_id_index\` on \`case_file\` (\`campaign_id\`);`);
    this.addSql(`create index \`case_file_disposal_id_index\` on \`case_file\` (\`disposal_id\`);`);
    this.addSql(`create index \`case_file_inspection_id_index\` on \`case_file\` (\`inspection_id\`);`);
    this.addSql(`create index \`case_file_opinion_event_id_index\` on \`case_file\` (\`opinion_event_id\`);`);

    this.addSql(`create table \`case_pause\` (\`id\` text not null, \`case_file_id\` text not null, \`kind\` text check (\`kind\` in ('TESTING', 'APPRAISAL', 'HEARING', 'NOTICE')) not null, \`starts_on\` text not null, \`ends_on\` text null, \`reason\` text not null, constraint \`case_pause_case_file_id_foreign\` foreign key(\`case_file_id\`) references \`case_file\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`case_pause_case_file_id_index\` on \`case_pause\` (\`case_file_id\`);`);

    this.addSql(`create table \`inspector\` (\`id\` text not null, \`name\` text not null, \`badge_number\` text not null, \`unit\` text not null, \`active\` integer not null default true, primary key (\`id\`));`);
    this.addSql(`create unique index \`inspector_badge_number_unique\` on \`inspector\` (\`badge_number\`);`);
    this.addSql(`create index \`inspector_unit_index\` on \`inspector\` (\`unit\`);`);

    this.addSql(`create table \`joint_operation\` (\`id\` text not null, \`title\` text not null, \`campaign_id\` text null, \`department_list\` text not null, \`starts_on\` text not null, \`ends_on\` text not null, \`scope\` text not null, \`status\` text check (\`status\` in ('PLANNED', 'ONGOING', 'COMPLETED')) not null default 'PLANNED', \`entities_inspected\` integer not null default 0, \`problems_found\` integer not null default 0, \`summary\` text null, \`created_at\` datetime not null, constraint \`joint_operation_campaign_id_foreign\` foreign key(\`campaign_id\`) references \`campaign\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`joint_operation_campaign_id_index\` on \`joint_operation\` (\`campaign_id\`);`);
    this.addSql(`create index \`joint_operation_department_list_index\` on \`joint_operation\` (\`department_list\`);`);
    this.addSql(`create index \`joint_operation_starts_on_index\` on \`joint_operation\` (\`starts_on\`);`);
    this.addSql(`create index \`joint_operation_status_index\` on \`joint_operation\` (\`status\`);`);

    this.addSql(`create table \`joint_operation_participant\` (\`id\` text not null, \`operation_id\` text not null, \`department\` text check (\`department\` in ('POLICE', 'PROCURATORATE', 'EDUCATION', 'AGRICULTURE')) not null, \`confirmed_on\` text null, \`personnel\` integer not null default 0, \`report\` text null, \`confirmed_by\` text null, constraint \`joint_operation_participant_operation_id_foreign\` foreign key(\`operation_id\`) references \`joint_operation\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`joint_operation_participant_operation_id_index\` on \`joint_operation_participant\` (\`operation_id\`);`);
    this.addSql(`create unique index \`joint_operation_participant_operation_id_department_unique\` on \`joint_operation_participant\` (\`operation_id\`, \`department\`);`);

    this.addSql(`create table \`penalty\` (\`id\` text not null, \`case_file_id\` text not null, \`decision_number\` text not null, \`kind_list\` text not null, \`fine\` double not null default 0, \`confiscated_gains\` double not null default 0, \`paid_on\` text null, \`published_on\` text null, constraint \`penalty_case_file_id_foreign\` foreign key(\`case_file_id\`) references \`case_file\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`penalty_case_file_id_index\` on \`penalty\` (\`case_file_id\`);`);
    this.addSql(`create unique index \`penalty_case_file_id_unique\` on \`penalty\` (\`case_file_id\`);`);
    this.addSql(`create unique index \`penalty_decision_number_unique\` on \`penalty\` (\`decision_number\`);`);

    this.addSql(`create table \`random_draw\` (\`id\` text not null, \`title\` text not null, \`year\` integer not null, \`drawn_on\` text not null, \`seed\` text not null, \`population_criteria\` text not null, \`population_id_list\` text not null, \`pool_criteria\` text not null, \`pool_id_list\` text not null, \`entity_count\` integer not null, \`inspectors_per_entity\` integer not null, \`status\` text check (\`status\` in ('DRAWN', 'PUBLISHED')) not null default 'DRAWN', \`published_on\` text null, \`campaign_id\` text null, \`drawn_by\` text not null, \`created_at\` datetime not null, constraint \`random_draw_campaign_id_foreign\` foreign key(\`campaign_id\`) references \`campaign\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`random_draw_year_index\` on \`random_draw\` (\`year\`);`);
    this.addSql(`create index \`random_draw_status_index\` on \`random_draw\` (\`status\`);`);
    this.addSql(`create index \`random_draw_campaign_id_index\` on \`random_draw\` (\`campaign_id\`);`);

    this.addSql(`create table \`draw_item\` (\`id\` text not null, \`draw_id\` text not null, \`position\` integer not null, \`entity_id\` text not null, \`township_id\` text not null, \`inspector_id_list\` text not null, constraint \`draw_item_draw_id_foreign\` foreign key(\`draw_id\`) references \`random_draw\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`draw_item_draw_id_index\` on \`draw_item\` (\`draw_id\`);`);
    this.addSql(`create index \`draw_item_entity_id_index\` on \`draw_item\` (\`entity_id\`);`);
    this.addSql(`create index \`draw_item_township_id_index\` on \`draw_item\` (\`township_id\`);`);

    this.addSql(`create table \`inspection\` (\`id\` text not null, \`entity_id\` text not null, \`township_id\` text not null, \`inspected_on\` text not null, \`kind\` text check (\`kind\` in ('ROUTINE', 'RANDOM', 'SPECIAL', 'FLYING')) not null, \`verdict\` text check (\`verdict\` in ('COMPLIANT', 'BASICALLY_COMPLIANT', 'NON_COMPLIANT')) not null, \`inspector_id_list\` text not null, \`findings\` text not null, \`rectification_deadline\` text null, \`rectified_on\` text null, \`published_on\` text null, \`campaign_id\` text null, \`draw_item_id\` text null, \`created_at\` datetime not null, constraint \`inspection_campaign_id_foreign\` foreign key(\`campaign_id\`) references \`campaign\`(\`id\`) on delete set null on update cascade, constraint \`inspection_draw_item_id_foreign\` foreign key(\`draw_item_id\`) references \`draw_item\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`inspection_entity_id_index\` on \`inspection\` (\`entity_id\`);`);
    this.addSql(`create index \`inspection_township_id_index\` on \`inspection\` (\`township_id\`);`);
    this.addSql(`create index \`inspection_inspected_on_index\` on \`inspection\` (\`inspected_on\`);`);
    this.addSql(`create index \`inspection_kind_index\` on \`inspection\` (\`kind\`);`);
    this.addSql(`create index \`inspection_verdict_index\` on \`inspection\` (\`verdict\`);`);
    this.addSql(`create index \`inspection_campaign_id_index\` on \`inspection\` (\`campaign_id\`);`);
    this.addSql(`create index \`inspection_draw_item_id_index\` on \`inspection\` (\`draw_item_id\`);`);
    this.addSql(`create unique index \`inspection_draw_item_id_unique\` on \`inspection\` (\`draw_item_id\`);`);

    this.addSql(`create table \`seized_item\` (\`id\` text not null, \`case_file_id\` text not null, \`name\` text not null, \`quantity\` double not null, \`unit\` text not null, \`measure\` text check (\`measure\` in ('SEIZE', 'SEAL')) not null, \`seized_on\` text not null, \`status\` text check (\`status\` in ('SEIZED', 'SEALED', 'RETURNED', 'CONFISCATED', 'DESTROYED', 'HANDED_OVER')) not null, \`custodian\` text not null, \`location\` text not null, \`extended\` integer not null default false, \`released_on\` text null, \`note\` text null, \`created_at\` datetime not null, constraint \`seized_item_case_file_id_foreign\` foreign key(\`case_file_id\`) references \`case_file\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`seized_item_case_file_id_index\` on \`seized_item\` (\`case_file_id\`);`);
    this.addSql(`create index \`seized_item_seized_on_index\` on \`seized_item\` (\`seized_on\`);`);
    this.addSql(`create index \`seized_item_status_index\` on \`seized_item\` (\`status\`);`);

    this.addSql(`create table \`transfer\` (\`id\` text not null, \`case_file_id\` text not null, \`department\` text check (\`department\` in ('POLICE', 'PROCURATORATE', 'EDUCATION', 'AGRICULTURE')) not null, \`kind\` text check (\`kind\` in ('CRIMINAL', 'JURISDICTION')) not null, \`transferred_on\` text not null, \`reason\` text not null, \`copied_to_procuratorate\` integer not null default false, \`status\` text check (\`status\` in ('SENT', 'RECEIVED', 'ANSWERED')) not null default 'SENT', \`received_on\` text null, \`receipt_number\` text null, \`received_by\` text null, \`answered_on\` text null, \`outcome\` text check (\`outcome\` in ('FILED', 'DECLINED', 'PROSECUTED', 'CONCLUDED')) null, \`outcome_note\` text null, \`partner_case_number\` text null, \`created_at\` datetime not null, constraint \`transfer_case_file_id_foreign\` foreign key(\`case_file_id\`) references \`case_file\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`transfer_case_file_id_index\` on \`transfer\` (\`case_file_id\`);`);
    this.addSql(`create index \`transfer_department_index\` on \`transfer\` (\`department\`);`);
    this.addSql(`create index \`transfer_transferred_on_index\` on \`transfer\` (\`transferred_on\`);`);
    this.addSql(`create index \`transfer_status_index\` on \`transfer\` (\`status\`);`);
  }

}
