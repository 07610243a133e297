import { Migration } from '@mikro-orm/migrations';
import { backfillPostings } from '../../src/search';

/** The register search's bigram index (src/search.ts): the table, and the postings of every business already there. */
export class Migration20261206121843_entity_bigram extends Migration {
  override async up(): Promise<void> {
    await this.execute(
      'create table "entity_bigram" ("bigram" varchar(2) not null, "entity_id" varchar(36) not null, constraint "entity_bigram_pkey" primary key ("bigram", "entity_id"));',
    );
    await backfillPostings((sql, params) => this.execute(sql, params));
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "entity_bigram" cascade;');
  }
}
