import { Migration } from '@mikro-orm/migrations';

export class Migration__timestamp__ extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "__name_snake___record" ("id" varchar(36) not null, "title" varchar(200) not null, "entity_id" varchar(36) not null, "township_id" varchar(12) not null, "recorded_on" varchar(10) not null, "note" text not null, constraint "__name_snake___record_pkey" primary key ("id"));`);
    this.addSql(`create index "__name_snake___record_title_index" on "__name_snake___record" ("title");`);
    this.addSql(`create index "__name_snake___record_entity_id_index" on "__name_snake___record" ("entity_id");`);
    this.addSql(`create index "__name_snake___record_township_id_index" on "__name_snake___record" ("township_id");`);
    this.addSql(`create index "__name_snake___record_recorded_on_index" on "__name_snake___record" ("recorded_on");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "__name_snake___record" cascade;`);
  }

}
