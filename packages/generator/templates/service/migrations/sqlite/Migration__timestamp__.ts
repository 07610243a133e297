import { Migration } from '@mikro-orm/migrations';

export class Migration__timestamp__ extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`__name_snake___record\` (\`id\` text not null, \`title\` text not null, \`entity_id\` text not null, \`township_id\` text not null, \`recorded_on\` text not null, \`note\` text not null, primary key (\`id\`));`);
    this.addSql(`create index \`__name_snake___record_title_index\` on \`__name_snake___record\` (\`title\`);`);
    this.addSql(`create index \`__name_snake___record_entity_id_index\` on \`__name_snake___record\` (\`entity_id\`);`);
    this.addSql(`create index \`__name_snake___record_township_id_index\` on \`__name_snake___record\` (\`township_id\`);`);
    this.addSql(`create index \`__name_snake___record_recorded_on_index\` on \`__name_snake___record\` (\`recorded_on\`);`);
  }

}
