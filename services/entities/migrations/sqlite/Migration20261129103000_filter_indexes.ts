import { Migration } from '@mikro-orm/migrations';

// The register's filters with its order (by name): township + category, and risk grade. Written by hand like
// scale_indexes (MikroORM's SQLite differ rebuilds unrelated tables); PostgreSQL's has the same statements.
export class Migration20261129103000_filter_indexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index if exists \`entity_risk_grade_index\`;`);
    this.addSql(`create index \`entity_risk_grade_name_index\` on \`entity\` (\`risk_grade\`, \`name\`);`);
    this.addSql(`create index \`entity_township_id_category_name_index\` on \`entity\` (\`township_id\`, \`category\`, \`name\`);`);
  }

}
