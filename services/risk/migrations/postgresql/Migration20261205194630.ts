import { Migration } from '@mikro-orm/migrations';

export class Migration20261205194630 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "risk_record" ("id" varchar(36) not null, "title" varchar(200) not null, "entity_id" varchar(36) not null, "township_id" varchar(12) not null, "recorded_on" varchar(10) not null, "note" text not null, constraint "risk_record_pkey" primary key ("id"));`);
    this.addSql(`create index "risk_record_title_index" on "risk_record" ("title");`);
    this.addSql(`create index "risk_record_entity_id_index" on "risk_record" ("entity_id");`);
    this.addSql(`create index "risk_record_township_id_index" on "risk_record" ("township_id");`);
    this.addSql(`create index "risk_record_recorded_on_index" on "risk_record" ("recorded_on");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "risk_record" cascade;`);
  }

}
