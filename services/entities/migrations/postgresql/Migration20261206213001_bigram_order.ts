import { Migration } from '@mikro-orm/migrations';

/**
 * The search's postings carry the business's name and are kept by the database, as SQLite's migration of the same
 * name explains (src/search.ts, `searchPage`). `entity_bigram_pairs` must give search.ts's `entityBigrams`: pairs
 * of code points (char_length and substr count those in a UTF-8 database), ASCII letters lower-cased with translate
 * (lower() would fold other letters too, which neither the search's fold nor SQLite's LIKE does).
 */
const PAIRS_FUNCTION = `create function entity_bigram_pairs(variadic texts text[]) returns setof text
  language sql immutable as $$
    select distinct translate(substr(t, i, 2), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')
    from unnest(texts) as t, generate_series(1, char_length(t) - 1) as i
  $$;`;

const SYNC_FUNCTION = `create function entity_bigram_sync() returns trigger language plpgsql as $$
  begin
    if tg_op = 'UPDATE' and (old.id, old.name, old.address, old.credit_code)
        is not distinct from (new.id, new.name, new.address, new.credit_code) then
      return null;
    end if;
    if tg_op <> 'INSERT' then
      delete from entity_bigram where name = old.name and entity_id = old.id
        and bigram in (select entity_bigram_pairs(old.name, old.address, old.credit_code));
    end if;
    if tg_op <> 'DELETE' then
      insert into entity_bigram (bigram, name, entity_id)
        select b, new.name, new.id from entity_bigram_pairs(new.name, new.address, new.credit_code) as b;
    end if;
    return null;
  end $$;`;

export class Migration20261206213001_bigram_order extends Migration {
  override async up(): Promise<void> {
    this.addSql('drop table if exists "entity_bigram";');
    this.addSql(
      'create table "entity_bigram" ("bigram" varchar(2) not null, "name" varchar(200) not null, "entity_id" varchar(36) not null, constraint "entity_bigram_pkey" primary key ("bigram", "name", "entity_id"));',
    );
    this.addSql(PAIRS_FUNCTION);
    this.addSql(
      'insert into entity_bigram (bigram, name, entity_id) select b, e.name, e.id from entity as e, entity_bigram_pairs(e.name, e.address, e.credit_code) as b;',
    );
    this.addSql(SYNC_FUNCTION);
    this.addSql(
      'create trigger entity_bigram_sync after insert or delete or update of id, name, address, credit_code on entity for each row execute function entity_bigram_sync();',
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists entity_bigram_sync on entity;');
    this.addSql('drop function if exists entity_bigram_sync();');
    this.addSql('drop table if exists "entity_bigram";');
    this.addSql(
      'create table "entity_bigram" ("bigram" varchar(2) not null, "entity_id" varchar(36) not null, constraint "entity_bigram_pkey" primary key ("bigram", "entity_id"));',
    );
    this.addSql(
      'insert into entity_bigram (bigram, entity_id) select b, e.id from entity as e, entity_bigram_pairs(e.name, e.address, e.credit_code) as b;',
    );
    this.addSql('drop function if exists entity_bigram_pairs(text[]);');
  }
}
