import { Migration } from '@mikro-orm/migrations';
import { backfillPostings } from '../../src/search';

/**
 * The register search's bigram index (src/search.ts): the table, and the postings of every business already there.
 * Cut down from `pnpm migration:create` (SQLite's differ also rebuilt unrelated tables). `without rowid`: a posting
 * is its key, so the table is its primary-key index alone (half the size, one lookup instead of two).
 */
export class Migration20261206121839_entity_bigram extends Migration {
  override async up(): Promise<void> {
    await this.execute(
      'create table `entity_bigram` (`bigram` text not null, `entity_id` text not null, primary key (`bigram`, `entity_id`)) without rowid;',
    );
    await backfillPostings((sql, params) => this.execute(sql, params));
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists `entity_bigram`;');
  }
}
