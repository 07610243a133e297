import { Migration } from '@mikro-orm/migrations';

export class Migration20261129070302 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`training_session\` (\`id\` text not null, \`title\` text not null, \`audience\` text check (\`audience\` in ('SMALL_WORKSHOP', 'SCHOOL_CANTEEN', 'ONLINE_CATERING', 'COLLECTIVE_DINING', 'CATERING', 'FOOD_SELLER', 'FOOD_PRODUCER')) not null, \`held_on\` text not null, \`trainer\` text not null, \`mode\` text check (\`mode\` in ('ONSITE', 'ONLINE')) not null, \`place\` text null, \`hours\` double not null, \`topics\` text not null, \`township_id\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`training_session_held_on_index\` on \`training_session\` (\`held_on\`);`);

    this.addSql(`create table \`training_assessment\` (\`id\` text not null, \`entity_id\` text not null, \`township_id\` text not null, \`session_id\` text null, \`assessed_on\` text not null, \`assessed\` integer not null, \`passed\` integer not null, \`examiner\` text not null, \`resit_of_id\` text null, constraint \`training_assessment_session_id_foreign\` foreign key(\`session_id\`) references \`training_session\`(\`id\`) on delete set null on update cascade, constraint \`training_assessment_resit_of_id_foreign\` foreign key(\`resit_of_id\`) references \`training_assessment\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`training_assessment_entity_id_index\` on \`training_assessment\` (\`entity_id\`);`);
    this.addSql(`create index \`training_assessment_township_id_index\` on \`training_assessment\` (\`township_id\`);`);
    this.addSql(`create index \`training_assessment_session_id_index\` on \`training_assessment\` (\`session_id\`);`);
    this.addSql(`create index \`training_assessment_assessed_on_index\` on \`training_assessment\` (\`assessed_on\`);`);
    this.addSql(`create index \`training_assessment_resit_of_id_index\` on \`training_assessment\` (\`resit_of_id\`);`);

    this.addSql(`create table \`attendance\` (\`id\` text not null, \`session_id\` text not null, \`entity_id\` text not null, \`township_id\` text not null, \`person_name\` text not null, \`job_title\` text not null, \`created_at\` datetime not null, constraint \`attendance_session_id_foreign\` foreign key(\`session_id\`) references \`training_session\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`attendance_session_id_index\` on \`attendance\` (\`session_id\`);`);
    this.addSql(`create index \`attendance_entity_id_index\` on \`attendance\` (\`entity_id\`);`);
    this.addSql(`create index \`attendance_township_id_index\` on \`attendance\` (\`township_id\`);`);
    this.addSql(`create unique index \`attendance_session_id_entity_id_person_name_unique\` on \`attendance\` (\`session_id\`, \`entity_id\`, \`person_name\`);`);

    this.addSql(`create table \`workshop_upgrade\` (\`id\` text not null, \`entity_id\` text not null, \`township_id\` text not null, \`from_level\` text check (\`from_level\` in ('BASIC', 'STANDARD', 'MODEL')) not null, \`to_level\` text check (\`to_level\` in ('BASIC', 'STANDARD', 'MODEL')) not null, \`accepted_on\` text not null, \`accepted_by\` text not null, \`improvements\` text not null, primary key (\`id\`));`);
    this.addSql(`create index \`workshop_upgrade_entity_id_index\` on \`workshop_upgrade\` (\`entity_id\`);`);
    this.addSql(`create index \`workshop_upgrade_township_id_index\` on \`workshop_upgrade\` (\`township_id\`);`);
    this.addSql(`create index \`workshop_upgrade_accepted_on_index\` on \`workshop_upgrade\` (\`accepted_on\`);`);
  }

}
