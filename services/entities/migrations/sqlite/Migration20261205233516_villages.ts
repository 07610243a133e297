import { Migration } from '@mikro-orm/migrations';

/**
 * Villages, supervision stations, village reports and the triage setting; the business's village. Cut by hand from
 * the generated diff: the SQLite generator also rebuilt five unrelated tables (its check-constraint comparison).
 * SQLite cannot drop a column with a foreign key in place, so `down` drops the new tables only.
 */
export class Migration20261205233516_villages extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`supervision_station\` (\`id\` text not null, \`name\` text not null, \`township_ids\` json not null, \`officers\` json not null, \`checklist\` json not null, \`version\` integer not null default 1, \`updated_at\` datetime not null, primary key (\`id\`));`);

    this.addSql(`create table \`village\` (\`id\` text not null, \`name\` text not null, \`kind\` text check (\`kind\` in ('VILLAGE', 'COMMUNITY')) not null, \`township_id\` text not null, constraint \`village_township_id_foreign\` foreign key(\`township_id\`) references \`township\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`village_township_id_index\` on \`village\` (\`township_id\`);`);
    this.addSql(`create index \`village_township_id_id_index\` on \`village\` (\`township_id\`, \`id\`);`);

    this.addSql(`create table \`village_report\` (\`id\` text not null, \`village_id\` text not null, \`township_id\` text not null, \`entity_id\` text null, \`entity_name\` text not null, \`kind\` text check (\`kind\` in ('HAZARD', 'CLUE')) not null, \`description\` text not null, \`photos\` json not null, \`reporter_name\` text not null, \`reporter_username\` text not null, \`received_at\` datetime not null, \`received_on\` text not null, \`due_on\` text not null, \`status\` text check (\`status\` in ('PENDING', 'DISMISSED', 'HAZARD', 'CLUE')) not null default 'PENDING', \`dismiss_reason\` text null, \`hazard_id\` text null, \`case_id\` text null, \`triaged_by\` text null, \`triaged_at\` datetime null, \`version\` integer not null default 1, constraint \`village_report_village_id_foreign\` foreign key(\`village_id\`) references \`village\`(\`id\`) on update cascade, constraint \`village_report_entity_id_foreign\` foreign key(\`entity_id\`) references \`entity\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`village_report_village_id_index\` on \`village_report\` (\`village_id\`);`);
    this.addSql(`create index \`village_report_entity_id_index\` on \`village_report\` (\`entity_id\`);`);
    this.addSql(`create index \`village_report_reporter_username_index\` on \`village_report\` (\`reporter_username\`);`);
    this.addSql(`create index \`village_report_status_due_on_index\` on \`village_report\` (\`status\`, \`due_on\`);`);
    this.addSql(`create index \`village_report_village_id_received_at_index\` on \`village_report\` (\`village_id\`, \`received_at\`);`);
    this.addSql(`create index \`village_report_township_id_received_at_index\` on \`village_report\` (\`township_id\`, \`received_at\`);`);

    this.addSql(`create table \`village_report_setting\` (\`id\` integer not null, \`triage_working_days\` integer not null, \`updated_by\` text null, \`updated_at\` datetime not null, primary key (\`id\`));`);

    this.addSql('alter table `entity` add column `village_id` text null constraint `entity_village_id_foreign` references `village` (`id`) on update cascade on delete set null;');
    this.addSql('create index `entity_village_id_index` on `entity` (`village_id`);');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists `village_report_setting`;');
    this.addSql('drop table if exists `village_report`;');
    this.addSql('drop table if exists `supervision_station`;');
  }
}
