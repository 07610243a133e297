import { Migration } from '@mikro-orm/migrations';

export class Migration20261205194630 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`risk_record\` (\`id\` text not null, \`title\` text not null, \`entity_id\` text not null, \`township_id\` text not null, \`recorded_on\` text not null, \`note\` text not null, primary key (\`id\`));`);
    this.addSql(`create index \`risk_record_title_index\` on \`risk_record\` (\`title\`);`);
    this.addSql(`create index \`risk_record_entity_id_index\` on \`risk_record\` (\`entity_id\`);`);
    this.addSql(`create index \`risk_record_township_id_index\` on \`risk_record\` (\`township_id\`);`);
    this.addSql(`create index \`risk_record_recorded_on_index\` on \`risk_record\` (\`recorded_on\`);`);
  }

}
