import { Migration } from '@mikro-orm/migrations';

/**
 * The complaints register (投诉举报: complaint, complaint_step). Cut by hand from the generated diff: the SQLite
 * generator also rebuilt unrelated tables (its check-constraint comparison); only the new tables are meant.
 */
export class Migration20261205195607_complaints extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`complaint\` (\`id\` text not null, \`code\` text not null, \`kind\` text check (\`kind\` in ('COMPLAINT', 'REPORT')) not null, \`channel\` text check (\`channel\` in ('PLATFORM_12315', 'PHONE', 'LETTER', 'VISIT', 'ONLINE')) not null, \`status\` text check (\`status\` in ('RECEIVED', 'ACCEPTED', 'REFUSED', 'MEDIATED', 'REFERRED', 'ANSWERED')) not null default 'RECEIVED', \`outcome\` text check (\`outcome\` in ('PENDING', 'REFUSED', 'MEDIATED', 'REFERRED', 'ANSWERED')) not null default 'PENDING', \`complainant_name\` text null, \`complainant_phone\` text null, \`complainant_id_number\` text null, \`entity_id\` text not null, \`party_name\` text not null, \`township_id\` text not null, \`content\` text not null, \`received_on\` text not null, \`decided_on\` text null, \`refused_reason\` text null, \`mediation_result\` text check (\`mediation_result\` in ('SETTLED', 'FAILED')) null, \`mediation_note\` text null, \`case_id\` text null, \`answered_on\` text null, \`answer\` text null, \`extended\` integer not null default false, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`complaint_code_unique\` on \`complaint\` (\`code\`);`);
    this.addSql(`create index \`complaint_kind_index\` on \`complaint\` (\`kind\`);`);
    this.addSql(`create index \`complaint_channel_index\` on \`complaint\` (\`channel\`);`);
    this.addSql(`create index \`complaint_status_index\` on \`complaint\` (\`status\`);`);
    this.addSql(`create index \`complaint_outcome_index\` on \`complaint\` (\`outcome\`);`);
    this.addSql(`create index \`complaint_entity_id_index\` on \`complaint\` (\`entity_id\`);`);
    this.addSql(`create index \`complaint_township_id_index\` on \`complaint\` (\`township_id\`);`);
    this.addSql(`create index \`complaint_received_on_index\` on \`complaint\` (\`received_on\`);`);
    this.addSql(`create index \`complaint_case_id_index\` on \`complaint\` (\`case_id\`);`);

    this.addSql(`create table \`complaint_step\` (\`id\` text not null, \`complaint_id\` text not null, \`action\` text not null, \`status\` text check (\`status\` in ('RECEIVED', 'ACCEPTED', 'REFUSED', 'MEDIATED', 'REFERRED', 'ANSWERED')) not null, \`done_on\` text not null, \`note\` text null, \`username\` text not null, \`actor\` text not null, \`at\` datetime not null, constraint \`complaint_step_complaint_id_foreign\` foreign key(\`complaint_id\`) references \`complaint\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`complaint_step_complaint_id_index\` on \`complaint_step\` (\`complaint_id\`);`);
    this.addSql(`create index \`complaint_step_at_index\` on \`complaint_step\` (\`at\`);`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists `complaint_step`;');
    this.addSql('drop table if exists `complaint`;');
  }
}
