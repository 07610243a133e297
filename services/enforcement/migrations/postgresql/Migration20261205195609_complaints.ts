import { Migration } from '@mikro-orm/migrations';

export class Migration20261205195609_complaints extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "complaint" ("id" varchar(36) not null, "code" varchar(60) not null, "kind" text check ("kind" in ('COMPLAINT', 'REPORT')) not null, "channel" text check ("channel" in ('PLATFORM_12315', 'PHONE', 'LETTER', 'VISIT', 'ONLINE')) not null, "status" text check ("status" in ('RECEIVED', 'ACCEPTED', 'REFUSED', 'MEDIATED', 'REFERRED', 'ANSWERED')) not null default 'RECEIVED', "outcome" text check ("outcome" in ('PENDING', 'REFUSED', 'MEDIATED', 'REFERRED', 'ANSWERED')) not null default 'PENDING', "complainant_name" varchar(50) null, "complainant_phone" varchar(30) null, "complainant_id_number" varchar(18) null, "entity_id" varchar(36) not null, "party_name" varchar(200) not null, "township_id" varchar(12) not null, "content" text not null, "received_on" varchar(10) not null, "decided_on" varchar(10) null, "refused_reason" varchar(1000) null, "mediation_result" text check ("mediation_result" in ('SETTLED', 'FAILED')) null, "mediation_note" varchar(1000) null, "case_id" varchar(36) null, "answered_on" varchar(10) null, "answer" varchar(2000) null, "extended" boolean not null default false, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "complaint_pkey" primary key ("id"));`);
    this.addSql(`alter table "complaint" add constraint "complaint_code_unique" unique ("code");`);
    this.addSql(`create index "complaint_kind_index" on "complaint" ("kind");`);
    this.addSql(`create index "complaint_channel_index" on "complaint" ("channel");`);
    this.addSql(`create index "complaint_status_index" on "complaint" ("status");`);
    this.addSql(`create index "complaint_outcome_index" on "complaint" ("outcome");`);
    this.addSql(`create index "complaint_entity_id_index" on "complaint" ("entity_id");`);
    this.addSql(`create index "complaint_township_id_index" on "complaint" ("township_id");`);
    this.addSql(`create index "complaint_received_on_index" on "complaint" ("received_on");`);
    this.addSql(`create index "complaint_case_id_index" on "complaint" ("case_id");`);

    this.addSql(`create table "complaint_step" ("id" varchar(36) not null, "complaint_id" varchar(36) not null, "action" varchar(100) not null, "status" text check ("status" in ('RECEIVED', 'ACCEPTED', 'REFUSED', 'MEDIATED', 'REFERRED', 'ANSWERED')) not null, "done_on" varchar(10) not null, "note" varchar(2000) null, "username" varchar(100) not null, "actor" varchar(100) not null, "at" timestamptz not null, constraint "complaint_step_pkey" primary key ("id"));`);
    this.addSql(`create index "complaint_step_complaint_id_index" on "complaint_step" ("complaint_id");`);
    this.addSql(`create index "complaint_step_at_index" on "complaint_step" ("at");`);

    this.addSql(`alter table "complaint_step" add constraint "complaint_step_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "complaint_step" drop constraint "complaint_step_complaint_id_foreign";`);

    this.addSql(`drop table if exists "complaint_step" cascade;`);

    this.addSql(`drop table if exists "complaint" cascade;`);
  }

}
