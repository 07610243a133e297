import { Migration } from '@mikro-orm/migrations';

export class Migration20261205200726_officer_training extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "officer_attendance" ("id" varchar(36) not null, "session_id" varchar(36) not null, "officer_id" varchar(36) not null, "officer_name" varchar(50) not null, "badge_number" varchar(30) not null, "unit" varchar(50) not null, "hours" double precision not null, "created_at" timestamptz not null, constraint "officer_attendance_pkey" primary key ("id"));`);
    this.addSql(`create index "officer_attendance_officer_id_index" on "officer_attendance" ("officer_id");`);
    this.addSql(`alter table "officer_attendance" add constraint "officer_attendance_session_id_officer_id_unique" unique ("session_id", "officer_id");`);

    this.addSql(`alter table "officer_attendance" add constraint "officer_attendance_session_id_foreign" foreign key ("session_id") references "training_session" ("id") on update cascade;`);

    this.addSql(`alter table "training_session" drop constraint if exists "training_session_audience_check";`);

    this.addSql(`alter table "training_session" add constraint "training_session_audience_check" check("audience" in ('SMALL_WORKSHOP', 'SCHOOL_CANTEEN', 'ONLINE_CATERING', 'COLLECTIVE_DINING', 'CATERING', 'FOOD_SELLER', 'FOOD_PRODUCER', 'ENFORCEMENT_OFFICERS'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "officer_attendance" cascade;`);

    this.addSql(`alter table "training_session" drop constraint if exists "training_session_audience_check";`);

    this.addSql(`alter table "training_session" add constraint "training_session_audience_check" check("audience" in ('SMALL_WORKSHOP', 'SCHOOL_CANTEEN', 'ONLINE_CATERING', 'COLLECTIVE_DINING', 'CATERING', 'FOOD_SELLER', 'FOOD_PRODUCER'));`);
  }

}
