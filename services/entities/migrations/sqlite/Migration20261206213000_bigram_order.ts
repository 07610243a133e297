import { Migration } from '@mikro-orm/migrations';

/**
 * The search's postings carry the business's name and are kept by the database (src/search.ts, `searchPage`):
 *
 * - keyed `(bigram, name, entity_id)`, so a pair's postings are read in the register's order (name, then id) and a
 *   page of a search reads only its own businesses; a term of one pair counts its matches from the postings alone;
 * - written by triggers on `entity` from its name, address and credit code, so that every write (the API, the demo
 *   data, a bulk load, plain SQL, a delete) keeps them equal to a rebuild: a posting counted without looking at its
 *   business must not outlive it.
 *
 * The pairs here must be those of search.ts's `entityBigrams`: characters as both count them (code points), ASCII
 * letters lower-cased (SQLite's lower() without ICU changes those only). Triggers may not use WITH, so a row's
 * positions come from json_each over a list of length - 1 zeros, its keys 0, 1, …
 */
const pairsFrom = (row: string) =>
  `json_each(json_array(${row}.name, ${row}.address, ${row}.credit_code)) as t, ` +
  `json_each('[' || rtrim(replace(hex(zeroblob(length(t.value) - 1)), '00', '0,'), ',') || ']') as p`;
const PAIR = 'lower(substr(t.value, p.key + 1, 2))';
// The columns the postings are made of (the id among them); an update that changes none of them leaves them alone.
const READ_COLUMNS = ['id', 'name', 'address', 'credit_code'];

const insertPostings = (row: string) =>
  `insert into entity_bigram (bigram, name, entity_id) select distinct ${PAIR}, ${row}.name, ${row}.id from ${pairsFrom(row)}`;
const deletePostings = (row: string) =>
  `delete from entity_bigram where name = ${row}.name and entity_id = ${row}.id and bigram in (select ${PAIR} from ${pairsFrom(row)})`;

export class Migration20261206213000_bigram_order extends Migration {
  override async up(): Promise<void> {
    // Filled again from the register rather than from the old postings: what the triggers would have written.
    this.addSql('drop table if exists `entity_bigram`;');
    this.addSql(
      'create table `entity_bigram` (`bigram` text not null, `name` text not null, `entity_id` text not null, primary key (`bigram`, `name`, `entity_id`)) without rowid;',
    );
    this.addSql(
      `insert into entity_bigram (bigram, name, entity_id) select distinct ${PAIR}, e.name, e.id from entity as e, ${pairsFrom('e')} order by 1, 2, 3;`,
    );
    this.addSql(`create trigger entity_bigram_insert after insert on entity begin ${insertPostings('new')}; end;`);
    this.addSql(
      `create trigger entity_bigram_update after update of id, name, address, credit_code on entity
        when ${READ_COLUMNS.map((c) => `old.${c} is not new.${c}`).join(' or ')}
        begin ${deletePostings('old')}; ${insertPostings('new')}; end;`,
    );
    this.addSql(`create trigger entity_bigram_delete after delete on entity begin ${deletePostings('old')}; end;`);
  }

  override async down(): Promise<void> {
    for (const event of ['insert', 'update', 'delete']) this.addSql(`drop trigger if exists entity_bigram_${event};`);
    this.addSql('drop table if exists `entity_bigram`;');
    this.addSql(
      'create table `entity_bigram` (`bigram` text not null, `entity_id` text not null, primary key (`bigram`, `entity_id`)) without rowid;',
    );
    this.addSql(
      `insert into entity_bigram (bigram, entity_id) select distinct ${PAIR}, e.id from entity as e, ${pairsFrom('e')} order by 1, 2;`,
    );
  }
}
