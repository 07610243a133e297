import { Migration } from '@mikro-orm/migrations';

export class Migration20261129070302 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "training_session" ("id" varchar(36) not null, "title" varchar(200) not null, "audience" text check ("audience" in ('SMALL_WORKSHOP', 'SCHOOL_CANTEEN', 'ONLINE_CATERING', 'COLLECTIVE_DINING', 'CATERING', 'FOOD_SELLER', 'FOOD_PRODUCER')) not null, "held_on" varchar(10) not null, "trainer" varchar(100) not null, "mode" text check ("mode" in ('ONSITE', 'ONLINE')) not null, "place" varchar(200) null, "hours" double precision not null, "topics" text not null, "township_id" varchar(12) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "training_session_pkey" primary key ("id"));`);
    this.addSql(`create index "training_session_held_on_index" on "training_session" ("held_on");`);

    this.addSql(`create table "training_assessment" ("id" varchar(36) not null, "entity_id" varchar(36) not null, "township_id" varchar(12) not null, "session_id" varchar(36) null, "assessed_on" varchar(10) not null, "assessed" int not null, "passed" int not null, "examiner" varchar(100) not null, "resit_of_id" varchar(36) null, constraint "training_assessment_pkey" primary key ("id"));`);
    this.addSql(`create index "training_assessment_entity_id_index" on "training_assessment" ("entity_id");`);
    this.addSql(`create index "training_assessment_township_id_index" on "training_assessment" ("township_id");`);
    this.addSql(`create index "training_assessment_session_id_index" on "training_assessment" ("session_id");`);
    this.addSql(`create index "training_assessment_assessed_on_index" on "training_assessment" ("assessed_on");`);
    this.addSql(`create index "training_assessment_resit_of_id_index" on "training_assessment" ("resit_of_id");`);

    this.addSql(`create table "attendance" ("id" varchar(36) not null, "session_id" varchar(36) not null, "entity_id" varchar(36) not null, "township_id" varchar(12) not null, "person_name" varchar(50) not null, "job_title" varchar(50) not null, "created_at" timestamptz not null, constraint "attendance_pkey" primary key ("id"));`);
    this.addSql(`create index "attendance_entity_id_index" on "attendance" ("entity_id");`);
    this.addSql(`create index "attendance_township_id_index" on "attendance" ("township_id");`);
    this.addSql(`alter table "attendance" add constraint "attendance_session_id_entity_id_person_name_unique" unique ("session_id", "entity_id", "person_name");`);

    this.addSql(`create table "workshop_upgrade" ("id" varchar(36) not null, "entity_id" varchar(36) not null, "township_id" varchar(12) not null, "from_level" text check ("from_level" in ('BASIC', 'STANDARD', 'MODEL')) not null, "to_level" text check ("to_level" in ('BASIC', 'STANDARD', 'MODEL')) not null, "accepted_on" varchar(10) not null, "accepted_by" varchar(100) not null, "improvements" text not null, constraint "workshop_upgrade_pkey" primary key ("id"));`);
    this.addSql(`create index "workshop_upgrade_entity_id_index" on "workshop_upgrade" ("entity_id");`);
    this.addSql(`create index "workshop_upgrade_township_id_index" on "workshop_upgrade" ("township_id");`);
    this.addSql(`create index "workshop_upgrade_accepted_on_index" on "workshop_upgrade" ("accepted_on");`);

    this.addSql(`alter table "training_assessment" add constraint "training_assessment_session_id_foreign" foreign key ("session_id") references "training_session" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "training_assessment" add constraint "training_assessment_resit_of_id_foreign" foreign key ("resit_of_id") references "training_assessment" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "attendance" add constraint "attendance_session_id_foreign" foreign key ("session_id") references "training_session" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "training_assessment" drop constraint "training_assessment_session_id_foreign";`);

    this.addSql(`alter table "attendance" drop constraint "attendance_session_id_foreign";`);

    this.addSql(`alter table "training_assessment" drop constraint "training_assessment_resit_of_id_foreign";`);

    this.addSql(`drop table if exists "training_session" cascade;`);

    this.addSql(`drop table if exists "training_assessment" cascade;`);

    this.addSql(`drop table if exists "attendance" cascade;`);

    this.addSql(`drop table if exists "workshop_upgrade" cascade;`);
  }

}
