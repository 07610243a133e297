import { Migration } from '@mikro-orm/migrations';
import { FILL } from '../sqlite/Migration20261206220000_register_tally';

/**
 * How many businesses the register holds per township, category, status and risk grade ('' for none yet), kept by
 * triggers on `entity` inside the writing transaction (see the SQLite migration of the same name). Statement-level
 * triggers over the statement's transition tables: one grouped change per statement, so a bulk write of many
 * businesses moves each tally row once (row triggers would update the same few rows once per business, leaving a
 * dead version each until commit), and concurrent writers add increments under the tally row's lock until commit.
 * An update nets the old rows against the new ones, so one that leaves the four columns as they were moves nothing.
 */
const delta = (parts: string[]) =>
  `insert into register_tally (township_id, category, status, risk_grade, n)
   select township_id, category, status, risk_grade, sum(n) from (${parts.join(' union all ')}) d
   group by township_id, category, status, risk_grade having sum(n) <> 0
   on conflict (township_id, category, status, risk_grade) do update set n = register_tally.n + excluded.n;`;
const rows = (table: string, sign: 1 | -1) =>
  `select township_id, category, status, coalesce(risk_grade, '') as risk_grade, ${sign} as n from ${table}`;

const fn = (name: string, body: string) =>
  `create function ${name}() returns trigger language plpgsql as $$ begin ${body} return null; end $$;`;

export class Migration20261206220001_register_tally extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table "register_tally" ("township_id" varchar(12) not null, "category" text not null, "status" text not null, "risk_grade" text not null, "n" int not null, constraint "register_tally_pkey" primary key ("township_id", "category", "status", "risk_grade"));',
    );
    this.addSql(FILL);
    this.addSql(fn('register_tally_insert', delta([rows('new_rows', 1)])));
    this.addSql(fn('register_tally_delete', delta([rows('old_rows', -1)])));
    this.addSql(fn('register_tally_update', delta([rows('old_rows', -1), rows('new_rows', 1)])));
    this.addSql(`create trigger register_tally_insert after insert on entity referencing new table as new_rows
      for each statement execute function register_tally_insert();`);
    this.addSql(`create trigger register_tally_delete after delete on entity referencing old table as old_rows
      for each statement execute function register_tally_delete();`);
    this.addSql(`create trigger register_tally_update after update on entity
      referencing old table as old_rows new table as new_rows
      for each statement execute function register_tally_update();`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists register_tally_insert on entity;');
    this.addSql('drop trigger if exists register_tally_delete on entity;');
    this.addSql('drop trigger if exists register_tally_update on entity;');
    this.addSql('drop function if exists register_tally_insert();');
    this.addSql('drop function if exists register_tally_delete();');
    this.addSql('drop function if exists register_tally_update();');
    this.addSql('drop table if exists "register_tally";');
  }
}
